using System.IO;
using Xunit;

namespace CorpusGen.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void MissingFolder_IsAUsageError()
    {
        using var notes = new TempNotes();

        var (exit, output, error) = notes.Run("check", "no-such-folder");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"corpusgen: the folder '{Path.Combine(notes.Root, "no-such-folder")}' does not exist\n", error);
    }

    [Fact]
    public void FolderWithoutNotes_IsAUsageError()
    {
        using var notes = new TempNotes().Write("notes/readme.txt", "not a note");

        var (exit, _, error) = notes.Run("stats", "notes");

        Assert.Equal(2, exit);
        Assert.Contains("no notes (*.md files) under", error);
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--format", "xml")]
    [InlineData("lint")]
    public void UnknownCommandOptionOrValue_IsAUsageError(params string[] args)
    {
        using var notes = new TempNotes().Write("notes/a.md", TempNotes.Note("A", "x\n"));

        var (exit, _, error) = notes.Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("corpusgen: ", error);
        Assert.Contains("corpusgen --help", error);
    }

    [Fact]
    public void PropertyWithoutValue_IsAUsageError()
    {
        using var notes = new TempNotes().Write("notes/a.md", TempNotes.Note("A", "x\n"));

        var (exit, _, error) = notes.Run("check", "notes", "-p", "CorpusGenMaxDiagnostics");

        Assert.Equal(2, exit);
        Assert.Equal("corpusgen: --property takes Name=Value, not 'CorpusGenMaxDiagnostics'\n", error);
    }

    [Fact]
    public void UnreadableNote_IsReportedOnItsFile_AndTheOthersAreStillChecked()
    {
        using var notes = new TempNotes().Write("notes/good.md", TempNotes.Note("Good", "See [[missing]].\n"));
        File.CreateSymbolicLink(Path.Combine(notes.Notes, "gone.md"), Path.Combine(notes.Root, "does-not-exist.md")); // listed, but cannot be read

        var (exit, output, _) = notes.Run("check", "notes");

        Assert.Equal(1, exit);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("notes/gone.md(1,1): error CG0012: Note could not be processed: the file could not be read (", lines[0]);
        Assert.StartsWith("notes/good.md(4,5): error CG0001: Wiki-link target 'missing'", lines[1]);
    }

    [Fact]
    public void NotesUnderBinAndObj_AreSkipped_AsByTheBuildsGlob()
    {
        using var notes = new TempNotes()
            .Write("notes/a.md", TempNotes.Note("A", "x\n"))
            .Write("notes/bin/b.md", TempNotes.Note("B", "[[broken]]\n"))
            .Write("notes/sub/obj/c.md", TempNotes.Note("C", "[[broken]]\n"));

        var (exit, _, error) = notes.Run("check", "notes");

        Assert.Equal(0, exit);
        Assert.StartsWith("1 note checked", error);
    }
}
