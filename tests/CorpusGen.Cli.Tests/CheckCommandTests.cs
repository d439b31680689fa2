using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CorpusGen.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string BrokenLine = "notes/index.md(6,5): error CG0001: Wiki-link target 'nowhere' matches no note by file name, title or alias";

    private static TempNotes Corpus() => new TempNotes()
        .Write("notes/index.md", TempNotes.Note("Index", "Start here.\n\nSee [[nowhere]] and [[guides/setup]].\n"))
        .Write("notes/guides/setup.md", TempNotes.Note("Setup guide", "Back to [[index]].\n"));

    [Fact]
    public void CleanNotes_PrintNothing_AndExitZero()
    {
        using var notes = new TempNotes()
            .Write("notes/a.md", TempNotes.Note("A", "To [[b]].\n"))
            .Write("notes/b.md", TempNotes.Note("B", "To [[a]].\n"));

        var (exit, output, error) = notes.Run("check", "notes");

        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Matches(@"^2 notes checked in [0-9.]+ s: 0 errors, 0 warnings\n$", error);
    }

    [Fact]
    public void BrokenLink_IsAnMsBuildStyleLine_AtItsFileLineAndColumn_AndExitsOne()
    {
        using var notes = Corpus();

        var (exit, output, error) = notes.Run("check", "notes");

        Assert.Equal(1, exit);
        Assert.Equal(BrokenLine + "\n", output);
        Assert.Contains("2 notes checked", error);
        Assert.Contains("1 error, 0 warnings", error);
    }

    [Fact]
    public void FolderDefaultsToTheCurrentDirectory_WhoseSubfoldersArePartOfEveryId()
    {
        using var notes = Corpus();

        var (exit, output, _) = notes.Run("check");

        // Checked from the folder above notes/, the setup note's id is notes/guides/setup: the path link breaks.
        Assert.Equal(1, exit);
        Assert.Equal(BrokenLine + "\n"
            + "notes/index.md(6,21): error CG0001: Wiki-link target 'guides/setup' matches no note by file name, title or alias; did you mean 'setup'?\n",
            output);
    }

    [Fact]
    public void TimestampProblems_AreReportedWithTheBuildsMessages()
    {
        using var notes = new TempNotes().Write("notes/talk.md",
            TempNotes.Note("Talk", "Questions at [1:75] and <a class=\"yt-timestamp\" data-t=\"00:02:00\">[02:30]</a>.\n"));

        var (exit, output, _) = notes.Run("check", "notes");

        Assert.Equal(1, exit);
        Assert.Equal(
            "notes/talk.md(4,14): error CG0002: Timestamp label '1:75' is not a valid time: seconds are 60 or more\n"
            + "notes/talk.md(4,25): error CG0003: Timestamp anchor has data-t=\"00:02:00\" but its label reads [02:30]\n",
            output);
    }

    [Theory]
    [InlineData("warning", "warning", 0)]
    [InlineData("none", null, 0)]
    [InlineData("error", "error", 1)]
    public void GlobalConfigBesideTheNotes_SetsTheSeverity_AsInABuild(string configured, string? shown, int expectedExit)
    {
        using var notes = Corpus();
        notes.Write(".globalconfig", $"is_global = true\ndotnet_diagnostic.CG0001.severity = {configured}\n");

        var (exit, output, _) = notes.Run("check", "notes");

        Assert.Equal(expectedExit, exit);
        Assert.Equal(shown is null ? "" : BrokenLine.Replace(": error ", $": {shown} ") + "\n", output);
    }

    [Fact]
    public void ConfigOption_WinsOverTheDiscoveredGlobalConfig()
    {
        using var notes = Corpus();
        notes.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0001.severity = none\n");
        notes.Write("ci.globalconfig", "is_global = true\ndotnet_diagnostic.CG0001.severity = warning\n");

        var (exit, output, _) = notes.Run("check", "notes", "--config", "ci.globalconfig");

        Assert.Equal(0, exit);
        Assert.Equal(BrokenLine.Replace(": error ", ": warning ") + "\n", output);
    }

    [Fact]
    public void Caps_HoldBackDiagnostics_AndTheSummaryCountsThem()
    {
        using var notes = new TempNotes().Write("notes/a.md", TempNotes.Note("A", "[[x1]] [[x2]] [[x3]]\n"));

        var (exit, output, _) = notes.Run("check", "notes", "--max-diagnostics", "1");

        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(1, exit);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("notes/a.md(4,1): error CG0001: Wiki-link target 'x1'", lines[0]);
        Assert.StartsWith("corpusgen : warning CG0018: CorpusGen reported 1 of 3 diagnostics (at most 1 per ID", lines[1]);
        Assert.Contains("Totals by rule: CG0001 broken wiki-link: 3.", lines[1]);
    }

    [Fact]
    public void PropertyOption_SetsAnMsBuildProperty()
    {
        using var notes = new TempNotes().Write("notes/a.md", TempNotes.Note("A", "[[x1]] [[x2]] [[x3]]\n"));

        var (_, output, _) = notes.Run("check", "notes", "-p", "CorpusGenMaxDiagnostics=2");

        Assert.Equal(3, output.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("reported 2 of 3", output);
    }

    [Fact]
    public void Sarif_HasEveryResultWithRuleLevelMessageFileAndRegion()
    {
        using var notes = Corpus();

        var (exit, output, _) = notes.Run("check", "notes", "--format", "sarif");

        Assert.Equal(1, exit);
        using JsonDocument sarif = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        JsonElement result = run.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("CG0001", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("Wiki-link target 'nowhere' matches no note by file name, title or alias", result.GetProperty("message").GetProperty("text").GetString());
        JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(Path.Combine(notes.Notes, "index.md")).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        JsonElement region = location.GetProperty("region");
        Assert.Equal((6, 5, 6, 16), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("CG0001", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Json_ListsNotesTotalsAndDiagnosticsWithRelativePaths()
    {
        using var notes = Corpus();

        var (_, output, _) = notes.Run("check", "notes", "-f", "json");

        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("notes").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        JsonElement diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(("CG0001", "error", "notes/index.md", 6, 5), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(),
            diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void GitHub_WritesWorkflowAnnotations_WithEscapedText()
    {
        using var notes = new TempNotes().Write("notes/a.md", TempNotes.Note("A", "See [[100%, sure]].\n"));

        var (exit, output, _) = notes.Run("check", "notes", "--format", "github");

        Assert.Equal(1, exit);
        Assert.Equal("::error file=notes/a.md,line=4,col=5,endLine=4,endColumn=19,title=CG0001 Broken wiki-link::"
            + "Wiki-link target '100%25, sure' matches no note by file name, title or alias\n", output);
    }

    [Fact]
    public void Output_IsTheSame_RunAfterRun()
    {
        using var notes = Corpus();
        notes.Write("notes/z/more.md", TempNotes.Note("More", "[[gone]] [[also gone]] <a class=\"yt-timestamp\" data-t=\"1:2\">[x]</a>\n"));

        Assert.Equal(notes.Run("check", "notes", "-f", "sarif").Out, notes.Run("check", "notes", "-f", "sarif").Out);
    }
}
