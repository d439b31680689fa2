using System.Collections.Generic;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using CorpusGen.Core.Parsing.Timestamps;
using CorpusGen.Core.Parsing.WikiLinks;

namespace CorpusGen.Core.Parsing;

/// <summary>The Markdig pipeline CorpusGen parses bodies with: CommonMark, exact spans, wiki-links and timestamps.</summary>
internal static class CorpusGenMarkdown
{
    /// <summary>Shared: a built pipeline is immutable and our inline parsers hold no state.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .Use<CorpusGenInlinesExtension>()
        .Build();

    /// <summary>
    /// A parse context that receives every wiki-link and timestamp our inline parsers make, in the order
    /// they make them (pass it to <c>Markdown.Parse</c>); without it they only go into the tree.
    /// </summary>
    internal sealed class InlineCollector : MarkdownParserContext
    {
        public List<Inline> Inlines { get; } = new();

        public static void Add(InlineProcessor processor, Inline inline)
        {
            if (processor.Context is InlineCollector collector)
            {
                collector.Inlines.Add(inline);
            }
        }
    }

    private sealed class CorpusGenInlinesExtension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            // Both open on '[' like LinkInlineParser, which comes before the inline-HTML parser ('<'),
            // so both go in front of it.
            if (!pipeline.InlineParsers.Contains<WikiLinkInlineParser>())
            {
                pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkInlineParser());
            }
            if (!pipeline.InlineParsers.Contains<TimestampInlineParser>())
            {
                pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TimestampInlineParser());
            }
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }
    }
}
