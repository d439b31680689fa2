using System.Linq;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Parsing;

public sealed class WikiLinkParsingTests
{
    /// <summary>The links the body parser finds (what the runtime reads); the generator's model keeps their targets and places.</summary>
    private static WikiLinkSpec[] Links(string body) => ReadBody(Note("T", body)).Links.ToArray();

    [Fact]
    public void PlainLink_TargetIsDisplayText_AndPositionIsTheOpeningBrackets()
    {
        WikiLinkSpec link = Links("\nSee [[redpointai]] here.").Single();
        Assert.Equal("redpointai", link.Target);
        Assert.Equal("redpointai", link.DisplayText);
        Assert.Null(link.Heading);
        Assert.False(link.IsEmbed);
        Assert.Equal((4, 4), (link.Range.Line, link.Range.Column)); // 0-based: line 5, column 5
    }

    [Fact]
    public void PipedLink_SplitsTargetAndDisplay_TrimmingSpaces()
    {
        WikiLinkSpec link = Links("[[open_source_ai_models_and_limitations | open source AI models]]").Single();
        Assert.Equal("open_source_ai_models_and_limitations", link.Target);
        Assert.Equal("open source AI models", link.DisplayText);
    }

    [Fact]
    public void HeadingLink_KeepsHeading_AndDisplaysTargetAndHeading()
    {
        WikiLinkSpec plain = Links("[[Foundation models in AI#History]]").Single();
        Assert.Equal(("Foundation models in AI", "History", "Foundation models in AI > History"), (plain.Target, plain.Heading, plain.DisplayText));

        WikiLinkSpec piped = Links("[[note#Part two|the second part]]").Single();
        Assert.Equal(("note", "Part two", "the second part"), (piped.Target, piped.Heading, piped.DisplayText));

        WikiLinkSpec local = Links("[[#Intro]]").Single();
        Assert.Equal(("", "Intro", "Intro"), (local.Target, local.Heading, local.DisplayText));
    }

    [Fact]
    public void Embed_IsMarked()
    {
        WikiLinkSpec link = Links("![[diagram]]").Single();
        Assert.True(link.IsEmbed);
        Assert.Equal("diagram", link.Target);
    }

    [Fact]
    public void LinksInCodeSpansAndCodeBlocks_AreNotParsed()
    {
        string body = "Inline `[[not_a_link]]` code.\n\n```\n[[fenced]]\n```\n\n    [[indented]]\n\nReal [[yes]].";
        Assert.Equal(new[] { "yes" }, Links(body).Select(l => l.Target));
    }

    [Fact]
    public void LinkInHeading_IsParsed_AndTheSectionTitleShowsItsDisplayText()
    {
        string note = Note("T", "## [[open_source | Open Source AI Models]]\n\nText [[x]].");
        Assert.Equal("Open Source AI Models", ReadBody(note).Sections.Single().Title);
        Assert.Equal(new[] { 0, 0 }, ReadBody(note).Links.Select(l => l.SectionIndex));
    }

    [Fact]
    public void SeveralLinksOnOneLine_HaveTheirOwnColumns()
    {
        WikiLinkSpec[] links = Links("[[a]] and [[b | B]] and [[c]]");
        Assert.Equal(new[] { 0, 10, 24 }, links.Select(l => l.Range.Column));
    }

    [Theory]
    [InlineData("[[]]")]
    [InlineData("[[a]b]]")]
    [InlineData("[[a\nb]]")]
    [InlineData("[[ | text]]")]
    [InlineData("[text](http://example.com)")]
    public void NotWikiLinks_AreLeftAlone(string body)
    {
        Assert.Empty(Links(body));
    }

    [Fact]
    public void LinkText_ReachesSectionText_AsDisplayText()
    {
        Assert.Equal("Read the A-B note now.", ReadBody(Note("T", "## S\n\nRead [[a_b | the A-B note]] now.")).Sections.Single().Text);
    }
}
