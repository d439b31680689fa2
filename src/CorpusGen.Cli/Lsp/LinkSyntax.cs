using System;

namespace CorpusGen.Cli.Lsp;

/// <summary>
/// Where the parts of one wiki-link sit in its source text (<c>![[target#heading|text]]</c>): what a rename
/// or a quick fix rewrites, leaving the rest of the link as it was written.
/// </summary>
internal readonly record struct LinkParts(int TargetStart, int TargetLength, int HeadingStart, int HeadingLength)
{
    /// <summary>The parts of the link whose source starts at <paramref name="start"/> and spans <paramref name="length"/> characters of <paramref name="text"/>.</summary>
    public static LinkParts? Find(string text, int start, int length)
    {
        int end = Math.Min(text.Length, start + length);
        int open = text.IndexOf("[[", start, Math.Max(0, end - start), StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }
        int i = open + 2;
        int close = text.IndexOf("]]", i, Math.Max(0, end - i), StringComparison.Ordinal);
        if (close < 0)
        {
            close = end;
        }
        int pipe = text.IndexOf('|', i, close - i);
        int partsEnd = pipe < 0 ? close : pipe;
        int hash = text.IndexOf('#', i, partsEnd - i);
        (int targetStart, int targetEnd) = Trim(text, i, hash < 0 ? partsEnd : hash);
        int headingStart = -1, headingLength = 0;
        if (hash >= 0)
        {
            (int hs, int he) = Trim(text, hash + 1, partsEnd);
            (headingStart, headingLength) = (hs, he - hs);
        }
        return new LinkParts(targetStart, targetEnd - targetStart, headingStart, headingLength);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
