using System.Linq;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Parsing;

public sealed class FrontMatterParsingTests
{
    [Fact]
    public void ScalarsAndLists_AreTyped()
    {
        ParsedNoteSpec parsed = Parse(Note("Typed", "Body",
            "videoId: MvxtIIqJRUQ", "views: 1200", "rating: 4.5", "draft: false", "published: 2024-05-01",
            "tags: [ai, open-source]", "code: \"123\"", "nothing: ~"));
        var kinds = parsed.Note.FrontMatter.ToDictionary(e => e.Key, e => e.Kind);
        Assert.Equal(FrontMatterKind.String, kinds["title"]);
        Assert.Equal(FrontMatterKind.String, kinds["videoId"]);
        Assert.Equal(FrontMatterKind.Integer, kinds["views"]);
        Assert.Equal(FrontMatterKind.Float, kinds["rating"]);
        Assert.Equal(FrontMatterKind.Boolean, kinds["draft"]);
        Assert.Equal(FrontMatterKind.Date, kinds["published"]);
        Assert.Equal(FrontMatterKind.StringList, kinds["tags"]);
        Assert.Equal(FrontMatterKind.String, kinds["code"]); // quoted: text, not a number
        Assert.False(kinds.ContainsKey("nothing")); // null: absent for this note
        Assert.Equal(new[] { "ai", "open-source" }, parsed.Note.FrontMatter.Single(e => e.Key == "tags").Items);
        Assert.Equal("Typed", parsed.Note.Title);
        Assert.Equal("MvxtIIqJRUQ", parsed.Note.VideoId);
        Assert.Empty(parsed.Diagnostics);
    }

    [Fact]
    public void Aliases_ScalarOrList_BecomeAliases()
    {
        Assert.Equal(new[] { "One" }, Parse(Note("T", "", "aliases: One")).Note.Aliases);
        Assert.Equal(new[] { "A", "B" }, Parse(Note("T", "", "aliases:", "  - A", "  - B")).Note.Aliases);
    }

    [Fact]
    public void NoFrontMatter_IsAWarningAtTheFileStart_AndTheTitleComesFromTheFileName()
    {
        ParsedNoteSpec parsed = Parse("Just text.\n", "folder/my_note.md");
        Assert.Equal(new[] { "CG0004(1,1)" }, Where(parsed));
        Assert.Equal("my_note", parsed.Note.Title);
        Assert.Equal("folder/my_note", parsed.Note.Id);
    }

    [Fact]
    public void FrontMatterWithoutTitle_IsAWarning()
    {
        ParsedNoteSpec parsed = Parse("---\nvideoId: x\n---\nBody", "t.md");
        Assert.Equal(new[] { "CG0005(1,1)" }, Where(parsed));
        Assert.Equal("t", parsed.Note.Title);
    }

    [Fact]
    public void InvalidYaml_IsAnErrorInsideTheFrontMatter_AndTheBodyStillParses()
    {
        ParsedNoteSpec parsed = Parse("---\ntitle: X\ntags: [a, b\nother: 1\n---\nBody [[link]]");
        DiagnosticInfoAssert.Single(parsed, "CG0006");
        Assert.InRange(parsed.Diagnostics.Single().Location!.Range.Line, 1, 4);
        Assert.Single(parsed.Note.Links);
    }

    [Theory]
    [InlineData("- a\n- b", "sequence")]
    [InlineData("just a sentence", "scalar")]
    public void FrontMatterThatIsNotAMapping_IsAnError(string yaml, string kind)
    {
        ParsedNoteSpec parsed = Parse("---\n" + yaml + "\n---\nBody");
        Assert.Equal(new[] { "CG0007(2,1)" }, Where(parsed));
        Assert.Equal(kind, parsed.Diagnostics.Single().Arguments[0]);
    }

    [Fact]
    public void DuplicateKey_IsAWarningAtTheSecondKey_AndTheFirstValueWins()
    {
        ParsedNoteSpec parsed = Parse("---\ntitle: First\nvideoId: a\ntitle: Second\n---\n");
        Assert.Equal(new[] { "CG0010(4,1)" }, Where(parsed));
        Assert.Equal("First", parsed.Note.Title);
    }

    [Fact]
    public void UnclosedFrontMatter_IsAnError()
    {
        ParsedNoteSpec parsed = Parse("---\ntitle: Never closed\n\nBody text");
        Assert.Equal(new[] { "CG0006(1,1)" }, Where(parsed));
    }

    [Fact]
    public void TitleThatIsAList_IsNotATitle()
    {
        ParsedNoteSpec parsed = Parse("---\ntitle: [a, b]\n---\n", "listy.md");
        Assert.Equal(new[] { "CG0005(2,1)" }, Where(parsed)); // at the key of the wrong type
        Assert.Equal("listy", parsed.Note.Title);
    }

    [Fact]
    public void NestedMapping_IsReportedAndLeftOut()
    {
        ParsedNoteSpec parsed = Parse(Note("T", "", "meta:", "  a: 1"));
        Assert.Equal(new[] { "CG0014(3,1)" }, Where(parsed));
        Assert.DoesNotContain(parsed.Note.FrontMatter, e => e.Key == "meta");
    }

    [Fact]
    public void CrlfAndBom_ParseLikeLf()
    {
        ParsedNoteSpec lf = Parse("---\ntitle: X\n---\n\n## H\n\n[[a]] [00:00:01]\n");
        ParsedNoteSpec crlf = Parse("\uFEFF---\r\ntitle: X\r\n---\r\n\r\n## H\r\n\r\n[[a]] [00:00:01]\r\n");
        Assert.Equal("X", crlf.Note.Title);
        Assert.Equal(lf.Note.HeadingKeys, crlf.Note.HeadingKeys);
        Assert.Single(crlf.Note.HeadingKeys);
        Assert.Equal(lf.Note.Links.Select(l => (l.Range.Line, l.Range.Column)), crlf.Note.Links.Select(l => (l.Range.Line, l.Range.Column)));
        Assert.Equal(new[] { (6, 0) }, crlf.Note.Links.Select(l => (l.Range.Line, l.Range.Column)));
        var lfBody = ReadBody("---\ntitle: X\n---\n\n## H\n\n[[a]] [00:00:01]\n");
        var crlfBody = ReadBody("\uFEFF---\r\ntitle: X\r\n---\r\n\r\n## H\r\n\r\n[[a]] [00:00:01]\r\n");
        Assert.Equal(lfBody.Sections, crlfBody.Sections);
        Assert.Equal(lfBody.Timestamps.Select(t => (t.Seconds, t.Range.Line, t.Range.Column)), crlfBody.Timestamps.Select(t => (t.Seconds, t.Range.Line, t.Range.Column)));
    }
}

internal static class DiagnosticInfoAssert
{
    public static void Single(ParsedNoteSpec parsed, string id) => Assert.Equal(id, Assert.Single(parsed.Diagnostics).Id);
}
