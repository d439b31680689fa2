using System.Linq;
using System.Text.Json;
using Xunit;

namespace CorpusGen.Cli.Tests;

public sealed class StatsCommandTests
{
    // index → a → b; a → guides/c#Missing (a heading it lacks); d → nowhere; e links to nothing and nothing links to it.
    private static TempNotes Corpus() => new TempNotes()
        .Write("notes/index.md", TempNotes.Note("Index", "[[a]]\n"))
        .Write("notes/a.md", TempNotes.Note("A", "[[b]] and [[guides/c#Missing]]\n"))
        .Write("notes/b.md", TempNotes.Note("B", "Back to [[a]].\n"))
        .Write("notes/guides/c.md", TempNotes.Note("C", "## Present\ntext\n"))
        .Write("notes/guides/d.md", TempNotes.Note("D", "[[nowhere]] and [[index]]\n"))
        .Write("notes/e.md", TempNotes.Note("E", "alone\n"));

    [Fact]
    public void Text_CountsNotesLinksBrokenLinksOrphansHubsAndUnreachableNotes()
    {
        using var notes = Corpus();

        var (exit, output, _) = notes.Run("stats", "notes");

        Assert.Equal(0, exit);
        Assert.Equal(
            "notes: 6\n"
            + "wiki-links: 6\n"
            + "broken links by rule:\n"
            + "  CG0001 broken wiki-link: 1\n"
            + "  CG0009 wiki-link heading not found: 1\n"
            + "  CG0015 ambiguous wiki-link: 0\n"
            + "broken links by folder (most first):\n"
            + "  (root): 1\n"
            + "  guides/: 1\n"
            + "orphans (no backlinks): 2\n"
            + "hubs (most backlinks):\n"
            + "  a: 2\n"
            + "  b: 1\n"
            + "  guides/c: 1\n"
            + "  index: 1\n"
            + "unreachable from 'index': 2\n",
            output);
    }

    [Fact]
    public void Json_NamesTheOrphansAndTheUnreachableNotes()
    {
        using var notes = Corpus();

        var (_, output, _) = notes.Run("stats", "notes", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement root = json.RootElement;
        Assert.Equal(6, root.GetProperty("notes").GetInt32());
        Assert.Equal(1, root.GetProperty("brokenByRule").GetProperty("CG0001").GetInt32());
        Assert.Equal(new[] { "e", "guides/d" }, root.GetProperty("orphans").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "e", "guides/d" }, root.GetProperty("unreachable").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("a", root.GetProperty("hubs")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void IndexOption_StartsTheWalkAtThatNote()
    {
        using var notes = Corpus();

        var (_, output, _) = notes.Run("stats", "notes", "--index", "guides/d");

        Assert.EndsWith("unreachable from 'guides/d': 1\n", output); // e
    }

    [Fact]
    public void UnknownIndex_IsAUsageError()
    {
        using var notes = Corpus();

        var (exit, output, _) = notes.Run("stats", "notes", "--index", "nope");

        Assert.Equal(2, exit);
        Assert.Contains("no note has the id 'nope'", output);
    }
}
