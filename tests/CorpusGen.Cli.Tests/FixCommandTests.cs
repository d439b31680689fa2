using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CorpusGen.Cli.Tests;

public sealed class FixCommandTests
{
    // A BOM, CRLF line endings, non-ASCII text before the anchor, a two-part data-t to fix, one already in
    // three parts, and the same two-part anchor inside a code block, which is not an anchor and stays.
    private static readonly string s_note =
        "---\r\ntitle: Café talk\r\n---\r\nÉtapes — first: <a class=\"yt-timestamp\" data-t=\"41:50\">[41:50]</a>\r\n"
        + "then <a class=\"yt-timestamp\" data-t=\"01:02:03\">[01:02:03]</a>\r\n\r\n"
        + "```\r\n<a class=\"yt-timestamp\" data-t=\"12:34\">[12:34]</a>\r\n```\r\n";

    private static byte[] Bytes(string text) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    [Fact]
    public void Fix_RewritesOnlyTheTwoPartDataT_KeepingEveryOtherByte()
    {
        using var notes = new TempNotes().WriteBytes("notes/talk.md", Bytes(s_note));

        var (exit, output, error) = notes.Run("fix", "notes");

        Assert.Equal(0, exit);
        Assert.Equal("notes/talk.md: fixed 1 data-t value(s)\n", output);
        Assert.Equal("fixed 1 data-t value(s) in 1 of 1 notes\n", error);
        string expected = s_note.Replace("data-t=\"41:50\"", "data-t=\"00:41:50\"");
        Assert.Equal(Bytes(expected), File.ReadAllBytes(Path.Combine(notes.Notes, "talk.md")));
        Assert.Contains("data-t=\"12:34\"", expected); // the code block is untouched
    }

    [Fact]
    public void DryRun_PrintsAUnifiedDiff_AndChangesNothing()
    {
        using var notes = new TempNotes().WriteBytes("notes/talk.md", Bytes(s_note));

        var (exit, output, error) = notes.Run("fix", "notes", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Equal(Bytes(s_note), File.ReadAllBytes(Path.Combine(notes.Notes, "talk.md")));
        Assert.Equal(
            "--- a/notes/talk.md\n+++ b/notes/talk.md\n@@ -1,7 +1,7 @@\n ---\n title: Café talk\n ---\n"
            + "-Étapes — first: <a class=\"yt-timestamp\" data-t=\"41:50\">[41:50]</a>\n"
            + "+Étapes — first: <a class=\"yt-timestamp\" data-t=\"00:41:50\">[41:50]</a>\n"
            + " then <a class=\"yt-timestamp\" data-t=\"01:02:03\">[01:02:03]</a>\n \n ```\n",
            output);
        Assert.Equal("would fix 1 data-t value(s) in 1 of 1 notes\n", error);
    }

    [Fact]
    public void FixedNotes_StillCheckClean_AndASecondFixFindsNothing()
    {
        using var notes = new TempNotes().WriteBytes("notes/talk.md", Bytes(s_note));
        notes.Run("fix", "notes");

        Assert.Equal(0, notes.Run("check", "notes").Exit);
        Assert.Equal("fixed 0 data-t value(s) in 0 of 1 notes\n", notes.Run("fix", "notes").Error);
    }

    [Theory]
    [InlineData("41:50", "00:41:50")]
    [InlineData("5:07", "00:05:07")]
    [InlineData("00:41:50", null)]
    [InlineData("41:75", null)]
    [InlineData("x", null)]
    public void ThreePart_WritesTheSameMoment(string dataT, string? expected)
    {
        Assert.Equal(expected, CorpusGen.Core.Fixes.TimestampFixes.ThreePart(dataT));
    }
}
