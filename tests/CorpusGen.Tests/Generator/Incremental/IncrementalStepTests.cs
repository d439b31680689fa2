using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator;
using CorpusGen.Tests.Emit;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Incremental;

/// <summary>
/// Cache behaviour with step tracking: which per-note steps re-ran after an edit, add, rename or delete.
/// Reasons per output: Cached (not re-run), Unchanged (re-run, equal result), Modified, New, Removed.
/// </summary>
public sealed class IncrementalStepTests
{
    internal static (CorpusRun Run, Dictionary<string, AdditionalText> Texts) Start()
    {
        var texts = SmallCorpus.Files.ToDictionary(f => f.RelativePath, f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.NotesRoot + f.RelativePath, f.Text));
        return (GeneratorHarness.Run(texts.Values), texts);
    }

    internal static IncrementalStepRunReason[] ParseReasons(CorpusRun run) =>
        run.Result.Results.Single().TrackedSteps[TrackingNames.ParseNote]
            .SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();

    private static IncrementalStepRunReason[] FolderReasons(CorpusRun run) =>
        run.Result.Results.Single().TrackedSteps[TrackingNames.Folders]
            .SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();

    [Fact]
    public void SecondRun_WithNoChange_IsAllCached()
    {
        var (run, _) = Start();
        CorpusRun again = run.RunAgain(d => d);
        Assert.All(ParseReasons(again), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(again.Result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void EditingOneNotesBody_ReparsesThatNoteOnly()
    {
        var (run, texts) = Start();
        var edited = new InMemoryAdditionalText(texts["readme.md"].Path, SmallCorpus.Files.Single(f => f.RelativePath == "readme.md").Text + "\nA new line.\n");
        CorpusRun again = run.RunAgain(d => d.ReplaceAdditionalText(texts["readme.md"], edited));

        IncrementalStepRunReason[] reasons = ParseReasons(again);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(3, reasons.Count(r => r == IncrementalStepRunReason.Cached));

        // The channel folder's generated file is unaffected: it is not re-emitted.
        Assert.Contains(IncrementalStepRunReason.Unchanged, FolderReasons(again));
        Assert.Contains("A new line.", again.Sources["Notes.Folder.g.cs"]);
    }

    [Fact]
    public void EditingANotesBody_LeavesTheFolderSeveritiesStepCached()
    {
        // Per-note severities come from .editorconfig sections, not from the note's text: an edit must not re-run them.
        var (run, texts) = Start();
        var edited = new InMemoryAdditionalText(texts["readme.md"].Path, SmallCorpus.Files.Single(f => f.RelativePath == "readme.md").Text + "\nMore.\n");
        CorpusRun again = run.RunAgain(d => d.ReplaceAdditionalText(texts["readme.md"], edited));

        IncrementalStepRunReason[] severities = again.Result.Results.Single().TrackedSteps[TrackingNames.Severities]
            .SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();
        Assert.NotEmpty(severities);
        Assert.All(severities, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void AddingANote_ParsesOnlyTheNewNote()
    {
        var (run, _) = Start();
        CorpusRun again = run.RunAgain(d => d.AddAdditionalTexts(new[]
        {
            (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.NotesRoot + "channel/third.md", "---\ntitle: Third\n---\n[[first_talk]]"),
        }.ToImmutableArray()));

        IncrementalStepRunReason[] reasons = ParseReasons(again);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(4, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains("channel/third", again.Sources["Notes.Folder.channel.g.cs"]);
    }

    [Fact]
    public void RenamingANote_ParsesOnlyTheRenamedNote()
    {
        var (run, texts) = Start();
        AdditionalText old = texts["readme.md"];
        var renamed = new InMemoryAdditionalText(GeneratorHarness.NotesRoot + "about.md", old.GetText()!.ToString());
        CorpusRun again = run.RunAgain(d => d.RemoveAdditionalTexts(new[] { old }.ToImmutableArray()).AddAdditionalTexts(new[] { (AdditionalText)renamed }.ToImmutableArray()));

        // The driver pairs inputs by position, so the renamed slot shows as New or Modified: either way one parse.
        IncrementalStepRunReason[] reasons = ParseReasons(again);
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified));
        Assert.Equal(3, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(again.LoadNotes(), n => n.Id == "about");
    }

    [Fact]
    public void DeletingANote_RemovesItsStep_AndItsLinksBreak()
    {
        var (run, texts) = Start();
        CorpusRun again = run.RunAgain(d => d.RemoveAdditionalTexts(new[] { texts["channel/second_talk.md"] }.ToImmutableArray()));

        IncrementalStepRunReason[] reasons = ParseReasons(again);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Removed));
        Assert.Equal(3, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(new[] { "channel/channel.md(6,29): error CG0001", "channel/first_talk.md(16,24): error CG0001" }, again.DiagnosticLines);
    }
}

/// <summary>Counts real parses with the generator instance's own parse cache.</summary>
public sealed class ParseCountingTests
{
    [Fact]
    public void RenamingTheFirstNote_ShiftsEveryOtherInput_ButParsesOnlyTheRenamedNote()
    {
        // Roslyn pairs inputs by position: renaming the first note re-runs the parse step of every note
        // after it. The parse cache must keep that from parsing them again.
        var (run, texts) = IncrementalStepTests.Start();
        AdditionalText first = texts["channel/channel.md"];
        var renamed = new InMemoryAdditionalText(GeneratorHarness.NotesRoot + "zz_last/channel.md", first.GetText()!.ToString());
        int before = run.Generator.ParseCache.ParseCount;
        CorpusRun again = run.RunAgain(d => d.RemoveAdditionalTexts(new[] { first }.ToImmutableArray()).AddAdditionalTexts(new[] { (AdditionalText)renamed }.ToImmutableArray()));

        Assert.True(IncrementalStepTests.ParseReasons(again).Count(r => r != IncrementalStepRunReason.Cached) >= 2, "the rename should shift later inputs");
        Assert.Equal(1, run.Generator.ParseCache.ParseCount - before);
        Assert.Contains(again.LoadNotes(), n => n.Id == "zz_last/channel");
    }

    [Fact]
    public void ANewBuildOfTheCachedDriver_HandsInNewTextObjects_ButParsesOnlyTheEditedNote()
    {
        // The compiler server's driver cache replaces every additional text with a new object on each build:
        // the content checksum, not the object, says which notes are unchanged.
        var (run, texts) = IncrementalStepTests.Start();
        AdditionalText[] fresh = texts.Values
            .Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Path.EndsWith("first_talk.md", System.StringComparison.Ordinal)
                ? t.GetText()!.ToString().Replace("title: First talk", "title: First talk revised", System.StringComparison.Ordinal)
                : t.GetText()!.ToString()))
            .ToArray();
        int before = run.Generator.ParseCache.ParseCount;
        CorpusRun again = run.RunAgain(d => d.ReplaceAdditionalTexts(fresh.ToImmutableArray()));

        Assert.All(IncrementalStepTests.ParseReasons(again), r => Assert.NotEqual(IncrementalStepRunReason.Cached, r));
        Assert.Equal(1, run.Generator.ParseCache.ParseCount - before);
        Assert.Contains(again.Sources.Values, s => s.Contains("First talk revised", System.StringComparison.Ordinal));
    }

}

internal static class ImmutableArrayExtensions
{
    public static System.Collections.Immutable.ImmutableArray<T> ToImmutableArray<T>(this T[] items) =>
        System.Collections.Immutable.ImmutableArray.Create(items);
}
