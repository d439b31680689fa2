using System.IO;
using System.Threading;
using CorpusGen.Cli.Output;
using Xunit;

namespace CorpusGen.Cli.Tests;

/// <summary>Progress shows only on a terminal and only once a run has taken a while (two seconds); it clears its line at the end.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void OnATerminal_ALongRunShowsNotesDoneOfTotal_ThenClearsTheLine()
    {
        var terminal = new SyncWriter();
        using (var progress = new ProgressLine(terminal, "checking notes", 10, System.TimeSpan.FromMilliseconds(50)))
        {
            progress.Report(4);
            // The line is drawn by a timer: wait for it (a loaded machine delays timers, so no fixed sleep).
            Assert.True(SpinWait.SpinUntil(() => terminal.Text.Contains("4 / 10", System.StringComparison.Ordinal), 30_000), terminal.Text);
        }

        string written = terminal.Text;
        Assert.Contains("\rchecking notes: 4 / 10", written);
        Assert.EndsWith("\r", written);
    }

    [Fact]
    public void OnATerminal_AShortRunShowsNothing()
    {
        var terminal = new SyncWriter();
        using (var progress = new ProgressLine(terminal, "checking notes", 10))
        {
            progress.Report(10); // done well within the two seconds
        }
        Assert.Equal("", terminal.Text);
    }

    /// <summary>A StringWriter read from the test thread while the timer writes to it.</summary>
    private sealed class SyncWriter : StringWriter
    {
        public string Text
        {
            get
            {
                lock (this)
                {
                    return ToString();
                }
            }
        }

        public override void Write(string? value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }
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
