using System.Globalization;

namespace CorpusGen.Core.Naming;

/// <summary>
/// Makes a PascalCase C# identifier out of a title, file or folder name, whatever characters it holds:
/// words are runs of identifier characters (format characters such as bidi marks excluded, though
/// Roslyn would accept them), each capitalised with invariant rules so tr-TR gives the same names.
/// The identifier and keyword rules are the C# specification's, written here so the core needs no Roslyn
/// (a test checks them against Roslyn's SyntaxFacts for every UTF-16 code unit and every keyword).
/// </summary>
internal static class CSharpIdentifier
{
    public const int MaxLength = 80;

    /// <summary>An identifier for <paramref name="text"/>, or null when it holds no letter or digit.</summary>
    public static string? FromText(string text)
    {
        // One buffer of the most characters a name can have: called once per note, so no StringBuilder.
        var chars = new char[System.Math.Min(text.Length, MaxLength) + 1];
        int length = 1; // chars[0] is kept for the '_' before a leading digit
        bool startOfWord = true;
        foreach (char c in text)
        {
            if (length > MaxLength)
            {
                break;
            }
            if (!IsWordCharacter(c))
            {
                startOfWord = true;
                continue;
            }
            chars[length++] = startOfWord ? char.ToUpperInvariant(c) : c;
            startOfWord = false;
        }

        if (length == 1)
        {
            return null;
        }
        int start = 1;
        if (!IsIdentifierStartCharacter(chars[1]))
        {
            chars[start = 0] = '_'; // a leading digit
        }
        string name = new string(chars, start, length - start);
        if (IsKeyword(name))
        {
            name = "@" + name;
        }
        return IsValidIdentifier(name.TrimStart('@')) ? name : null;
    }

    /// <summary>True for a valid, non-keyword identifier, as options such as the namespace parts must be.</summary>
    public static bool IsPlainIdentifier(string name) =>
        IsValidIdentifier(name) && !IsKeyword(name) && !HasFormatCharacter(name);

    /// <summary>The reserved keywords (contextual ones such as <c>var</c> or <c>record</c> are valid names).</summary>
    private static readonly System.Collections.Generic.HashSet<string> s_keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>True for a reserved C# keyword.</summary>
    public static bool IsKeyword(string name) => s_keywords.Contains(name);

    /// <summary>A letter (Lu, Ll, Lt, Lm, Lo, Nl) or '_'.</summary>
    public static bool IsIdentifierStartCharacter(char c) =>
        c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    /// <summary>A start character, a digit (Nd), a connector (Pc), a combining mark (Mn, Mc) or a format character (Cf).</summary>
    public static bool IsIdentifierPartCharacter(char c) =>
        IsIdentifierStartCharacter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.Format;

    /// <summary>A non-empty run of identifier characters that starts with a start character (keywords included).</summary>
    public static bool IsValidIdentifier(string name)
    {
        if (name.Length == 0 || !IsIdentifierStartCharacter(name[0]))
        {
            return false;
        }
        for (int i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPartCharacter(name[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordCharacter(char c)
    {
        if (c == '_')
        {
            return false; // a separator in slugs: open_source_models → OpenSourceModels
        }
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool HasFormatCharacter(string name)
    {
        foreach (char c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }
        return false;
    }
}
