using CorpusGen.Cli.Workspace;
using Xunit;

namespace CorpusGen.Cli.Tests;

/// <summary>Section globs as EditorConfig (and the compiler) match them, and the severities the tool takes from them.</summary>
public sealed class EditorConfigTests
{
    [Theory]
    [InlineData("*.md", "/r/a.md", true)]
    [InlineData("*.md", "/r/x/y/a.md", true)] // no '/': the file name, in any folder
    [InlineData("notes/*.md", "/r/notes/a.md", true)]
    [InlineData("notes/*.md", "/r/notes/x/a.md", false)]
    [InlineData("notes/**.md", "/r/notes/x/a.md", true)]
    [InlineData("notes/**/*.md", "/r/notes/a.md", true)]
    [InlineData("/notes/archive/**", "/r/notes/archive/2020/a.md", true)]
    [InlineData("{a,b}.md", "/r/b.md", true)]
    [InlineData("note{1..3}.md", "/r/note2.md", true)]
    [InlineData("note{1..3}.md", "/r/note4.md", false)]
    [InlineData("[ab].md", "/r/a.md", true)]
    [InlineData("[!ab].md", "/r/a.md", false)]
    [InlineData("a?.md", "/r/ab.md", true)]
    [InlineData("*.md", "/other/a.md", false)] // outside the config's folder
    public void Glob_MatchesAsEditorConfigDoes(string glob, string path, bool matches)
    {
        Assert.Equal(matches, EditorConfigSeverities.GlobToRegex("/r", glob).IsMatch(path));
    }

    [Fact]
    public void Check_TakesEachNotesFolderSeverity_FromTheNearestMatchingSection()
    {
        using var notes = new TempNotes()
            .Write("notes/index.md", TempNotes.Note("Index", "See [[nowhere]].\n"))
            .Write("notes/archive/old.md", TempNotes.Note("Old", "See [[gone]].\n"))
            .Write("notes/archive/muted/older.md", TempNotes.Note("Older", "See [[lost]].\n"))
            .Write(".editorconfig", "root = true\n[notes/archive/**.md]\ncorpusgen_severity.CG0001 = warning\n")
            .Write("notes/archive/muted/.editorconfig", "[*.md]\ncorpusgen_severity.cg0001 = none\n");

        var (exit, output, _) = notes.Run("check", "notes");

        Assert.Equal(1, exit);
        Assert.Equal(
            "notes/archive/old.md(4,5): warning CG0001: Wiki-link target 'gone' matches no note by file name, title or alias\n"
            + "notes/index.md(4,5): error CG0001: Wiki-link target 'nowhere' matches no note by file name, title or alias\n",
            output);
    }

    [Fact]
    public void GlobalConfigEntry_WinsOverTheFoldersSeverity_AsInTheCompiler()
    {
        using var notes = new TempNotes()
            .Write("notes/archive/old.md", TempNotes.Note("Old", "See [[gone]].\n"))
            .Write(".editorconfig", "root = true\n[notes/archive/*.md]\ncorpusgen_severity.CG0001 = warning\n")
            .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0001.severity = error\n");

        Assert.StartsWith("notes/archive/old.md(4,5): error CG0001", notes.Run("check", "notes").Out);
    }
}
