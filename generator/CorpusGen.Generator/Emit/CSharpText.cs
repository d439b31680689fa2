using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Generator.Emit;

/// <summary>
/// The one way note text enters generated C#: as a string literal, a UTF-8 literal or XML doc text.
/// No note content can end a literal or comment early, and invisible format characters (bidi
/// overrides, zero-width joiners …) only ever appear as \u escapes (Trojan Source).
/// </summary>
internal static class CSharpText
{
    /// <summary>True when a path can stand in a <c>#line</c> directive, which takes it as written: no quote, no line break.</summary>
    public static bool IsLineDirectivePath(string path)
    {
        if (path.Length == 0)
        {
            return false;
        }
        foreach (char c in path)
        {
            if (c is '"' or '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A quoted C# string literal.</summary>
    public static string Literal(string? value) =>
        value is null ? "null"
        : NeedsNoEscape(value) ? "\"" + value + "\"" // most ids and titles: nothing to escape
        : EscapeFormatCharacters(SymbolDisplay.FormatLiteral(value, quote: true));

    /// <summary>Appends <see cref="Literal"/> of <paramref name="value"/> (with the u8 suffix when <paramref name="utf8"/>), without copying it first when it needs no escape.</summary>
    public static StringBuilder AppendLiteral(StringBuilder sb, string value, bool utf8 = false)
    {
        if (NeedsNoEscape(value))
        {
            sb.Append('"').Append(value).Append('"');
        }
        else
        {
            sb.Append(EscapeFormatCharacters(SymbolDisplay.FormatLiteral(value, quote: true)));
        }
        return utf8 ? sb.Append("u8") : sb;
    }

    /// <summary>
    /// True when the literal of <paramref name="value"/> is the text itself in quotes: no quote, backslash, or
    /// character that SymbolDisplay.FormatLiteral escapes (controls, line and paragraph separators, surrogates,
    /// unassigned; not a surrogate pair) or that we escape (format characters). Most records hold non-ASCII letters and need none.
    /// </summary>
    internal static bool NeedsNoEscape(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++; // a pair (an emoji in a title) is written as it is, as FormatLiteral does
            }
            else if (c < 0x80)
            {
                if (c < ' ' || c == 0x7F || c == '"' || c == '\\')
                {
                    return false;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Text for an XML doc comment on one line: markup escaped, line breaks and controls made harmless.</summary>
    public static string XmlDoc(string value) => FirstXmlDocEscape(value) < 0 ? value : AppendXmlDoc(new StringBuilder(value.Length + 16), value).ToString();

    /// <summary>Appends <see cref="XmlDoc"/> of <paramref name="value"/>; text that needs no escape (most titles and summaries, accented or not) is appended as it is.</summary>
    public static StringBuilder AppendXmlDoc(StringBuilder sb, string value)
    {
        int first = FirstXmlDocEscape(value);
        if (first < 0)
        {
            return sb.Append(value);
        }
        sb.Append(value, 0, first);
        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                // Every C# line terminator ends a /// line; what follows would be parsed as code.
                case '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\t': sb.Append(' '); break;
                default:
                    if (NeedsXmlDocEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb;
    }

    /// <summary>Index of the first character <see cref="AppendXmlDoc"/> changes, or -1.</summary>
    private static int FirstXmlDocEscape(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < 0x80 ? c < ' ' || c is '&' or '<' or '>' or (char)0x7F : c is '\u0085' or '\u2028' or '\u2029' || NeedsXmlDocEscape(c))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Controls, format characters (bidi overrides …), noncharacters and unassigned surrogates become \uXXXX.</summary>
    private static bool NeedsXmlDocEscape(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format || c is '\uFFFE' or '\uFFFF'
            || char.IsSurrogate(c) && category == UnicodeCategory.OtherNotAssigned;
    }

    private static string EscapeFormatCharacters(string literal)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < literal.Length; i++)
        {
            char c = literal[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                sb ??= new StringBuilder(literal, 0, i, literal.Length + 16);
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb?.Append(c);
            }
        }
        return sb?.ToString() ?? literal;
    }
}
