using System;

namespace CorpusGen.Core.Model;

/// <summary>
/// The form link targets, file names, titles and aliases are compared in: case-folded with invariant
/// rules, spaces, hyphens and underscores treated as equal, a trailing ".md" and outer spaces ignored.
/// </summary>
internal static class LinkKey
{
    public static string Normalize(string text)
    {
        if (IsNormal(text))
        {
            return text; // most targets are slugs already in this form: no copy (a real corpus has a million links)
        }
        string trimmed = text.Trim();
        if (EndsWithMd(trimmed))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 3);
        }
        char[] chars = t_buffer is { } buffer && buffer.Length >= trimmed.Length ? buffer : t_buffer = new char[Math.Max(256, trimmed.Length)];
        for (int i = 0; i < trimmed.Length; i++)
        {
            chars[i] = Fold(trimmed[i]);
        }
        return new string(chars, 0, trimmed.Length);
    }

    /// <summary>
    /// A 64-bit FNV-1a hash of a key: what the generator keeps of each heading, since it only asks whether a
    /// note has a heading with a given key. Eight bytes instead of the heading's text, which was a fifth of
    /// what a parsed note kept for the whole build; two different keys share a hash once in 2^64.
    /// </summary>
    public static long Hash(string key)
    {
        ulong hash = HashStart;
        foreach (char c in key)
        {
            hash = HashStep(hash, c);
        }
        return (long)hash;
    }

    /// <summary>
    /// <c>Hash(Normalize(text))</c> without making the key: every heading of every note is hashed while
    /// parsing, and the key string would be garbage the moment it was hashed.
    /// </summary>
    public static long HashOf(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--; // string.Trim's rule: char.IsWhiteSpace
        }
        if (end - start >= 3 && text[end - 3] == '.' && (text[end - 2] | 0x20) == 'm' && (text[end - 1] | 0x20) == 'd')
        {
            end -= 3;
        }
        ulong hash = HashStart;
        for (int i = start; i < end; i++)
        {
            hash = HashStep(hash, Fold(text[i]));
        }
        return (long)hash;
    }

    private const ulong HashStart = 14695981039346656037;

    private static ulong HashStep(ulong hash, char c)
    {
        unchecked
        {
            hash = (hash ^ (byte)c) * 1099511628211;
            return (hash ^ (byte)(c >> 8)) * 1099511628211;
        }
    }

    /// <summary>One character of a key: spaces, hyphens, underscores and tabs become '_', the rest is lower-cased (invariant).</summary>
    private static char Fold(char c) => c is ' ' or '-' or '_' or '\t' ? '_' : char.ToLowerInvariant(c);

    /// <summary>Scratch space for <see cref="Normalize"/>: a corpus has tens of thousands of titles to normalise.</summary>
    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>True when <see cref="Normalize"/> would return the text unchanged (checked for ASCII only; anything else takes the long way).</summary>
    public static bool IsNormal(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[text.Length - 1] == ' ' || EndsWithMd(text))
        {
            return text.Length == 0;
        }
        foreach (char c in text)
        {
            // c <= ' ' covers ASCII white space (tab to CR, space); the rest of char.IsWhiteSpace is past 0x80.
            if (c >= 0x80 || c <= ' ' || c is (>= 'A' and <= 'Z') or '-')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>".md" in any case at the end; by hand, as string.EndsWith with OrdinalIgnoreCase was a hot spot on netstandard2.0.</summary>
    private static bool EndsWithMd(string text) =>
        text.Length >= 3 && text[text.Length - 3] == '.' && (text[text.Length - 2] | 0x20) == 'm' && (text[text.Length - 1] | 0x20) == 'd';
}
