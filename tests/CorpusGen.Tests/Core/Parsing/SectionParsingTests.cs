using System.Linq;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Parsing;

public sealed class SectionParsingTests
{
    [Fact]
    public void Headings_FormATree_WithLinesAndOwnText()
    {
        string body = "Lead text.\n\n# A\n\nText of A.\n\n## B\n\n*   item one\n*   item **two**\n\n### C\n\nText of C.\n\n## D\n\nText of D.";
        ParsedNoteSpec parsed = Parse(Note("T", body));
        Core.Parsing.BodyParser.Result read = ReadBody(Note("T", body));
        SectionSpec[] s = read.Sections.ToArray();

        Assert.Equal("Lead text.", read.Lead);
        Assert.Equal("Lead text.", parsed.Note.Summary);
        Assert.Equal(new[] { "a", "b", "c", "d" }.Select(Core.Model.LinkKey.Hash), parsed.Note.HeadingKeys);
        Assert.Equal(new[] { "A", "B", "C", "D" }, s.Select(x => x.Title));
        Assert.Equal(new[] { 1, 2, 3, 2 }, s.Select(x => x.Level));
        Assert.Equal(new[] { -1, 0, 1, 0 }, s.Select(x => x.ParentIndex));
        Assert.Equal(new[] { 6, 10, 15, 19 }, s.Select(x => x.Line));
        Assert.Equal("Text of A.", s[0].Text);
        Assert.Equal("- item one\n- item two", s[1].Text);
    }

    [Fact]
    public void HtmlAnchorsAndBreaks_DoNotReachTheText_ButTimestampLabelsDo()
    {
        string note = Note("T", "From: [[redpointai]] <br/> \n\nSaid <a class=\"yt-timestamp\" data-t=\"00:00:09\">[00:00:09]</a>.");
        Assert.Equal("From: redpointai\n\nSaid [00:00:09].", ReadBody(note).Lead);
        Assert.Equal("From: redpointai Said [00:00:09].", Parse(note).Note.Summary);
    }

    [Fact]
    public void SetextHeadings_AreSections()
    {
        SectionSpec section = ReadBody(Note("T", "Title line\n-\n\nText.")).Sections.Single();
        Assert.Equal("Title line", section.Title);
        Assert.Equal(2, section.Level);
    }
}
