using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Cli.Workspace;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Cli.Tests;

/// <summary>The real corpus (../shared/real beside the repository) checked under each resolution rule, uncapped.</summary>
public sealed class RealCorpusRuleTotalsTests
{
    private static readonly string s_real = Path.GetFullPath(Path.Combine(TempNotes.RepoRoot, "..", "shared", "real", "tubegraph", "content"));

    private readonly ITestOutputHelper _output;

    public RealCorpusRuleTotalsTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void RealCorpus_TotalsPerRule_UnderTheObsidianAndTheQuartzRules()
    {
        Skip.IfNot(Directory.Exists(s_real), "the real corpus (../shared/real/tubegraph/content) is not beside the repository");
        List<string> files = NoteFolder.FindNotes(s_real);
        var totals = new Dictionary<string, Dictionary<string, int>>();
        foreach (string rule in new[] { "obsidian", "quartz" })
        {
            var properties = new Dictionary<string, string>
            {
                ["CorpusGenLinkResolution"] = rule,
                ["CorpusGenMaxDiagnostics"] = "0",
                ["CorpusGenMaxDiagnosticsPerFile"] = "0",
            };
            CheckResult result = CorpusCheck.Run(s_real, files, new AnalyzerConfig(), properties);
            totals[rule] = result.Diagnostics.GroupBy(d => d.Info.Id).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
            _output.WriteLine($"{rule}: " + string.Join(", ", totals[rule].Select(p => $"{p.Key} {p.Value}")));
        }

        Assert.Equal(21273, files.Count);
        Assert.True(totals["quartz"]["CG0001"] > totals["obsidian"]["CG0001"], "the site's stricter rule finds more broken links");
        Assert.False(totals["quartz"].ContainsKey("CG0015"), "Quartz has no ambiguous link: a shared name is a path from the root");
        Assert.Equal(totals["obsidian"]["CG0019"], totals["quartz"]["CG0019"]); // the link rule changes links only
    }
}
