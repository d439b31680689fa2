using System.Text;

namespace CorpusGen.Generator.Validation;

/// <summary>
/// The form link targets, file names, titles and aliases are compared in: case-folded with invariant
/// rules, spaces, hyphens and underscores treated as equal, a trailing ".md" and outer spaces ignored.
/// </summary>
internal static class LinkKey
{
    public static string Normalize(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 3);
        }
        var sb = new StringBuilder(trimmed.Length);
        foreach (char c in trimmed)
        {
            sb.Append(c is ' ' or '-' or '_' or '\t' ? '_' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
