using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace CorpusGen.Core.Parsing.WikiLinks;

/// <summary>
/// Parses <c>[[target]]</c>, <c>[[target | text]]</c>, <c>[[target#Heading]]</c> and <c>![[embed]]</c>.
/// As an inline parser it never sees code spans or code blocks, and it must run before Markdig's
/// LinkInlineParser, which also opens on '['. A link stays on one line and holds no '[' or ']': an empty
/// one (<c>[[]]</c>) or one with brackets inside (<c>[[a [b] c]]</c>) is still made, marked with its
/// <see cref="WikiLinkProblem"/>, so the body parser reports it instead of letting it pass as text.
/// </summary>
internal sealed class WikiLinkInlineParser : InlineParser
{
    public WikiLinkInlineParser() => OpeningCharacters = new[] { '[', '!' };

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        int start = slice.Start;
        bool isEmbed = slice.CurrentChar == '!';
        if (isEmbed ? slice.PeekChar(1) != '[' || slice.PeekChar(2) != '[' : slice.PeekChar(1) != '[')
        {
            return false;
        }

        string text = slice.Text;
        int contentStart = start + (isEmbed ? 3 : 2);
        int close = -1;
        WikiLinkProblem problem = WikiLinkProblem.None;
        for (int i = contentStart; i < slice.End; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                return false;
            }
            if (c == '[')
            {
                // Not a link for any renderer; when "]]" closes it on this line, it is one to report.
                close = IndexOfCloseOnLine(text, i, slice.End);
                if (close < 0)
                {
                    return false;
                }
                problem = WikiLinkProblem.Brackets;
                break;
            }
            if (c == ']')
            {
                if (text[i + 1] != ']')
                {
                    return false;
                }
                close = i;
                break;
            }
        }
        if (close < 0)
        {
            return false;
        }

        string target = "", display = "";
        string? heading = null;
        if (problem == WikiLinkProblem.None && !TrySplit(text, contentStart, close, out target, out heading, out display))
        {
            problem = WikiLinkProblem.Empty;
        }

        int sourceStart = processor.GetSourcePosition(start, out int line, out int column);
        int sourceEnd = processor.GetSourcePosition(close + 1, out _, out _);
        processor.Inline = new WikiLinkInline
        {
            Target = target,
            Heading = heading,
            DisplayText = display,
            IsEmbed = isEmbed,
            Problem = problem,
            Span = new SourceSpan(sourceStart, sourceEnd),
            Line = line,
            Column = column,
        };
        CorpusGenMarkdown.InlineCollector.Add(processor, processor.Inline);
        slice.Start = close + 2;
        return true;
    }

    /// <summary>Longest <c>[[…]]</c> with brackets inside that is reported: the search for its end stays linear.</summary>
    private const int MaxBracketedLength = 300;

    /// <summary>The first "]]" on the line from <paramref name="from"/>, before another "[[" opens; -1 when none is near.</summary>
    private static int IndexOfCloseOnLine(string text, int from, int end)
    {
        end = System.Math.Min(end, from + MaxBracketedLength);
        for (int i = from; i + 1 < end; i++)
        {
            if (text[i] is '\n' or '\r' || (text[i] == '[' && text[i + 1] == '['))
            {
                return -1;
            }
            if (text[i] == ']' && text[i + 1] == ']')
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Splits link content text[start, end) into target, heading and display text; false when it names
    /// nothing. Works on indices and allocates only the strings it returns (the display text is the
    /// target itself unless the link has its own): a real corpus has about a million links.
    /// </summary>
    internal static bool TrySplit(string text, int start, int end, out string target, out string? heading, out string display)
    {
        int pipe = text.IndexOf('|', start, end - start);
        int targetEnd = pipe < 0 ? end : pipe;
        if (targetEnd > start && text[targetEnd - 1] == '\\')
        {
            targetEnd--; // "\|" escapes the pipe inside tables
        }
        int hash = text.IndexOf('#', start, targetEnd - start);
        target = SpanText.Trimmed(text, start, hash < 0 ? targetEnd : hash);
        heading = hash < 0 ? null : SpanText.Trimmed(text, hash + 1, targetEnd);
        if (heading is { Length: 0 })
        {
            heading = null;
        }

        string? explicitDisplay = pipe < 0 ? null : SpanText.Trimmed(text, pipe + 1, end);
        display = !string.IsNullOrEmpty(explicitDisplay) ? explicitDisplay!
            : heading is null ? target
            : target.Length == 0 ? heading
            : target + " > " + heading;
        return target.Length > 0 || heading is not null;
    }
}
