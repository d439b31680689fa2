using CorpusGen.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Emit;

/// <summary>
/// CSharpText appends text that needs no escape as it is, without asking Roslyn: that shortcut must agree with
/// SymbolDisplay.FormatLiteral for every UTF-16 code unit, or a note could change what the literal means.
/// </summary>
public sealed class LiteralFastPathTests
{
    [Fact]
    public void EveryCharacterTheShortcutPassesUnescaped_IsOneFormatLiteralLeavesAlone()
    {
        int passed = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = "a" + (char)c + "b";
            if (CSharpText.NeedsNoEscape(text))
            {
                passed++;
                Assert.Equal("\"" + text + "\"", SymbolDisplay.FormatLiteral(text, quote: true));
            }
        }
        Assert.True(passed > 60_000, $"the shortcut should pass most characters, passed {passed}");
    }

    [Theory]
    [InlineData("quote \" inside")]
    [InlineData("back \\ slash")]
    [InlineData("new\nline")]
    [InlineData("bidi \u202E override")]
    [InlineData("line \u2028 separator")]
    public void TextThatNeedsEscaping_TakesTheEscapingPath(string text)
    {
        Assert.False(CSharpText.NeedsNoEscape(text));
        string literal = CSharpText.AppendLiteral(new System.Text.StringBuilder(), text).ToString();
        Assert.Equal(CSharpText.Literal(text), literal);
        Assert.NotEqual("\"" + text + "\"", literal);
    }

    [Fact]
    public void LoneSurrogate_TakesTheEscapingPath() // built here: an attribute argument cannot hold a lone surrogate
    {
        TextThatNeedsEscaping_TakesTheEscapingPath("lone " + (char)0xD83D + " surrogate");
    }

    [Fact]
    public void SurrogatePair_IsLeftAsItIs_LikeFormatLiteralDoes()
    {
        const string text = "party 🎉 time";
        Assert.True(CSharpText.NeedsNoEscape(text));
        Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), CSharpText.AppendLiteral(new System.Text.StringBuilder(), text).ToString());
    }

    [Fact]
    public void Utf8Suffix_FollowsTheClosingQuote()
    {
        Assert.Equal("\"Café 🎉\"u8", CSharpText.AppendLiteral(new System.Text.StringBuilder(), "Café 🎉", utf8: true).ToString());
    }
}
