using System.Globalization;
using System.Linq;
using System.Text;
using CorpusGen.Core.Model;
using Xunit;

namespace CorpusGen.Tests.Validation;

public sealed class LinkKeyTests
{
    /// <summary>The rule written out plainly; Normalize skips the copy when the text is already in this form.</summary>
    private static string Reference(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 3);
        }
        return string.Concat(trimmed.Select(c => c is ' ' or '-' or '_' or '\t' ? '_' : char.ToLower(c, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("open_source_ai_models_and_limitations", "open_source_ai_models_and_limitations")]
    [InlineData("Foundation models in AI", "foundation_models_in_ai")]
    [InlineData(" spaced-out note.MD ", "spaced_out_note")]
    [InlineData("already.md", "already")]
    [InlineData("tab\there", "tab_here")]
    [InlineData("Ünlü_Straße", "ünlü_straße")]
    [InlineData("x\u00A0y", "x\u00A0y")]
    [InlineData("trailing\u2003", "trailing")]
    [InlineData("", "")]
    [InlineData("lexfridman/intro", "lexfridman/intro")]
    public void Normalize_FollowsTheRule(string text, string expected)
    {
        Assert.Equal(expected, LinkKey.Normalize(text));
        Assert.Equal(Reference(text), LinkKey.Normalize(text));
    }

    [Fact]
    public void Normalize_ReturnsTheSameString_WhenNothingChanges()
    {
        string slug = new StringBuilder("open_source_models").ToString();
        Assert.Same(slug, LinkKey.Normalize(slug));
    }

    [Fact]
    public void Hash_IsStable_AndTellsDistinctKeysApart()
    {
        // Pinned: the hash is part of what a parsed note keeps, so it must not depend on the process (string.GetHashCode does).
        Assert.Equal(unchecked((long)14695981039346656037UL), LinkKey.Hash(""));
        Assert.Equal(LinkKey.Hash(new StringBuilder("part_two").ToString()), LinkKey.Hash("part_two"));

        // Headings shaped like real ones, including keys that differ in one character or only in a character's high byte.
        var keys = Enumerable.Range(0, 200_000).Select(i => "section_" + i.ToString(CultureInfo.InvariantCulture))
            .Concat(new[] { "a\u0100", "a\u0001", "\u0100a", "\u0001a", "ab", "ba" })
            .ToArray();
        Assert.Equal(keys.Length, keys.Select(LinkKey.Hash).Distinct().Count());
    }

    [Theory]
    [InlineData("open_source_ai_models_and_limitations")]
    [InlineData("Foundation models in AI")]
    [InlineData(" spaced-out note.MD ")]
    [InlineData("already.md")]
    [InlineData("name .md")]
    [InlineData(".md")]
    [InlineData("tab\there")]
    [InlineData("Ünlü_Straße")]
    [InlineData("x\u00A0y")]
    [InlineData("\u2003trailing\u2003")]
    [InlineData("İstanbul ΣΑΣ")]
    [InlineData("")]
    [InlineData("   ")]
    public void HashOf_IsTheHashOfTheNormalizedKey(string text)
    {
        Assert.Equal(LinkKey.Hash(LinkKey.Normalize(text)), LinkKey.HashOf(text));
    }

    [Fact]
    public void HashOf_AgreesWithNormalize_OnRandomText()
    {
        // Characters the rule treats specially, mixed with letters of several scripts and white space of several kinds.
        const string alphabet = " -_\t.mdMDaZé\u00A0\u2003İıΣς/";
        var random = new System.Random(4);
        for (int n = 0; n < 20_000; n++)
        {
            char[] chars = new char[random.Next(0, 9)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            string text = new string(chars);
            Assert.True(LinkKey.Hash(LinkKey.Normalize(text)) == LinkKey.HashOf(text), $"'{text}'");
        }
    }
}
