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
