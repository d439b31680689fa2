using System.Linq;
using CorpusGen.Core.Helpers;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Helpers;

public sealed class StringPoolTests
{
    [Fact]
    public void Equal_strings_from_different_notes_come_back_as_one_instance()
    {
        string first = new string('t', 3) + "arget_note";
        string second = new string('t', 3) + "arget_note";
        Assert.NotSame(first, second);

        var pool = new StringPool();

        Assert.Same(pool.Share(first), pool.Share(second));
        Assert.Equal("tttarget_note", pool.Share(second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Foundation models in AI")]
    public void Sharing_never_changes_the_value(string text)
    {
        string copy = new string(text.ToCharArray());

        Assert.Equal(text, new StringPool().Share(copy));
    }

    [Fact]
    public void Long_strings_are_not_pooled()
    {
        string longText = new string('x', 300);
        var pool = new StringPool();
        pool.Share(longText);

        Assert.NotSame(longText, pool.Share(new string('x', 300)));
    }

    [Fact]
    public void A_parsed_note_shares_repeated_targets_and_front_matter_keys_with_other_notes()
    {
        var pool = new StringPool();
        var a = NoteParsing.Parse("---\ntitle: A\ntags: [ai]\n---\nSee [[shared_target]] and [[shared_target|again]].\n", "a.md", pool).Note;
        var b = NoteParsing.Parse("---\ntitle: B\ntags: [ai]\n---\nAlso [[shared_target]].\n", "b.md", pool).Note;

        Assert.Equal(("tags", "ai"), (b.FrontMatter[1].Key, b.FrontMatter[1].Items[0]));
        Assert.Same(a.Links[0].Target, a.Links[1].Target);
        Assert.Same(a.Links[0].Target, b.Links[0].Target);
        Assert.Same(a.FrontMatter[1].Key, b.FrontMatter[1].Key);
        Assert.Same(a.FrontMatter[1].Items[0], b.FrontMatter[1].Items[0]);
    }
}
