using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace CorpusGen.IntegrationTests.Infrastructure;

/// <summary>
/// Once per test run: packs CorpusGen from this clone into a fresh local folder feed and prepares the
/// temporary folder the consumer projects live in. Every consumer restores into its own fresh
/// NUGET_PACKAGES folder, so a CorpusGen package cached by an earlier run can never be picked up.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    /// <summary>Set CORPUSGEN_KEEP_TEST_FILES=1 to keep the temporary folder for inspection.</summary>
    private static readonly bool s_keep = Environment.GetEnvironmentVariable("CORPUSGEN_KEEP_TEST_FILES") == "1";

    private static readonly Regex s_sourceHeader = new(@"^\s*\d+\.\s+(?<name>.+?)\s+\[(?<state>Enabled|Disabled)\]\s*$", RegexOptions.CultureInvariant);

    /// <summary>The project the README's <c>dotnet pack</c> step names, relative to the repository root.</summary>
    public const string PackProject = "src/CorpusGen.Runtime";

    /// <summary>The run's temporary folder (outside the repository and its Directory.Build.* files).</summary>
    public string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "corpusgen-it", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The local folder feed holding the freshly packed CorpusGen.&lt;version&gt;.nupkg.</summary>
    public string Feed => Path.Combine(TempRoot, "feed");

    /// <summary>The package file itself.</summary>
    public string PackagePath { get; private set; } = "";

    /// <summary>The version the pack produced (from Directory.Build.props).</summary>
    public string Version { get; private set; } = "";

    /// <summary>The sources <c>dotnet nuget list source</c> reports as enabled on this machine (name, url).</summary>
    public IReadOnlyList<(string Name, string Url)> DefaultSources { get; private set; } = Array.Empty<(string, string)>();

    /// <summary>The pack command's result, for timing and for failure messages.</summary>
    public CommandResult Pack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        // Stop MSBuild's upward search for Directory.Build.* here: a stray one in the temp folder would change the consumers.
        File.WriteAllText(Path.Combine(TempRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(TempRoot, "Directory.Build.targets"), "<Project />\n");

        // The README's pack step, into this run's feed. --artifacts-path keeps the build out of the
        // repository's bin/obj, so the test neither races nor reuses another build of the same sources.
        Pack = await DotNet.RunAsync(RepoPaths.Root, null,
            "pack", PackProject, "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(TempRoot, "artifacts"), "-tl:off", "-nologo");
        Assert.True(Pack.ExitCode == 0, Pack.ToString());

        string[] packages = Directory.GetFiles(Feed, "*.nupkg");
        Assert.True(packages.Length == 1, $"expected one package in the feed, found: {string.Join(", ", packages.Select(Path.GetFileName))}");
        PackagePath = packages[0];
        Match match = Regex.Match(Path.GetFileName(PackagePath), @"^CorpusGen\.(?<version>\d+\.\d+\.\d+.*)\.nupkg$");
        Assert.True(match.Success, "unexpected package file name " + Path.GetFileName(PackagePath));
        Version = match.Groups["version"].Value;

        // The machine's own sources, so that anything besides CorpusGen restores as it does for any project.
        CommandResult list = await DotNet.RunAsync(TempRoot, null, "nuget", "list", "source");
        Assert.True(list.ExitCode == 0, list.ToString());
        DefaultSources = ParseEnabledSources(list.Output);
    }

    public Task DisposeAsync()
    {
        if (!s_keep)
        {
            try
            {
                Directory.Delete(TempRoot, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open must not fail the run; the folder is under the temp directory.
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// A new consumer in its own folder of the run's temporary folder; its project (named
    /// <paramref name="projectName"/>, which is also the generated namespace) restores into its own NUGET_PACKAGES folder.
    /// </summary>
    public Consumer CreateConsumer(string folder, string projectName = "Handbook") => new(this, folder, projectName);

    /// <summary>
    /// The nuget.config a consumer uses: the README's, with this run's feed and the machine's sources.
    /// Source mapping sends CorpusGen to the local feed only, so a package of that name on another
    /// source can never be picked instead.
    /// </summary>
    public string NuGetConfig() => NuGetConfig(Feed, DefaultSources);

    /// <summary>A nuget.config with the CorpusGen feed first, then <paramref name="sources"/>, and source mapping.</summary>
    public static string NuGetConfig(string feed, IReadOnlyList<(string Name, string Url)> sources)
    {
        var lines = new List<string>
        {
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<configuration>",
            "  <packageSources>",
            "    <clear />",
            $"    <add key=\"corpusgen-local\" value=\"{feed}\" />",
        };
        lines.AddRange(sources.Select(s => $"    <add key=\"{s.Name}\" value=\"{s.Url}\" />"));
        lines.Add("  </packageSources>");
        lines.Add("  <packageSourceMapping>");
        lines.Add("    <packageSource key=\"corpusgen-local\"><package pattern=\"CorpusGen\" /></packageSource>");
        lines.AddRange(sources.Select(s => $"    <packageSource key=\"{s.Name}\"><package pattern=\"*\" /></packageSource>"));
        lines.Add("  </packageSourceMapping>");
        lines.Add("</configuration>");
        return string.Join("\n", lines) + "\n";
    }

    internal static IReadOnlyList<(string Name, string Url)> ParseEnabledSources(string output)
    {
        var sources = new List<(string, string)>();
        string[] lines = output.Split('\n');
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            Match header = s_sourceHeader.Match(lines[i]);
            if (header.Success && header.Groups["state"].Value == "Enabled")
            {
                sources.Add((header.Groups["name"].Value, lines[i + 1].Trim()));
            }
        }
        return sources;
    }
}

/// <summary>All package tests share one pack and run one after the other (they build on 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "CorpusGen package";
}
