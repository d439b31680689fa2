using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CorpusGen.IntegrationTests.Infrastructure;
using Xunit;

namespace CorpusGen.IntegrationTests;

/// <summary>
/// The corpusgen tool as a user gets it: packed with <c>dotnet pack</c>, installed with <c>dotnet tool install</c>
/// from that local feed, and run on a project's notes, where it must report exactly what the build reports.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ToolTests
{
    private const string ToolProject = "src/CorpusGen.Cli";

    private readonly PackageFixture _package;

    public ToolTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task InstalledTool_ReportsExactlyTheBuildsDiagnostics_InSarif()
    {
        string toolFeed = Path.Combine(_package.TempRoot, "tool-feed");
        string toolPath = Path.Combine(_package.TempRoot, "tools");
        CommandResult pack = await DotNet.RunAsync(RepoPaths.Root, null, "pack", ToolProject, "-c", "Release", "-o", toolFeed,
            "--artifacts-path", Path.Combine(_package.TempRoot, "tool-artifacts"), "-tl:off", "-nologo");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Single(Directory.GetFiles(toolFeed, "CorpusGen.Cli.*.nupkg"));

        // The tool's own nuget.config: its feed and the machine's sources, no source mapping.
        string installDir = Path.Combine(_package.TempRoot, "tool-install");
        Directory.CreateDirectory(installDir);
        File.WriteAllText(Path.Combine(installDir, "nuget.config"), PackageFixture.NuGetConfig(toolFeed, _package.DefaultSources)
            .Replace("<package pattern=\"CorpusGen\" />", "<package pattern=\"CorpusGen.Cli\" />"));
        CommandResult install = await DotNet.RunAsync(installDir, null, "tool", "install", "CorpusGen.Cli", "--tool-path", toolPath, "--version", _package.Version);
        Assert.True(install.ExitCode == 0, install.ToString());

        Consumer consumer = _package.CreateConsumer("tool-vs-build").WriteProject()
            .Write("Program.cs", "System.Console.WriteLine(Handbook.Notes.All.Count);\n")
            .Write("notes/index.md", SampleNotes.Broken)
            .Write("notes/welcome.md", SampleNotes.Welcome)
            .Write("notes/guides/setup.md", SampleNotes.Setup)
            .Write("notes/archive/old.md", "---\ntitle: Old\n---\nSee [[gone]], [[Setup guide#Nope]] and <a class=\"yt-timestamp\" data-t=\"1:2\">[1:2]</a>.\n")
            .Write("notes/noyaml.md", "No front matter, a [[welcome]] link.\n")
            .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CG0003.severity = warning\ndotnet_diagnostic.CG0004.severity = none\n")
            .Write(".editorconfig", "root = true\n[notes/archive/*.md]\ncorpusgen_severity.CG0001 = warning\ncorpusgen_severity.CG0009 = none\n");

        CommandResult build = await consumer.BuildAsync("-p:ErrorLog=build.sarif%2Cversion%3D2.1");
        Assert.NotEqual(0, build.ExitCode); // the notes have errors
        CommandResult check = await RunTool(toolPath, consumer.Directory, "check", "notes", "--format", "sarif", "--output", "tool.sarif");
        Assert.True(check.ExitCode == 1, check.ToString());

        List<string> fromBuild = Results(consumer.FullPath("build.sarif"));
        List<string> fromTool = Results(consumer.FullPath("tool.sarif"));
        Assert.True(fromBuild.Count >= 5, "the build reported too little to compare:\n" + string.Join("\n", fromBuild));
        Assert.Contains(fromBuild, r => r.StartsWith("CG0003 warning", StringComparison.Ordinal)); // the global config applies to both
        Assert.DoesNotContain(fromBuild, r => r.StartsWith("CG0004", StringComparison.Ordinal));
        Assert.Contains(fromBuild, r => r.StartsWith("CG0001 warning", StringComparison.Ordinal) && r.Contains("archive/old.md", StringComparison.Ordinal)); // the folder's severity
        Assert.DoesNotContain(fromBuild, r => r.StartsWith("CG0009", StringComparison.Ordinal));
        Assert.Equal(fromBuild, fromTool);

        CommandResult text = await RunTool(toolPath, consumer.Directory, "check", "notes");
        Assert.Contains("notes/index.md(5,25): error CG0001: Wiki-link target 'nowhere'", text.Output);
    }

    /// <summary>CorpusGen's results of a SARIF 2.1 log, one line each: rule, level, file, region, message; sorted.</summary>
    private static List<string> Results(string sarifPath)
    {
        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = new List<string>();
        foreach (JsonElement run in sarif.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (JsonElement result in run.GetProperty("results").EnumerateArray())
            {
                string rule = result.GetProperty("ruleId").GetString()!;
                if (!rule.StartsWith("CG", StringComparison.Ordinal))
                {
                    continue;
                }
                string where = "";
                if (result.TryGetProperty("locations", out JsonElement locations) && locations.GetArrayLength() > 0)
                {
                    JsonElement physical = locations[0].GetProperty("physicalLocation");
                    JsonElement region = physical.GetProperty("region");
                    where = $"{physical.GetProperty("artifactLocation").GetProperty("uri").GetString()}({region.GetProperty("startLine")},{region.GetProperty("startColumn")}-{region.GetProperty("endLine")},{region.GetProperty("endColumn")})";
                }
                results.Add($"{rule} {result.GetProperty("level").GetString()} {where} {result.GetProperty("message").GetProperty("text").GetString()}");
            }
        }
        results.Sort(StringComparer.Ordinal);
        return results;
    }

    private static async Task<CommandResult> RunTool(string toolPath, string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Path.Combine(toolPath, "corpusgen"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        var watch = Stopwatch.StartNew();
        using Process process = Process.Start(startInfo)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CommandResult("corpusgen " + string.Join(" ", arguments), process.ExitCode, await output + await error, watch.Elapsed);
    }
}
