using System.Linq;
using CorpusGen.Generator.Helpers;
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

        // The pool is shared by tests that run in parallel: another string landing in the same slot between
        // the two calls would lose the share (as designed), so a few attempts are allowed.
        bool shared = Enumerable.Range(0, 5).Any(_ => ReferenceEquals(StringPool.Share(first), StringPool.Share(second)));

        Assert.True(shared);
        Assert.Equal("tttarget_note", StringPool.Share(second));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Foundation models in AI")]
    public void Sharing_never_changes_the_value(string text)
    {
        string copy = new string(text.ToCharArray());

        Assert.Equal(text, StringPool.Share(copy));
    }

    [Fact]
    public void Long_strings_are_not_pooled()
    {
        string longText = new string('x', 300);
        StringPool.Share(longText);

        Assert.NotSame(longText, StringPool.Share(new string('x', 300)));
    }

    [Fact]
    public void A_parsed_note_shares_repeated_targets_and_front_matter_keys_with_other_notes()
    {
        // Retried like the first test: a parallel test may take a slot between the two parses.
        bool shared = Enumerable.Range(0, 5).Any(_ =>
        {
            var a = NoteParsing.Parse("---\ntitle: A\ntags: [ai]\n---\nSee [[shared_target]] and [[shared_target|again]].\n", "a.md").Note;
            var b = NoteParsing.Parse("---\ntitle: B\ntags: [ai]\n---\nAlso [[shared_target]].\n", "b.md").Note;
            Assert.Equal(("tags", "ai"), (b.FrontMatter[1].Key, b.FrontMatter[1].Items[0]));
            return ReferenceEquals(a.Links[0].Target, a.Links[1].Target)
                && ReferenceEquals(a.Links[0].Target, b.Links[0].Target)
                && ReferenceEquals(a.FrontMatter[1].Key, b.FrontMatter[1].Key)
                && ReferenceEquals(a.FrontMatter[1].Items[0], b.FrontMatter[1].Items[0]);
        });

        Assert.True(shared);
    }
}
