namespace CorpusGen.Generator.Validation;

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
        if (trimmed.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 3);
        }
        var chars = new char[trimmed.Length];
        for (int i = 0; i < chars.Length; i++)
        {
            char c = trimmed[i];
            chars[i] = c is ' ' or '-' or '_' or '\t' ? '_' : char.ToLowerInvariant(c);
        }
        return new string(chars);
    }

    /// <summary>True when <see cref="Normalize"/> would return the text unchanged (checked for ASCII only; anything else takes the long way).</summary>
    private static bool IsNormal(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[text.Length - 1] == ' '
            || text.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase))
        {
            return text.Length == 0;
        }
        foreach (char c in text)
        {
            if (c >= 0x80 || c is (>= 'A' and <= 'Z') or ' ' or '-' or '\t' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }
}
