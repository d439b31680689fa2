using System.Linq;
using CorpusGen.Core.Naming;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Naming;

/// <summary>The core writes C#'s identifier and keyword rules itself (it has no Roslyn): they must be Roslyn's.</summary>
public sealed class CSharpIdentifierRulesTests
{
    [Fact]
    public void StartAndPartCharacters_AreRoslynsForEveryUtf16CodeUnit()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            Assert.True(SyntaxFacts.IsIdentifierStartCharacter(c) == CSharpIdentifier.IsIdentifierStartCharacter(c), $"start U+{i:X4}");
            Assert.True(SyntaxFacts.IsIdentifierPartCharacter(c) == CSharpIdentifier.IsIdentifierPartCharacter(c), $"part U+{i:X4}");
        }
    }

    [Fact]
    public void Keywords_AreExactlyRoslynsReservedKeywords()
    {
        string[] roslyn = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
        string[] ours = roslyn.Where(CSharpIdentifier.IsKeyword).ToArray();

        Assert.Equal(roslyn, ours);
        Assert.All(SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText), k => Assert.False(CSharpIdentifier.IsKeyword(k), k));
        Assert.False(CSharpIdentifier.IsKeyword("Class"));
    }

    [Theory]
    [InlineData("Notes", true)]
    [InlineData("_x1", true)]
    [InlineData("1x", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    [InlineData("class", true)]
    [InlineData("Été", true)]
    public void IsValidIdentifier_MatchesRoslyn(string name, bool expected)
    {
        Assert.Equal(expected, CSharpIdentifier.IsValidIdentifier(name));
        Assert.Equal(SyntaxFacts.IsValidIdentifier(name), CSharpIdentifier.IsValidIdentifier(name));
    }
}
