using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Helpers;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing.Timestamps;
using CorpusGen.Generator.Parsing.WikiLinks;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CorpusGen.Generator.Parsing;

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
    private readonly int _textBudget;
    private int _currentSection = -1;

    private BodyParser(NoteText note, List<BodyProblem>? problems, int textBudget, CancellationToken cancellationToken)
    {
        _note = note;
        _problems = problems;
        _textBudget = textBudget;
        _cancellationToken = cancellationToken;
    }

    public sealed record Result(string Lead, List<SectionSpec> Sections, List<WikiLinkSpec> Links, List<TimestampSpec> Timestamps);

    /// <param name="markdown">The note text with its front matter blanked out, so offsets match <paramref name="note"/>.</param>
    /// <param name="problems">Receives timestamp problems; null when the caller (the runtime) does not need them.</param>
    /// <param name="textBudget">
    /// Characters of plain text kept per section (and lead). The generator only needs the first lines (doc
    /// comments), so it passes a small budget and skips building megabytes of text; links, timestamps and
    /// headings are collected in full either way. The runtime passes int.MaxValue.
    /// </param>
    public static Result Parse(NoteText note, string markdown, List<BodyProblem>? problems, CancellationToken cancellationToken,
        int textBudget = int.MaxValue)
    {
        GuardAgainstQuadraticInput(markdown);
        MarkdownDocument document = Markdown.Parse(markdown, CorpusGenMarkdown.Pipeline);
        var parser = new BodyParser(note, problems, textBudget, cancellationToken);
        return parser.Walk(document);
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
                while (openHeadings.Count > 0 && _sections[openHeadings.Peek()].Level >= heading.Level)
                {
                    openHeadings.Pop();
                }
                int parent = openHeadings.Count > 0 ? openHeadings.Peek() : -1;
                _currentSection = _sections.Count;
                var title = new StringBuilder();
                AppendInlines(title, heading.Inline);
                _sections.Add(new SectionSpec(heading.Level, Clean(title.ToString()), "", _note.LineOf(heading.Span.Start) + 1, parent));
                sectionTexts.Add(new StringBuilder());
                openHeadings.Push(_currentSection);
                continue;
            }

            StringBuilder target = _currentSection < 0 ? lead : sectionTexts[_currentSection];
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
            _sections[i] = _sections[i] with { Text = Clean(sectionTexts[i].ToString()) };
        }
        return new Result(Clean(lead.ToString()), _sections, _links, _timestamps);
    }

    private void AppendBlock(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                AppendInlines(sb, inline);
                break;
            case ThematicBreakBlock:
                break;
            case LeafBlock leaf: // code blocks, HTML blocks: their text as written, never parsed for links
                if (sb.Length < _textBudget)
                {
                    sb.Append(leaf.Lines.ToString());
                }
                break;
            case ListBlock list:
                int number = int.TryParse(list.OrderedStart, out int start) ? start : 1;
                bool first = true;
                foreach (Block item in list)
                {
                    if (!first)
                    {
                        sb.Append('\n');
                    }
                    first = false;
                    sb.Append(list.IsOrdered ? number++ + ". " : "- ");
                    AppendChildren(sb, item as ContainerBlock, "\n");
                }
                break;
            case ContainerBlock container:
                AppendChildren(sb, container, "\n\n");
                break;
        }
    }

    private void AppendChildren(StringBuilder sb, ContainerBlock? container, string separator)
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
                sb.Append(separator);
            }
            first = false;
            AppendBlock(sb, child);
        }
    }

    private void AppendInlines(StringBuilder sb, ContainerInline? container)
    {
        for (Inline? inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (sb.Length >= _textBudget)
            {
                CollectOnly(inline); // past the budget: keep links and timestamps, skip the text
                continue;
            }
            switch (inline)
            {
                case WikiLinkInline link:
                    sb.Append(link.DisplayText);
                    AddLink(link);
                    break;
                case TimestampInline timestamp:
                    sb.Append('[').Append(timestamp.Label).Append(']');
                    AddTimestamp(timestamp);
                    break;
                case LiteralInline literal:
                    sb.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append('\n');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case HtmlInline:
                    break;
                case ContainerInline nested:
                    AppendInlines(sb, nested);
                    break;
            }
        }
    }

    private void CollectOnly(Inline inline)
    {
        switch (inline)
        {
            case WikiLinkInline link:
                AddLink(link);
                break;
            case TimestampInline timestamp:
                AddTimestamp(timestamp);
                break;
            case ContainerInline nested:
                for (Inline? child = nested.FirstChild; child is not null; child = child.NextSibling)
                {
                    CollectOnly(child);
                }
                break;
        }
    }

    private void AddLink(WikiLinkInline link) =>
        _links.Add(new WikiLinkSpec(link.Target, link.Heading, link.DisplayText, link.IsEmbed, _currentSection,
            _note.Range(link.Span.Start, link.Span.Length)));

    private void AddTimestamp(TimestampInline timestamp)
    {
        SourceRange range = _note.Range(timestamp.Span.Start, timestamp.Span.Length);
        bool labelValid = TimeText.TryParse(timestamp.Label, out int labelSeconds, out string labelProblem);
        if (!labelValid)
        {
            Report(BodyProblemKind.MalformedTimestamp, range, "label", timestamp.Label, labelProblem);
        }

        int? seconds = labelValid ? labelSeconds : null;
        if (timestamp.IsAnchor)
        {
            if (timestamp.DataT is null)
            {
                Report(BodyProblemKind.MalformedTimestamp, range, "anchor", "(no data-t attribute)", "a yt-timestamp anchor needs data-t=\"HH:MM:SS\"");
            }
            else if (!TimeText.TryParse(timestamp.DataT, out int dataSeconds, out string dataProblem))
            {
                Report(BodyProblemKind.MalformedTimestamp, range, "data-t", timestamp.DataT, dataProblem);
            }
            else if (labelValid && dataSeconds != labelSeconds)
            {
                Report(BodyProblemKind.TimestampMismatch, range, timestamp.DataT, timestamp.Label);
            }
            else
            {
                seconds ??= dataSeconds;
            }
        }

        if (seconds is int value)
        {
            _timestamps.Add(new TimestampSpec(value, timestamp.Label, _currentSection, range));
        }
    }

    private void Report(BodyProblemKind kind, SourceRange range, params string[] arguments) =>
        _problems?.Add(new BodyProblem(kind, range, arguments));

    /// <summary>Trims each line's end and the whole text: "From: [[x]] &lt;br/&gt; " becomes "From: x".</summary>
    private static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }
        return string.Join("\n", lines).Trim();
    }
}

internal enum BodyProblemKind
{
    /// <summary>Arguments: which part ("label", "data-t", "anchor"), the text, what is wrong.</summary>
    MalformedTimestamp,

    /// <summary>Arguments: data-t, label.</summary>
    TimestampMismatch,
}

/// <summary>A problem the body parser found; the generator turns it into a diagnostic.</summary>
internal sealed record BodyProblem(BodyProblemKind Kind, SourceRange Range, string[] Arguments);
