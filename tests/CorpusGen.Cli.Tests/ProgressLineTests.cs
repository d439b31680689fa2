using System.IO;
using System.Threading;
using CorpusGen.Cli.Output;
using Xunit;

namespace CorpusGen.Cli.Tests;

/// <summary>Progress shows only on a terminal and only once a run has taken two seconds; it clears its line at the end.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void OnATerminal_ALongRunShowsNotesDoneOfTotal_ThenClearsTheLine()
    {
        var terminal = new StringWriter();
        using (var progress = new ProgressLine(terminal, "checking notes", 10))
        {
            progress.Report(4);
            Thread.Sleep(2600); // past the two seconds before anything is shown
        }

        string written = terminal.ToString();
        Assert.Contains("\rchecking notes: 4 / 10", written);
        Assert.EndsWith("\r", written);
    }

    [Fact]
    public void RedirectedOutput_GetsNoProgress()
    {
        var (exit, _, error) = Run();
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\r", error);

        static (int, string, string) Run()
        {
            using var notes = new TempNotes().Write("notes/a.md", TempNotes.Note("A", "x\n"));
            return notes.Run("check", "notes"); // TempNotes passes no terminal, as a redirected run has none
        }
    }
}
