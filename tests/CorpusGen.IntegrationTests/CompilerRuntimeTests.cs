using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.IntegrationTests.Infrastructure;
using Xunit;

namespace CorpusGen.IntegrationTests;

/// <summary>
/// CorpusGen.targets runs a compiler process of the build's own with DOTNET_TieredCompilation=0 once a
/// project has 2 000 notes or more (docs/performance.md: "Build time: the compiler's runtime"): which builds get it, and that it reaches csc.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerRuntimeTests
{
    private const string TieredCompilationOff = "DOTNET_TieredCompilation=0";

    private readonly PackageFixture _package;

    public CompilerRuntimeTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task TieredCompilationIsTurnedOff_FromTwoThousandNotes_UnlessTheUserDecides()
    {
        Consumer consumer = _package.CreateConsumer("compiler-runtime").WriteProject();
        for (int i = 0; i < 1999; i++)
        {
            consumer.Write($"notes/n{i / 500}/note_{i.ToString(CultureInfo.InvariantCulture)}.md", $"---\ntitle: Note {i}\n---\n");
        }
        CommandResult restore = await consumer.MSBuildAsync("-t:Restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        Assert.Equal("", await CscEnvironmentAsync(consumer));

        consumer.Write("notes/the_2000th.md", "---\ntitle: The 2000th\n---\n");
        Assert.Equal(";" + TieredCompilationOff, await CscEnvironmentAsync(consumer));
        // The user's own variables for csc are kept.
        Assert.Equal("CORPUSGEN_TEST=1;" + TieredCompilationOff, await CscEnvironmentAsync(consumer, "-p:CscEnvironment=CORPUSGEN_TEST=1"));

        // Left alone: when the user says so, when the compiler server runs the compilation, and when the
        // variable is already set (an environment variable is an MSBuild property of the same name).
        Assert.Equal("", await CscEnvironmentAsync(consumer, "-p:CorpusGenCompilerTieredCompilation=true"));
        Assert.Equal("", await CscEnvironmentAsync(consumer, "-p:UseSharedCompilation=true"));
        Assert.Equal("", await CscEnvironmentAsync(consumer, "-p:DOTNET_TieredCompilation=1"));
        Assert.Equal("DOTNET_TieredCompilation=1", await CscEnvironmentAsync(consumer, "-p:CscEnvironment=DOTNET_TieredCompilation=1"));
    }

    [Fact]
    public async Task ForcedOff_ReachesTheCompilerProcess_AndTheBuildSucceeds()
    {
        Consumer consumer = _package.CreateConsumer("compiler-runtime-forced")
            .WriteProject()
            .Write("notes/welcome.md", SampleNotes.Welcome)
            .Write("notes/guides/setup.md", SampleNotes.Setup)
            .Write("Program.cs", SampleNotes.Program);

        // Two notes: below the threshold, csc runs with the runtime's defaults...
        CommandResult byDefault = await consumer.BuildAsync("-v:d");
        Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
        Assert.DoesNotContain(TieredCompilationOff, byDefault.Output, StringComparison.Ordinal);

        // ...and with the property set to false it gets the variable (MSBuild logs what a tool is given).
        CommandResult forced = await consumer.BuildAsync("-v:d", "--no-incremental", "-p:CorpusGenCompilerTieredCompilation=false");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        string[] lines = forced.Output.Split('\n').Select(l => l.Trim()).ToArray();
        int passed = Array.IndexOf(lines, "Environment Variables passed to tool:");
        Assert.True(passed >= 0, forced.ToString());
        Assert.Contains(TieredCompilationOff, lines.Skip(passed + 1).TakeWhile(l => l.Contains('=', StringComparison.Ordinal)));

        CommandResult run = await consumer.RunAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(SampleNotes.ProgramOutput, run.Output);
    }

    /// <summary>CscEnvironment after CorpusGen's target ran, for a compiler process of the build's own.</summary>
    private static async Task<string> CscEnvironmentAsync(Consumer consumer, params string[] properties)
    {
        CommandResult result = await consumer.MSBuildAsync(
            ["-t:CorpusGenTuneCompilerRuntime", "-getProperty:CscEnvironment", "-p:UseSharedCompilation=false", .. properties]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Trim();
    }
}
