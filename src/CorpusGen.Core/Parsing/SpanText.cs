namespace CorpusGen.Core.Parsing;

/// <summary>
/// Helpers for reading a part text[start, end) of a note in place, without cutting it out first: the
/// inline parsers run about two million times on a real corpus. Roslyn-free: the runtime shares this file.
/// </summary>
internal static class SpanText
{
    /// <summary>Moves <paramref name="start"/> and <paramref name="end"/> past white space at both ends.</summary>
    public static void Trim(string text, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }

    /// <summary>text[start, end) without white space at its ends, as a string.</summary>
    public static string Trimmed(string text, int start, int end)
    {
        Trim(text, ref start, ref end);
        return start == end ? "" : text.Substring(start, end - start);
    }
}
