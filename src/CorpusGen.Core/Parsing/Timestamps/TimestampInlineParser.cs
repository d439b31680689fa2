using System;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace CorpusGen.Core.Parsing.Timestamps;

/// <summary>
/// Parses timestamp anchors (opening on '&lt;', before Markdig's inline-HTML parser) and bare
/// <c>[HH:MM:SS]</c> (opening on '[', before the link parser; a following '(' or '[' leaves it to
/// Markdig as a normal link). Scans are bounded so a hostile line stays linear.
/// </summary>
internal sealed class TimestampInlineParser : InlineParser
{
    private const int MaxTagLength = 300;
    private const int MaxLabelLength = 100;


    public TimestampInlineParser() => OpeningCharacters = new[] { '[', '<' };

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        slice.CurrentChar == '<' ? MatchAnchor(processor, ref slice) : MatchBare(processor, ref slice);

    private static bool MatchBare(InlineProcessor processor, ref StringSlice slice)
    {
        string text = slice.Text;
        int start = slice.Start;
        int limit = Math.Min(slice.End, start + 18);
        int close = -1;
        for (int i = start + 1; i <= limit; i++)
        {
            if (text[i] == ']')
            {
                close = i;
                break;
            }
        }
        if (close < 0)
        {
            return false;
        }

        char next = close + 1 <= slice.End ? text[close + 1] : '\0';
        if (next == '(' || next == '[' || !TimeText.LooksLikeTime(text, start + 1, close - start - 1))
        {
            return false;
        }

        Emit(processor, ref slice, start, close, isAnchor: false, dataT: null, text.Substring(start + 1, close - start - 1));
        return true;
    }

    private static bool MatchAnchor(InlineProcessor processor, ref StringSlice slice)
    {
        string text = slice.Text;
        int start = slice.Start;
        if (slice.PeekChar(1) is not ('a' or 'A') || !char.IsWhiteSpace(slice.PeekChar(2)))
        {
            return false;
        }

        // The start tag, read in place: this runs for each of the ~800 000 anchors of a real corpus.
        int tagEnd = IndexOfOnLine(text, '>', start, Math.Min(slice.End, start + MaxTagLength));
        if (tagEnd < 0
            || !TryFindAttribute(text, start, tagEnd + 1, "class", out int classStart, out int classLength)
            || !HasClass(text, classStart, classLength, "yt-timestamp"))
        {
            return false;
        }

        int searchEnd = Math.Min(slice.End, tagEnd + MaxLabelLength);
        int closeTag = -1;
        for (int i = tagEnd + 1; i + 3 <= searchEnd; i++)
        {
            if (text[i] == '\n')
            {
                break;
            }
            if (text[i] == '<' && text[i + 1] == '/' && (text[i + 2] is 'a' or 'A') && text[i + 3] == '>')
            {
                closeTag = i;
                break;
            }
        }
        if (closeTag < 0)
        {
            // A yt-timestamp anchor that never closes on its line: the start tag is reported, the rest stays text.
            Emit(processor, ref slice, start, tagEnd, isAnchor: true, dataT: null, label: "");
            ((TimestampInline)processor.Inline!).IsUnclosed = true;
            return true;
        }

        // The label: the anchor's text, trimmed, without one pair of brackets (trimmed again).
        int labelStart = tagEnd + 1, labelEnd = closeTag;
        SpanText.Trim(text, ref labelStart, ref labelEnd);
        if (labelEnd - labelStart >= 2 && text[labelStart] == '[' && text[labelEnd - 1] == ']')
        {
            labelStart++;
            labelEnd--;
            SpanText.Trim(text, ref labelStart, ref labelEnd);
        }
        string? dataT = TryFindAttribute(text, start, tagEnd + 1, "data-t", out int dataStart, out int dataLength)
            ? text.Substring(dataStart, dataLength)
            : null;
        Emit(processor, ref slice, start, closeTag + 3, isAnchor: true, dataT, text.Substring(labelStart, labelEnd - labelStart));
        if (dataT is not null)
        {
            ((TimestampInline)processor.Inline!).DataTStart = processor.GetSourcePosition(dataStart, out _, out _);
        }
        return true;
    }

    /// <summary>The value of attribute <paramref name="name"/> in a start tag (quoted with " or ', or bare).</summary>
    internal static bool TryGetAttribute(string tag, string name, out string? value)
    {
        bool found = TryFindAttribute(tag, 0, tag.Length, name, out int start, out int length);
        value = found ? tag.Substring(start, length) : null;
        return found;
    }

    /// <summary>
    /// Finds the value of attribute <paramref name="name"/> in the tag text[tagStart, tagEnd) without
    /// allocating. A plain scan rather than a Regex, for the same reason as above.
    /// </summary>
    private static bool TryFindAttribute(string text, int tagStart, int tagEnd, string name, out int valueStart, out int valueLength)
    {
        valueStart = valueLength = 0;
        for (int at = IndexOf(text, name, tagStart, tagEnd); at >= 0; at = IndexOf(text, name, at + 1, tagEnd))
        {
            char before = at > tagStart ? text[at - 1] : ' ';
            if (!char.IsWhiteSpace(before))
            {
                continue; // part of another name ("xclass", "data-time")
            }
            int i = SkipSpaces(text, at + name.Length, tagEnd);
            if (i >= tagEnd || text[i] != '=')
            {
                continue;
            }
            i = SkipSpaces(text, i + 1, tagEnd);
            if (i >= tagEnd)
            {
                return false;
            }
            char quote = text[i];
            if (quote is '"' or '\'')
            {
                int end = text.IndexOf(quote, i + 1, tagEnd - i - 1);
                if (end < 0)
                {
                    return false;
                }
                valueStart = i + 1;
                valueLength = end - i - 1;
                return true;
            }
            int stop = i;
            while (stop < tagEnd && !char.IsWhiteSpace(text[stop]) && text[stop] != '>')
            {
                stop++;
            }
            valueStart = i;
            valueLength = stop - i;
            return valueLength > 0;
        }
        return false;
    }

    private static int IndexOf(string text, string value, int from, int to) =>
        from >= to ? -1 : text.IndexOf(value, from, to - from, StringComparison.Ordinal);

    private static int SkipSpaces(string s, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>True when the space-separated class list text[start, start + length) holds <paramref name="wanted"/>.</summary>
    private static bool HasClass(string text, int start, int length, string wanted)
    {
        int end = start + length;
        for (int at = IndexOf(text, wanted, start, end); at >= 0; at = IndexOf(text, wanted, at + 1, end))
        {
            int after = at + wanted.Length;
            if ((at == start || IsClassSeparator(text[at - 1])) && (after == end || IsClassSeparator(text[after])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsClassSeparator(char c) => c is ' ' or '\t' or '\n';

    private static void Emit(InlineProcessor processor, ref StringSlice slice, int start, int last, bool isAnchor, string? dataT, string label)
    {
        int sourceStart = processor.GetSourcePosition(start, out int line, out int column);
        int sourceEnd = processor.GetSourcePosition(last, out _, out _);
        processor.Inline = new TimestampInline
        {
            IsAnchor = isAnchor,
            DataT = dataT,
            Label = label,
            Span = new SourceSpan(sourceStart, sourceEnd),
            Line = line,
            Column = column,
        };
        CorpusGenMarkdown.InlineCollector.Add(processor, processor.Inline);
        slice.Start = last + 1;
    }

    private static int IndexOfOnLine(string text, char c, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            if (text[i] == c)
            {
                return i;
            }
            if (text[i] == '\n')
            {
                return -1;
            }
        }
        return -1;
    }
}
