using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing.Timestamps;
using CorpusGen.Core.Parsing.WikiLinks;
using Markdig;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Parsing;

/// <summary>
/// Turns the Markdig tree of one note body into sections, wiki-links and timestamps, in document
/// order, and checks each timestamp. Only top-level headings open sections; everything else becomes
/// plain text of the current section. Recursion here is bounded by Markdig's own nesting limit
/// (deeper input throws in Markdown.Parse, before we walk). Roslyn-free: the runtime shares this
/// file to read bodies lazily, so what a program reads is exactly what the build validated.
/// </summary>
internal sealed class BodyParser
{
    private readonly NoteText _note;
    private readonly CancellationToken _cancellationToken;
    private readonly List<SectionSpec> _sections = new();
    private readonly List<WikiLinkSpec> _links = new();
    private readonly List<TimestampSpec> _timestamps = new();
    private readonly List<BodyProblem>? _problems;
    private readonly BodyContent _content;
    private readonly int _offset;
    private readonly StringBuilder _scratch = new();
    private readonly List<int> _headingStarts = new();
    private int _currentSection = -1;
    private bool _summaryFound;

    private BodyParser(NoteText note, int offset, List<BodyProblem>? problems, BodyContent content, CancellationToken cancellationToken)
    {
        _note = note;
        _offset = offset;
        _problems = problems;
        _content = content;
        _cancellationToken = cancellationToken;
    }

    public sealed record Result(string Lead, List<SectionSpec> Sections, List<WikiLinkSpec> Links, List<TimestampSpec> Timestamps)
    {
        /// <summary>The blocks marked with an id (<c> ^id</c> at the end), in document order.</summary>
        public List<BlockSpec> Blocks { get; init; } = new();
    }

    /// <param name="bodyStart">Offset in <paramref name="note"/> where the body starts (after the front matter).</param>
    /// <param name="problems">Receives timestamp problems; null when the caller (the runtime) does not need them.</param>
    /// <param name="content">What to build besides headings, links and timestamp checks (see <see cref="BodyContent"/>).</param>
    public static Result Parse(NoteText note, int bodyStart, List<BodyProblem>? problems, CancellationToken cancellationToken,
        BodyContent content = BodyContent.Full)
    {
        // Markdig parses a string from its start, so the body is one copy of the text; offsets are shifted back.
        string markdown = bodyStart <= 0 ? note.Text : note.Text.Substring(bodyStart);
        GuardAgainstQuadraticInput(markdown);
        // In summary mode our inline parsers hand over every link and timestamp as they make them, so the
        // walk can stop at the summary instead of visiting every inline of the note.
        var collector = content == BodyContent.Summary ? new CorpusGenMarkdown.InlineCollector() : null;
        MarkdownDocument document = Markdown.Parse(markdown, CorpusGenMarkdown.Pipeline, collector);
        var parser = new BodyParser(note, Math.Max(bodyStart, 0), problems, content, cancellationToken);
        Result result = parser.Walk(document);
        if (collector is not null)
        {
            parser.AddCollected(collector.Inlines);
        }
        parser.ReportUnreadWikiLinks(document, markdown);
        return markdown.IndexOf('^') < 0 ? result : result with { Blocks = parser.FindBlocks(document) };
    }

    /// <summary>
    /// Adds the collected links and timestamps in document order, each in the section whose (top-level)
    /// heading precedes it: what the full walk finds, without the walk.
    /// </summary>
    private void AddCollected(List<Inline> inlines)
    {
        if (!IsInDocumentOrder(inlines))
        {
            inlines.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start)); // inlines of nested blocks can come late
        }
        int section = -1;
        foreach (Inline inline in inlines)
        {
            while (section + 1 < _headingStarts.Count && _headingStarts[section + 1] <= inline.Span.Start)
            {
                section++;
            }
            _currentSection = section;
            if (inline is WikiLinkInline link)
            {
                AddLink(link);
            }
            else if (inline is TimestampInline timestamp)
            {
                AddTimestamp(timestamp);
            }
        }
    }

    private static bool IsInDocumentOrder(List<Inline> inlines)
    {
        for (int i = 1; i < inlines.Count; i++)
        {
            if (inlines[i].Span.Start < inlines[i - 1].Span.Start)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// More "](" than any real note has (the real corpus peaks at 452): Markdig's link parser is quadratic
    /// in unclosed link destinations ("[a](b" × 40 000 takes 12 s), so such a note is refused up front.
    /// </summary>
    public const int MaxLinkDestinations = 2_000;

    /// <summary>Throws ArgumentException, as Markdig does past its nesting limits, for input it would parse in quadratic time.</summary>
    private static void GuardAgainstQuadraticInput(string markdown)
    {
        int count = 0;
        for (int i = markdown.IndexOf("](", StringComparison.Ordinal); i >= 0; i = markdown.IndexOf("](", i + 2, StringComparison.Ordinal))
        {
            if (++count > MaxLinkDestinations)
            {
                throw new ArgumentException($"the markdown holds more than {MaxLinkDestinations} link destinations \"](\"");
            }
        }
    }

    private Result Walk(MarkdownDocument document)
    {
        var lead = new StringBuilder();
        var sectionTexts = new List<StringBuilder>();
        var openHeadings = new Stack<int>();

        foreach (Block block in document)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (block is HeadingBlock heading)
            {
                NoteWhetherSummaryFound(_currentSection < 0 ? lead : sectionTexts[_currentSection]);
                while (openHeadings.Count > 0 && _sections[openHeadings.Peek()].Level >= heading.Level)
                {
                    openHeadings.Pop();
                }
                int parent = openHeadings.Count > 0 ? openHeadings.Peek() : -1;
                _currentSection = _sections.Count;
                _scratch.Clear();
                AppendInlines(_scratch, heading.Inline); // titles are always whole: #heading links are checked against them
                _sections.Add(new SectionSpec(heading.Level, Clean(_scratch.ToString()), "", _note.LineOf(_offset + heading.Span.Start) + 1, parent));
                _headingStarts.Add(heading.Span.Start);
                sectionTexts.Add(new StringBuilder());
                openHeadings.Push(_currentSection);
                continue;
            }

            StringBuilder? target = _summaryFound ? null : _currentSection < 0 ? lead : sectionTexts[_currentSection];
            if (target is null || target.Length >= TextBudget)
            {
                if (_content == BodyContent.Full)
                {
                    AppendBlock(null, block); // past what is kept: only links and timestamps
                }
                continue;
            }
            int before = target.Length;
            if (before > 0)
            {
                target.Append("\n\n");
            }
            AppendBlock(target, block);
            if (target.Length == before + (before > 0 ? 2 : 0))
            {
                target.Length = before; // the block had no text (a thematic break, a <br/>)
            }
        }

        for (int i = 0; i < _sections.Count; i++)
        {
            if (sectionTexts[i].Length > 0)
            {
                _sections[i] = _sections[i] with { Text = Clean(sectionTexts[i].ToString()) };
            }
        }
        return new Result(Clean(lead.ToString()), _sections, _links, _timestamps);
    }

    /// <summary>Characters of plain text kept per section: all of it, or enough for a summary.</summary>
    private int TextBudget => _content == BodyContent.Full ? int.MaxValue : SummaryTextBudget;

    /// <summary>Plain text kept for a summary: its first lines are all the generator shows.</summary>
    public const int SummaryTextBudget = 400;

    /// <summary>In summary mode, text stops being kept once a lead or section with text is behind us.</summary>
    private void NoteWhetherSummaryFound(StringBuilder region)
    {
        if (_content == BodyContent.Full || _summaryFound)
        {
            return;
        }
        for (int i = 0; i < region.Length; i++)
        {
            if (!char.IsWhiteSpace(region[i]))
            {
                _summaryFound = true;
                return;
            }
        }
    }

    /// <summary>Appends the block's text to <paramref name="sb"/>; with null (or past the budget), only collects links and timestamps.</summary>
    private void AppendBlock(StringBuilder? sb, Block block)
    {
        if (sb is not null && sb.Length >= TextBudget)
        {
            sb = null;
        }
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                AppendInlines(sb, inline);
                break;
            case ThematicBreakBlock:
                break;
            case LeafBlock leaf: // code blocks, HTML blocks: their text as written, never parsed for links
                if (sb is not null)
                {
                    AppendCapped(sb, leaf.Lines.ToString());
                }
                break;
            case ListBlock list:
                int number = int.TryParse(list.OrderedStart, out int start) ? start : 1;
                bool first = true;
                foreach (Block item in list)
                {
                    if (sb is not null && sb.Length >= TextBudget)
                    {
                        sb = null;
                    }
                    if (sb is not null)
                    {
                        if (!first)
                        {
                            sb.Append('\n');
                        }
                        if (list.IsOrdered)
                        {
                            sb.Append(number++).Append(". ");
                        }
                        else
                        {
                            sb.Append("- ");
                        }
                    }
                    first = false;
                    AppendChildren(sb, item as ContainerBlock, "\n");
                }
                break;
            case ContainerBlock container:
                AppendChildren(sb, container, "\n\n");
                break;
        }
    }

    private void AppendChildren(StringBuilder? sb, ContainerBlock? container, string separator)
    {
        if (container is null)
        {
            return;
        }
        bool first = true;
        foreach (Block child in container)
        {
            if (!first)
            {
                sb?.Append(separator);
            }
            first = false;
            AppendBlock(sb, child);
        }
    }

    private void AppendInlines(StringBuilder? sb, ContainerInline? container)
    {
        for (Inline? inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (sb is not null && sb.Length >= TextBudget && sb != _scratch)
            {
                sb = null;
            }
            switch (inline)
            {
                case WikiLinkInline link:
                    sb?.Append(link.DisplayText);
                    if (_content == BodyContent.Full) // the summary mode takes them from the collector
                    {
                        AddLink(link);
                    }
                    break;
                case TimestampInline timestamp:
                    sb?.Append('[').Append(timestamp.Label).Append(']');
                    if (_content == BodyContent.Full)
                    {
                        AddTimestamp(timestamp);
                    }
                    break;
                case LiteralInline literal when sb is not null:
                    StringSlice content = literal.Content;
                    sb.Append(content.Text, content.Start, sb == _scratch ? content.Length : Math.Min(content.Length, TextBudget - sb.Length));
                    break;
                case CodeInline code when sb is not null:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline when sb is not null:
                    sb.Append('\n');
                    break;
                case HtmlEntityInline entity when sb is not null:
                    sb.Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
                    break;
                case AutolinkInline autolink when sb is not null:
                    sb.Append(autolink.Url);
                    break;
                case ContainerInline nested:
                    AppendInlines(sb, nested);
                    break;
            }
        }
    }

    private void AppendCapped(StringBuilder sb, string text) =>
        sb.Append(text, 0, Math.Min(text.Length, TextBudget - sb.Length));

    private void AddLink(WikiLinkInline link)
    {
        SourceRange range = _note.Range(_offset + link.Span.Start, link.Span.Length);
        if (link.Problem != WikiLinkProblem.None)
        {
            string written = _note.Text.Substring(_offset + link.Span.Start, link.Span.Length);
            if (link.Problem == WikiLinkProblem.Empty)
            {
                Report(BodyProblemKind.EmptyWikiLink, range, written);
            }
            else
            {
                Report(BodyProblemKind.LiteralWikiLink, range, written, "a wiki-link's text cannot hold '[' or ']'");
            }
            return;
        }
        if (link.Heading is null && TimeText.LooksLikeTime(link.Target, 0, link.Target.Length))
        {
            // [[00:12:30]]: a timestamp label written as a wiki-link; it is a broken link as well (the corpus stage says so).
            Report(BodyProblemKind.MalformedTimestamp, range, "label", "[[" + link.Target + "]]",
                "it is written as a wiki-link; a timestamp label is [" + link.Target + "]");
        }
        _links.Add(new WikiLinkSpec(link.Target, link.Heading, link.DisplayText, link.IsEmbed, _currentSection, range));
    }

    private static readonly System.Text.RegularExpressions.Regex s_blockId = new(@"[ \t]\^(?<id>[A-Za-z0-9-]+)[ \t]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Paragraphs, list items and headings that end with <c> ^id</c> (only the blocks, never code or HTML), each
    /// in the section whose heading precedes it.
    /// </summary>
    private List<BlockSpec> FindBlocks(MarkdownDocument document)
    {
        var blocks = new List<BlockSpec>();
        FindBlocks(document, blocks);
        return blocks;
    }

    private void FindBlocks(ContainerBlock container, List<BlockSpec> blocks)
    {
        foreach (Block block in container)
        {
            if (block is ContainerBlock nested)
            {
                FindBlocks(nested, blocks);
                continue;
            }
            if (block is not (ParagraphBlock or HeadingBlock) || block.Span.Length <= 0)
            {
                continue;
            }
            // The id is at the end of the block's last line.
            int start = _offset + block.Span.Start, end = Math.Min(_note.Text.Length, _offset + block.Span.End + 1);
            int lineStart = _note.Text.LastIndexOf('\n', Math.Max(start, end - 1)) + 1;
            lineStart = Math.Max(lineStart, start);
            string last = _note.Text.Substring(lineStart, end - lineStart).TrimEnd('\r', '\n');
            System.Text.RegularExpressions.Match match = s_blockId.Match(last);
            if (!match.Success)
            {
                continue;
            }
            int section = -1;
            while (section + 1 < _headingStarts.Count && _headingStarts[section + 1] <= block.Span.Start)
            {
                section++;
            }
            string text = last.Substring(0, match.Index).Trim().TrimStart('#', '-', '*', '+', ' ');
            blocks.Add(new BlockSpec(match.Groups["id"].Value, _note.LineOf(lineStart) + 1, text, section));
        }
    }

    /// <summary>
    /// Wiki-links no renderer reads as links, found outside the inline walk (which the summary mode cuts short):
    /// in raw HTML blocks, and as the destination of a markdown link (<c>[text]([[x]])</c>, a broken link).
    /// </summary>
    private void ReportUnreadWikiLinks(MarkdownDocument document, string markdown)
    {
        if (_problems is null || markdown.IndexOf("[[", StringComparison.Ordinal) < 0)
        {
            return;
        }
        ReportInHtmlBlocks(document);
        if (markdown.IndexOf("([[", StringComparison.Ordinal) >= 0)
        {
            foreach (LinkInline link in document.Descendants<LinkInline>())
            {
                if (link.Url is { } url && url.StartsWith("[[", StringComparison.Ordinal))
                {
                    Report(BodyProblemKind.WikiLinkAsDestination, _note.Range(_offset + link.Span.Start, link.Span.Length), url);
                }
            }
        }
    }

    private void ReportInHtmlBlocks(ContainerBlock container)
    {
        foreach (Block block in container)
        {
            if (block is ContainerBlock nested)
            {
                ReportInHtmlBlocks(nested);
            }
            else if (block is HtmlBlock html)
            {
                foreach (StringLine line in html.Lines.Lines.Take(html.Lines.Count))
                {
                    StringSlice slice = line.Slice;
                    for (int i = slice.Text.IndexOf("[[", slice.Start, Math.Max(0, slice.Length), StringComparison.Ordinal); i >= 0 && i < slice.End;
                         i = slice.Text.IndexOf("[[", i + 2, Math.Max(0, slice.End - i - 2), StringComparison.Ordinal))
                    {
                        int close = slice.Text.IndexOf("]]", i + 2, Math.Max(0, slice.End - i - 1), StringComparison.Ordinal);
                        if (close < 0)
                        {
                            break;
                        }
                        int start = line.Position + (i - slice.Start);
                        Report(BodyProblemKind.LiteralWikiLink, _note.Range(_offset + start, close + 2 - i),
                            slice.Text.Substring(i, close + 2 - i), "wiki-links are not read inside a raw HTML block");
                        i = close;
                    }
                }
            }
        }
    }

    private void AddTimestamp(TimestampInline timestamp)
    {
        // The range is only needed for a problem or a kept timestamp: the generator keeps none and a real
        // corpus has 800 000 good ones, so the line search is not done for them. One problem per anchor.
        if (timestamp.IsUnclosed)
        {
            Report(BodyProblemKind.UnclosedAnchor, RangeOf(timestamp), StartTag(timestamp));
            return;
        }
        if (timestamp.IsAnchor && timestamp.DataT is null)
        {
            Report(BodyProblemKind.AnchorWithoutDataT, RangeOf(timestamp), StartTag(timestamp));
            return;
        }
        if (timestamp.IsAnchor && timestamp.Label.Length == 0)
        {
            Report(BodyProblemKind.EmptyTimestampLabel, RangeOf(timestamp), StartTag(timestamp));
            return;
        }

        bool labelValid = TimeText.TryParse(timestamp.Label, out int labelSeconds, out string labelProblem);
        int? seconds = labelValid ? labelSeconds : null;
        if (timestamp.IsAnchor)
        {
            string dataT = timestamp.DataT!;
            if (!TimeText.TryParse(dataT, out int dataSeconds, out string dataProblem))
            {
                // Both wrong: one error that names both.
                Report(BodyProblemKind.MalformedTimestamp, RangeOf(timestamp), "data-t", dataT,
                    labelValid ? dataProblem : dataProblem + "; its label '" + timestamp.Label + "' is not a valid time either: " + labelProblem);
                return;
            }
            if (!labelValid)
            {
                Report(BodyProblemKind.MalformedTimestamp, RangeOf(timestamp), "label", timestamp.Label, labelProblem);
                return;
            }
            if (dataSeconds != labelSeconds)
            {
                Report(BodyProblemKind.TimestampMismatch, RangeOf(timestamp), dataT, timestamp.Label);
                return;
            }
            // The site's player reads data-t as hours:minutes:seconds, so a two-part value seeks to hours:minutes.
            if (TimeText.ThreePart(dataT) is { } threePart)
            {
                Report(BodyProblemKind.TwoPartDataT, RangeOf(timestamp), dataT, dataT.Trim() + ":00", threePart);
            }
        }
        else if (!labelValid)
        {
            Report(BodyProblemKind.MalformedTimestamp, RangeOf(timestamp), "label", timestamp.Label, labelProblem);
        }

        if (seconds is int value && _content == BodyContent.Full)
        {
            _timestamps.Add(new TimestampSpec(value, timestamp.Label, _currentSection, RangeOf(timestamp), timestamp.DataT,
                timestamp.DataT is null || timestamp.DataTStart < 0 ? default : _note.Range(_offset + timestamp.DataTStart, timestamp.DataT.Length)));
        }
    }

    /// <summary>The anchor's start tag as written, for a message.</summary>
    private string StartTag(TimestampInline timestamp)
    {
        int start = _offset + timestamp.Span.Start;
        int end = _note.Text.IndexOf('>', start, Math.Min(timestamp.Span.Length, _note.Text.Length - start));
        return _note.Text.Substring(start, (end < 0 ? start + timestamp.Span.Length - 1 : end) - start + 1);
    }

    private SourceRange RangeOf(TimestampInline timestamp) => _note.Range(_offset + timestamp.Span.Start, timestamp.Span.Length);

    private void Report(BodyProblemKind kind, SourceRange range, params string[] arguments) =>
        _problems?.Add(new BodyProblem(kind, range, arguments));

    /// <summary>Trims each line's end and the whole text: "From: [[x]] &lt;br/&gt; " becomes "From: x".</summary>
    private static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        if (text.IndexOf('\n') < 0)
        {
            return text.Trim();
        }
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }
        return string.Join("\n", lines).Trim();
    }
}

/// <summary>What <see cref="BodyParser"/> builds besides headings, links and timestamp checks.</summary>
internal enum BodyContent
{
    /// <summary>Every section's text and every timestamp: what a program reads (the runtime).</summary>
    Full,

    /// <summary>
    /// Only the first lines of text (the lead, else the first section with text) and no timestamp list:
    /// what the generator shows in a doc comment. Skips building megabytes of text no one reads.
    /// </summary>
    Summary,
}

internal enum BodyProblemKind
{
    /// <summary>Arguments: which part ("label", "data-t", "anchor"), the text, what is wrong.</summary>
    MalformedTimestamp,

    /// <summary>Arguments: data-t, the time the player reads it as (H:M:00), the three-part form to write.</summary>
    TwoPartDataT,

    /// <summary>Arguments: data-t, label.</summary>
    TimestampMismatch,

    /// <summary>Arguments: the anchor's start tag.</summary>
    UnclosedAnchor,

    /// <summary>Arguments: the anchor's start tag.</summary>
    AnchorWithoutDataT,

    /// <summary>Arguments: the anchor's start tag.</summary>
    EmptyTimestampLabel,

    /// <summary>Arguments: the link as written.</summary>
    EmptyWikiLink,

    /// <summary>Arguments: the link as written, why it is shown as text.</summary>
    LiteralWikiLink,

    /// <summary>Arguments: the destination as written (<c>[[x]]</c>).</summary>
    WikiLinkAsDestination,
}

/// <summary>A problem the body parser found; the generator turns it into a diagnostic.</summary>
internal sealed record BodyProblem(BodyProblemKind Kind, SourceRange Range, string[] Arguments);
