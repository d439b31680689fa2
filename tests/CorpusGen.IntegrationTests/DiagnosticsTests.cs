using System;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.IntegrationTests.Infrastructure;
using Xunit;

namespace CorpusGen.IntegrationTests;

/// <summary>Diagnostics on notes, as MSBuild prints them to a consumer of the package, and how a consumer tunes them.</summary>
[Collection(PackageCollection.Name)]
public sealed class DiagnosticsTests
{
    private readonly PackageFixture _package;

    public DiagnosticsTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task BrokenLinkAndMalformedTimestamps_FailTheBuild_WithFileLineColumnErrors()
    {
        Consumer consumer = CreateBrokenHandbook("handbook-broken");

        CommandResult build = await consumer.BuildAsync();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(Lines(SampleNotes.BrokenErrors(consumer.FullPath("notes/index.md"), consumer.ProjectPath)), DiagnosticLines(build));
    }

    [Fact]
    public async Task SeveritiesLoweredInGlobalConfig_LetANoteWithBrokenLinksBuild()
    {
        Consumer consumer = CreateBrokenHandbook("handbook-lowered")
            .Write(".globalconfig", SampleNotes.LoweringGlobalConfig);

        CommandResult build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(Lines(SampleNotes.LoweredWarnings(consumer.FullPath("notes/index.md"), consumer.ProjectPath)), DiagnosticLines(build));

        CommandResult run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Index links to: Setup guide\n", run.Output);
    }

    [Fact]
    public async Task SeverityPerFolder_FromEditorConfigSections_AppliesToThatFolder()
    {
        // The compiler applies .editorconfig sections to C# files only; CorpusGen reads its own key from the
        // sections that match each note. The later section wins for notes both match.
        Consumer consumer = _package.CreateConsumer("handbook-per-folder").WriteProject()
            .Write("notes/index.md", "---\ntitle: Index\n---\nSee [[nowhere]].\n")
            .Write("notes/archive/old.md", "---\ntitle: Old\n---\nSee [[gone]] and [[also gone]].\n")
            .Write("notes/archive/muted/older.md", "---\ntitle: Older\n---\nSee [[lost]].\n")
            .Write(".editorconfig", "root = true\n\n[notes/archive/**.md]\ncorpusgen_severity.CG0001 = warning\n\n[notes/archive/muted/*.md]\ncorpusgen_severity.CG0001 = none\n")
            .Write("Program.cs", "System.Console.WriteLine(Handbook.Notes.All.Count);\n");

        CommandResult build = await consumer.BuildAsync();

        string Line(string note, int column, string severity, string target) =>
            $"{consumer.FullPath(note)}(4,{column}): {severity} CG0001: Wiki-link target '{target}' matches no note by file name, title or alias "
            + $"(https://github.com/CorpusGen/CorpusGen/blob/main/README.md#cg0001) [{consumer.ProjectPath}]";
        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(Lines(new[]
        {
            Line("notes/archive/old.md", 5, "warning", "gone"),
            Line("notes/archive/old.md", 18, "warning", "also gone"),
            Line("notes/index.md", 5, "error", "nowhere"),
        }.OrderBy(l => l, StringComparer.Ordinal).ToArray()), DiagnosticLines(build));
    }

    private Consumer CreateBrokenHandbook(string folder) =>
        _package.CreateConsumer(folder)
            .WriteProject()
            .Write("notes/index.md", SampleNotes.Broken)
            .Write("notes/welcome.md", SampleNotes.Welcome)
            .Write("notes/guides/setup.md", SampleNotes.Setup)
            .Write("Program.cs", SampleNotes.BrokenProgram);

    /// <summary>The distinct error and warning lines in MSBuild's output, sorted (MSBuild repeats them in its summary).</summary>
    private static string DiagnosticLines(CommandResult build) =>
        Lines(build.DistinctLines
            .Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning ", StringComparison.Ordinal))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray());

    /// <summary>One line each: a failure then shows the whole difference.</summary>
    private static string Lines(params string[] lines) => string.Join("\n", lines);
}
