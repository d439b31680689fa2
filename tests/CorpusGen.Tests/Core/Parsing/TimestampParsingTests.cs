using System.Linq;
using CorpusGen.Core.Model;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Parsing;

public sealed class TimestampParsingTests
{
    private const string Anchor = "<a class=\"yt-timestamp\" data-t=\"{0}\">[{1}]</a>";

    private static string A(string dataT, string label) => string.Format(Anchor, dataT, label);

    private static ParsedNoteSpec ParseBody(string body) => Parse(Note("T", body, "videoId: abc"));

    /// <summary>The timestamps a program reads (the generator checks them but keeps none).</summary>
    private static TimestampSpec[] Timestamps(string body) => ReadBody(Note("T", body, "videoId: abc")).Timestamps.ToArray();

    [Fact]
    public void Anchor_GivesSecondsLabelAndPosition()
    {
        ParsedNoteSpec parsed = ParseBody("\nText " + A("00:15:21", "00:15:21") + ".");
        TimestampSpec t = Timestamps("\nText " + A("00:15:21", "00:15:21") + ".").Single();
        Assert.Equal((921, "00:15:21"), (t.Seconds, t.Label));
        Assert.Equal((5, 5), (t.Range.Line, t.Range.Column));
        Assert.Empty(parsed.Diagnostics);
    }

    [Fact]
    public void BareTimestamp_IsParsed()
    {
        TimestampSpec t = Timestamps("He said so [00:16:18].").Single();
        Assert.Equal((978, "00:16:18"), (t.Seconds, t.Label));
    }

    [Theory]
    [InlineData("1:02:03", 3723)]
    [InlineData("01:02:03", 3723)]
    [InlineData("12:34", 754)]
    [InlineData("48:20:00", 174000)]
    public void AllYouTubeForms_AreValid(string time, int seconds)
    {
        ParsedNoteSpec anchor = ParseBody(A(time, time));
        ParsedNoteSpec bare = ParseBody("[" + time + "]");
        Assert.Equal(seconds, Timestamps(A(time, time)).Single().Seconds);
        Assert.Equal(seconds, Timestamps("[" + time + "]").Single().Seconds);
        // Valid in every form; a two-part anchor's data-t also gets CG0019 (the player reads it as hours:minutes).
        Assert.Equal(time.Count(c => c == ':') == 1 ? new[] { "CG0019" } : new string[0], anchor.Diagnostics.Select(d => d.Id));
        Assert.Empty(bare.Diagnostics);
    }

    [Fact]
    public void DataTAndLabel_AreComparedAsDurations()
    {
        ParsedNoteSpec parsed = ParseBody(A("0:09:13", "00:09:13"));
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(553, Timestamps(A("0:09:13", "00:09:13")).Single().Seconds);
    }

    [Fact]
    public void Mismatch_IsAnError_NamingBothValues()
    {
        ParsedNoteSpec parsed = ParseBody("x " + A("08:43:00", "08:43:48"));
        Assert.Equal(new[] { "CG0003(5,3)" }, Where(parsed));
        Assert.Equal(new[] { "08:43:00", "08:43:48" }, parsed.Diagnostics.Single().Arguments);
    }

    [Theory]
    [InlineData("01:14:13:00", "01:14:13:00")]
    [InlineData("https://youtu.be/abc?t=10", "00:00:10")]
    [InlineData("HH:MM:SS", "HH:MM:SS")]
    [InlineData("00:60:00", "00:60:00")]
    [InlineData("00:00:75", "00:00:75")]
    public void MalformedAnchor_IsAnError(string dataT, string label)
    {
        ParsedNoteSpec parsed = ParseBody(A(dataT, label));
        Assert.NotEmpty(parsed.Diagnostics);
        Assert.All(parsed.Diagnostics, d => Assert.Equal("CG0002", d.Id));
        Assert.All(parsed.Diagnostics, d => Assert.Equal((4, 0), (d.Location!.Range.Line, d.Location.Range.Column)));
    }

    [Fact]
    public void AnchorWithoutDataT_IsItsOwnError()
    {
        ParsedNoteSpec parsed = ParseBody("<a class=\"yt-timestamp\" href=\"00:01:36\">[00:01:36]</a>");
        Assert.Equal(new[] { "CG0023(5,1)" }, Where(parsed));
    }

    [Theory]
    [InlineData("[00:61:00]")]
    [InlineData("[01:14:13:00]")]
    public void MalformedBareTimestamp_IsAnError(string body)
    {
        ParsedNoteSpec parsed = ParseBody(body);
        Assert.Equal(new[] { "CG0002(5,1)" }, Where(parsed));
        Assert.Empty(Timestamps(body));
    }

    [Theory]
    [InlineData("`[00:01:02]` and `" + "<a class=\"yt-timestamp\" data-t=\"99:99\">[x]</a>`")]
    [InlineData("```\n[00:61:00]\n```")]
    [InlineData("[00:01:02](https://example.com)")]
    [InlineData("[HH:MM:SS] and [note] and [1]")]
    public void TextThatIsNotATimestamp_IsLeftAlone(string body)
    {
        ParsedNoteSpec parsed = ParseBody(body);
        Assert.Empty(Timestamps(body));
        Assert.Empty(parsed.Diagnostics);
    }

    [Theory]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:01:02\">", "00:01:02")]
    [InlineData("<a class='other yt-timestamp' data-t='00:01:02'>", "00:01:02")]
    [InlineData("<a class=yt-timestamp data-t=00:01:02>", "00:01:02")]
    [InlineData("<a class=\"yt-timestamp\" data=t=\"00:01:02\">", null)]
    [InlineData("<a class=\"yt-timestamp\" data-time=\"1\" href=\"00:01:02\">", null)]
    public void AnchorAttributes_AreReadLikeHtml(string tag, string? dataT)
    {
        Assert.True(Core.Parsing.Timestamps.TimestampInlineParser.TryGetAttribute(tag, "class", out string? classes));
        Assert.Contains("yt-timestamp", classes);
        Assert.Equal(dataT is not null, Core.Parsing.Timestamps.TimestampInlineParser.TryGetAttribute(tag, "data-t", out string? value));
        Assert.Equal(dataT, value);
    }

    [Fact]
    public void AnchorWithAnotherClass_IsNotATimestamp()
    {
        string body = "<a class=\"note\" data-t=\"99:99:99\">x</a> <a class=\"yt-timestamps\" data-t=\"bad\">y</a>";
        ParsedNoteSpec parsed = ParseBody(body);
        Assert.Empty(Timestamps(body));
        Assert.Empty(parsed.Diagnostics); // not timestamp anchors, so their bad data-t is not checked
    }

    [Fact]
    public void Timestamp_KnowsItsSection()
    {
        Assert.Equal(new[] { -1, 0, 1 }, Timestamps("[00:00:01]\n\n## One\n\n[00:00:02]\n\n## Two\n\n[00:00:03]").Select(t => t.SectionIndex));
    }
}
