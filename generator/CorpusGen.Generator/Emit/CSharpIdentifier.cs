using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Generator.Emit;

/// <summary>
/// Makes a PascalCase C# identifier out of a title, file or folder name, whatever characters it holds:
/// words are runs of identifier characters (format characters such as bidi marks excluded, though
/// Roslyn would accept them), each capitalised with invariant rules so tr-TR gives the same names.
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
        if (!SyntaxFacts.IsIdentifierStartCharacter(chars[1]))
        {
            chars[start = 0] = '_'; // a leading digit
        }
        string name = new string(chars, start, length - start);
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            name = "@" + name;
        }
        return SyntaxFacts.IsValidIdentifier(name.TrimStart('@')) ? name : null;
    }

    /// <summary>True for a valid, non-keyword identifier, as options such as the namespace parts must be.</summary>
    public static bool IsPlainIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !HasFormatCharacter(name);

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
