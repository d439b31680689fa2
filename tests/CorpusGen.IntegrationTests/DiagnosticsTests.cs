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
    private const string HelpLink = "https://github.com/CorpusGen/CorpusGen/blob/main/README.md#";

    private readonly PackageFixture _package;

    public DiagnosticsTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task BrokenLinkAndMalformedTimestamps_FailTheBuild_WithFileLineColumnErrors()
    {
        Consumer consumer = CreateBrokenHandbook("handbook-broken");

        CommandResult build = await consumer.BuildAsync();

        Assert.True(build.ExitCode != 0, build.ToString());
        string note = consumer.FullPath("notes/index.md");
        string project = consumer.ProjectPath;
        Assert.Equal(
            Lines(
                $"{note}(5,25): error CG0001: Wiki-link target 'nowhere' matches no note by file name, title or alias ({HelpLink}cg0001) [{project}]",
                $"{note}(7,20): error CG0002: Timestamp label '1:75' is not a valid time: seconds are 60 or more ({HelpLink}cg0002) [{project}]",
                $"{note}(7,31): error CG0003: Timestamp anchor has data-t=\"00:02:00\" but its label reads [02:30] ({HelpLink}cg0003) [{project}]"),
            DiagnosticLines(build));
    }

    [Fact]
    public async Task SeveritiesLoweredInGlobalConfig_LetANoteWithBrokenLinksBuild()
    {
        Consumer consumer = CreateBrokenHandbook("handbook-lowered")
            .Write(".globalconfig", """
                is_global = true

                # CorpusGen: a broken link or a bad timestamp label warns instead of failing the build.
                dotnet_diagnostic.CG0001.severity = warning
                dotnet_diagnostic.CG0002.severity = warning
                dotnet_diagnostic.CG0003.severity = none

                """);

        CommandResult build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        string note = consumer.FullPath("notes/index.md");
        string project = consumer.ProjectPath;
        Assert.Equal(
            Lines(
                $"{note}(5,25): warning CG0001: Wiki-link target 'nowhere' matches no note by file name, title or alias ({HelpLink}cg0001) [{project}]",
                $"{note}(7,20): warning CG0002: Timestamp label '1:75' is not a valid time: seconds are 60 or more ({HelpLink}cg0002) [{project}]"),
            DiagnosticLines(build));

        CommandResult run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Index links to: Setup guide\n", run.Output);
    }

    private Consumer CreateBrokenHandbook(string folder) =>
        _package.CreateConsumer(folder)
            .WriteProject()
            .Write("notes/index.md", SampleNotes.Broken)
            .Write("notes/guides/setup.md", SampleNotes.Setup)
            .Write("Program.cs", """
                using Handbook;

                Console.WriteLine($"{Notes.Index.Title} links to: {string.Join(", ", Notes.Index.Links.Where(l => l.Target is not null).Select(l => l.Target.Title))}");

                """);

    /// <summary>The distinct error and warning lines in MSBuild's output, sorted (MSBuild repeats them in its summary).</summary>
    private static string DiagnosticLines(CommandResult build) =>
        Lines(build.DistinctLines
            .Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning ", StringComparison.Ordinal))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToArray());

    /// <summary>One line each: a failure then shows the whole difference.</summary>
    private static string Lines(params string[] lines) => string.Join("\n", lines);
}
