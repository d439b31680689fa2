using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.EndToEnd;

/// <summary>The repository's own notes/: the real corpus of this repo must build clean, and the demo must read it.</summary>
public sealed class NotesFolderTests
{
    [Fact]
    public void NotesFolder_GeneratesWithNoDiagnostic_AndCompilesClean()
    {
        CorpusRun run = GeneratorHarness.Run(GeneratorHarness.ReadDirectory(TestPaths.Notes));
        Assert.Empty(run.DiagnosticLines);
        Assert.Empty(run.CompilationProblems);
        var notes = run.LoadNotes();
        Assert.Equal(26, notes.Count);
        Assert.All(notes.SelectMany(n => n.Links), link => Assert.NotNull(link.Target));
    }

    [Fact]
    public void NotesFolder_HoldsTheSeedsWithOnlyTheDocumentedCorrections()
    {
        string Seed(string prefix) => File.ReadAllText(Directory.EnumerateFiles(TestPaths.Seeds, prefix + "_*").Single());
        string Note(string path) => File.ReadAllText(Path.Combine(TestPaths.Notes, path));

        Assert.Equal(Seed("000"), Note("redpointai/open_source_models_versus_proprietary_ai_models.md"));
        Assert.Equal(Seed("001"), Note("redpointai/the_role_and_potential_of_open_source_models_in_ai.md"));
        Assert.Equal(Seed("002"), Note("hu-po/open_source_vs_proprietary_ai_models.md"));
        Assert.Equal("---\ntitle: Will open-source AI beat proprietary models?\n---\n\n" + Seed("003"), Note("essays/will_open_source_ai_beat_proprietary_models.md"));
        Assert.Equal(Seed("004").Replace("data-t=\"08:43:00\">[08:43:48]", "data-t=\"08:43:00\">[08:43:00]").Replace("â€“", "–"),
            Note("redpointai/challenges_and_opportunities_in_ai_development.md"));
    }

    [Fact]
    public void DemoApp_RunsOverTheNotes_AndPrintsRealData()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var start = new ProcessStartInfo("dotnet", $"run --project src/CorpusGen.Demo -c {configuration}")
        {
            WorkingDirectory = TestPaths.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "demo timed out");
        Assert.True(process.ExitCode == 0, output + stderr.Result);

        Assert.Contains("26 notes in 3 folders", output);
        Assert.Contains("# Open source models versus proprietary AI models  (redpointai/open_source_models_versus_proprietary_ai_models.md)", output);
        Assert.Contains("→ Open source AI models and limitations (redpointai/open_source_ai_models_and_limitations) ×8, first at line 8", output);
        Assert.Contains("[00:02:21] 00:02:21 in 'Value Accrual in the AI Ecosystem' → https://www.youtube.com/watch?v=MvxtIIqJRUQ&t=141s", output);
        Assert.Contains("Lookup by id: Meta AI research", output);
    }
}
