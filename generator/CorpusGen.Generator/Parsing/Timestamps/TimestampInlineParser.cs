using System;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace CorpusGen.Generator.Parsing.Timestamps;

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

        string label = text.Substring(start + 1, close - start - 1);
        char next = close + 1 <= slice.End ? text[close + 1] : '\0';
        if (!TimeText.LooksLikeTime(label) || next == '(' || next == '[')
        {
            return false;
        }

        Emit(processor, ref slice, start, close, isAnchor: false, dataT: null, label);
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

        int tagEnd = IndexOfOnLine(text, '>', start, Math.Min(slice.End, start + MaxTagLength));
        if (tagEnd < 0)
        {
            return false;
        }
        string tag = text.Substring(start, tagEnd - start + 1);
        if (!TryGetAttribute(tag, "class", out string? classes) || !HasClass(classes!, "yt-timestamp"))
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
            return false;
        }

        string label = text.Substring(tagEnd + 1, closeTag - tagEnd - 1).Trim();
        if (label.Length >= 2 && label[0] == '[' && label[label.Length - 1] == ']')
        {
            label = label.Substring(1, label.Length - 2).Trim();
        }
        TryGetAttribute(tag, "data-t", out string? dataT);
        Emit(processor, ref slice, start, closeTag + 3, isAnchor: true, dataT, label);
        return true;
    }

    /// <summary>
    /// The value of attribute <paramref name="name"/> in a start tag (quoted with " or ', or bare). A plain
    /// scan rather than a Regex: this runs for every one of the ~800 000 anchors of a real corpus.
    /// </summary>
    internal static bool TryGetAttribute(string tag, string name, out string? value)
    {
        value = null;
        for (int at = tag.IndexOf(name, StringComparison.Ordinal); at >= 0; at = tag.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            char before = at > 0 ? tag[at - 1] : ' ';
            if (!char.IsWhiteSpace(before))
            {
                continue; // part of another name ("xclass", "data-time")
            }
            int i = SkipSpaces(tag, at + name.Length);
            if (i >= tag.Length || tag[i] != '=')
            {
                continue;
            }
            i = SkipSpaces(tag, i + 1);
            if (i >= tag.Length)
            {
                return false;
            }
            char quote = tag[i];
            if (quote is '"' or '\'')
            {
                int end = tag.IndexOf(quote, i + 1);
                value = end < 0 ? null : tag.Substring(i + 1, end - i - 1);
                return value is not null;
            }
            int stop = i;
            while (stop < tag.Length && !char.IsWhiteSpace(tag[stop]) && tag[stop] != '>')
            {
                stop++;
            }
            value = tag.Substring(i, stop - i);
            return value.Length > 0;
        }
        return false;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return i;
    }

    private static bool HasClass(string classes, string wanted)
    {
        foreach (string name in classes.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == wanted)
            {
                return true;
            }
        }
        return false;
    }

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
