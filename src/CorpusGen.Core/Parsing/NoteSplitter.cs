namespace CorpusGen.Core.Parsing;

internal enum FrontMatterSplitKind
{
    None,
    Closed,
    Unclosed,
}

/// <summary>Where the YAML lies (between the fences) and where the body starts.</summary>
internal readonly record struct FrontMatterSplit(FrontMatterSplitKind Kind, int YamlStart, int YamlEnd, int BodyStart);

/// <summary>
/// Finds the YAML front matter of a note. Roslyn-free: the runtime shares this file, so the body it
/// parses lazily is exactly the body the generator validated.
/// </summary>
internal static class NoteSplitter
{
    /// <summary>Front matter is a first line "---" and a later line "---" or "..." (trailing spaces allowed).</summary>
    public static FrontMatterSplit Split(NoteText text)
    {
        string s = text.Text;
        if (text.LineCount < 2 || !IsFence(s, 0, dotsToo: false))
        {
            return new FrontMatterSplit(FrontMatterSplitKind.None, 0, 0, 0);
        }
        for (int line = 1; line < text.LineCount; line++)
        {
            int start = text.LineStart(line);
            if (IsFence(s, start, dotsToo: true))
            {
                int next = line + 1 < text.LineCount ? text.LineStart(line + 1) : s.Length;
                return new FrontMatterSplit(FrontMatterSplitKind.Closed, text.LineStart(1), start, next);
            }
        }
        return new FrontMatterSplit(FrontMatterSplitKind.Unclosed, 0, 0, 0);
    }

    private static bool IsFence(string s, int start, bool dotsToo)
    {
        if (start + 3 > s.Length)
        {
            return false;
        }
        string marker = s.Substring(start, 3);
        if (marker != "---" && !(dotsToo && marker == "..."))
        {
            return false;
        }
        for (int i = start + 3; i < s.Length && s[i] != '\n'; i++)
        {
            if (s[i] != ' ' && s[i] != '\t')
            {
                return false;
            }
        }
        return true;
    }
}
