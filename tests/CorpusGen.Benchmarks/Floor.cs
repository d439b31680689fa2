using System;
using System.IO;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The floor: read and parse every note once with Markdig and YamlDotNet, outside Roslyn.
/// It does what any parser of these notes must do and nothing more: take the text, split off the
/// front matter, run YamlDotNet's event parser over it, and parse the body with Markdig
/// (UsePreciseSourceLocation, as the generator). No model, no validation, no output.
/// </summary>
public static class Floor
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Returns a checksum so the JIT cannot drop the work.</summary>
    public static long ParseAll(System.Collections.Immutable.ImmutableArray<AdditionalText> texts)
    {
        long sum = 0;
        foreach (AdditionalText text in texts)
        {
            sum += ParseOne(text.GetText()!.ToString());
        }
        return sum;
    }

    public static long ParseOne(string text)
    {
        long sum = 0;
        int bodyStart = 0;
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            int close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (close > 0)
            {
                var parser = new Parser(new StringReader(text.Substring(4, close - 3)));
                try
                {
                    while (parser.MoveNext())
                    {
                        sum++;
                    }
                }
                catch (YamlException)
                {
                    sum--;
                }
                int eol = text.IndexOf('\n', close + 1);
                bodyStart = eol < 0 ? text.Length : eol + 1;
            }
        }
        MarkdownDocument document = Markdown.Parse(bodyStart == 0 ? text : text.Substring(bodyStart), Pipeline);
        return sum + document.Count;
    }
}
