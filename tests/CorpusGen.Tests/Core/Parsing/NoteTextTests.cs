using System.Linq;
using CorpusGen.Core.Parsing;
using Xunit;

namespace CorpusGen.Tests.Parsing;

/// <summary>NoteText's fast check (a vector of characters at a time) must send every text that needs normalising to the slow path.</summary>
public sealed class NoteTextTests
{
    [Theory]
    [InlineData('\r', "\n")]
    [InlineData('\0', "\uFFFD")]
    [InlineData('\uD800', "\uFFFD")]
    [InlineData('\uDFFF', "\uFFFD")]
    public void ACharacterToNormalise_IsFound_AtEveryPosition(char bad, string replacement)
    {
        for (int length = 1; length <= 80; length++)
        {
            for (int position = 0; position < length; position++)
            {
                string text = new string('a', position) + bad + new string('b', length - position - 1);

                string normal = NoteText.Create(text).Text;

                Assert.Equal(new string('a', position) + replacement + new string('b', length - position - 1), normal);
            }
        }
    }

    [Fact]
    public void NeighboursOfTheSurrogateRange_AndPairedSurrogates_AreKept()
    {
        string text = string.Concat(Enumerable.Repeat("x\uD7FF\uE000\u000B\u000E", 20)) + "\nend";
        string withPairs = string.Concat(Enumerable.Repeat("x😀", 20)) + "\nend";

        NoteText note = NoteText.Create(text);

        Assert.Same(text, note.Text); // already normal: no copy
        Assert.Equal(2, note.LineCount);
        Assert.Equal(withPairs, NoteText.Create(withPairs).Text);
    }
}
