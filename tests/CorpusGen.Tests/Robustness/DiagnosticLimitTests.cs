using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// Diagnostics stay useful on bad files: one report per problem and place, at most 50 per file and 100 per ID
/// (both MSBuild properties, 0 = no cap), in file order, and one CG0018 summary without location when
/// anything was held back.
/// </summary>
public sealed class DiagnosticLimitTests
{
    /// <summary>A note with <paramref name="count"/> broken links, one per line from line 5.</summary>
    private static string BrokenLinks(string title, int count) =>
        Note(title, "\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"[[missing {i}]]\n")));

    private static Dictionary<string, string> Options(string name, string value) => new() { ["build_property." + name] = value };

    [Fact]
    public void FileWithManyProblems_ReportsTheFirst50InFileOrder_AndOneSummary()
    {
        var inputs = new[] { Robust.Text("flood.md", BrokenLinks("Flood", 200)) }.Concat(Robust.Companions()).ToArray();
        CorpusRun run = Robust.Run(inputs);

        Assert.Equal(Enumerable.Range(5, 50).Select(line => $"flood.md({line},1): error CG0001"), Robust.LinesFor(run, "flood.md"));
        Diagnostic summary = run.Diagnostics.Single(d => d.Id == "CG0018");
        Assert.Equal(Location.None, summary.Location);
        Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
        Assert.Contains("CG0001 broken wiki-link: 200", summary.GetMessage());
        Robust.AssertHealthy(run, inputs);
        Robust.AssertRestOfCorpusGenerated(run, "flood");
    }

    [Fact]
    public void PerFileCap_IsConfigurable()
    {
        var inputs = new[] { Robust.Text("flood.md", BrokenLinks("Flood", 200)) };
        CorpusRun run = Robust.Run(inputs, Options("CorpusGenMaxDiagnosticsPerFile", "10"));

        Assert.Equal(Enumerable.Range(5, 10).Select(line => $"flood.md({line},1): error CG0001"), Robust.LinesFor(run, "flood.md"));
        Assert.Single(run.Diagnostics, d => d.Id == "CG0018");
        Robust.AssertHealthy(run, inputs, maxDiagnosticsPerFile: 10);
    }

    [Fact]
    public void PerFileCapZero_ReportsEverything_WithoutSummary()
    {
        var inputs = new[] { Robust.Text("flood.md", BrokenLinks("Flood", 80)) };
        CorpusRun run = Robust.Run(inputs, Options("CorpusGenMaxDiagnosticsPerFile", "0"));

        Assert.Equal(80, Robust.LinesFor(run, "flood.md").Length);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CG0018");
        Robust.AssertHealthy(run, inputs, maxDiagnosticsPerFile: int.MaxValue);
    }

    [Fact]
    public void ExactlyAtTheCap_NothingIsCut_AndNoSummary()
    {
        var inputs = new[] { Robust.Text("flood.md", BrokenLinks("Flood", 50)) };
        CorpusRun run = Robust.Run(inputs);

        Assert.Equal(50, Robust.LinesFor(run, "flood.md").Length);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CG0018");
    }

    [Fact]
    public void PerIdCap_AcrossTheCorpus_Reports100InFileOrder_AndOneSummary()
    {
        var inputs = new[] { "a.md", "b.md", "c.md" }.Select(p => Robust.Text(p, BrokenLinks(p, 40))).ToArray();
        CorpusRun run = Robust.Run(inputs);

        Assert.Equal(40, Robust.LinesFor(run, "a.md").Length);
        Assert.Equal(40, Robust.LinesFor(run, "b.md").Length);
        Assert.Equal(Enumerable.Range(5, 20).Select(line => $"c.md({line},1): error CG0001"), Robust.LinesFor(run, "c.md"));
        Diagnostic summary = run.Diagnostics.Single(d => d.Id == "CG0018");
        Assert.Contains("CG0001 broken wiki-link: 120", summary.GetMessage());
        Robust.AssertHealthy(run, inputs);
    }

    [Fact]
    public void PerIdCapZero_ReportsEverything()
    {
        var inputs = new[] { "a.md", "b.md", "c.md" }.Select(p => Robust.Text(p, BrokenLinks(p, 40))).ToArray();
        CorpusRun run = Robust.Run(inputs, Options("CorpusGenMaxDiagnostics", "0"));

        Assert.Equal(120, run.Diagnostics.Count(d => d.Id == "CG0001"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CG0018");
    }

    [Fact]
    public void TheSameFileListedTwice_ReportsEachProblemOnce()
    {
        // <AdditionalFiles Include="notes/**/*.md" /> plus an explicit include of one of them.
        string text = Note("Twice", "\n[[missing]] and <a class=\"yt-timestamp\" data-t=\"00:01:00\">[00:02:00]</a>\n");
        var inputs = new[] { Robust.Text("twice.md", text), Robust.Text("twice.md", text) };
        CorpusRun run = Robust.Run(inputs);

        string[] lines = Robust.LinesFor(run, "twice.md");
        Assert.Equal(lines.Distinct(), lines);
        Assert.Contains("twice.md(5,1): error CG0001", lines);
        Assert.Contains("twice.md(5,17): error CG0003", lines);
        Robust.AssertHealthy(run, inputs);
        Assert.Single(run.LoadNotes(), n => n.Id == "twice");
    }

    [Fact]
    public void ManyRepeatedProblemsInOneFile_AreCappedAndFast()
    {
        var body = new StringBuilder("\n");
        for (int i = 0; i < 20_000; i++)
        {
            body.Append("<a class=\"yt-timestamp\" data-t=\"00:01:00\">[00:02:00]</a> [[gone]] [99:99]\n");
        }
        var yaml = Enumerable.Range(0, 2_000).Select(i => "dup: " + i).ToArray();
        var inputs = new[] { Robust.Text("flood.md", Note("Flood", body.ToString(), yaml)) }.Concat(Robust.Companions()).ToArray();

        var watch = Stopwatch.StartNew();
        CorpusRun run = Robust.Run(inputs);
        watch.Stop();

        Assert.InRange(Robust.LinesFor(run, "flood.md").Length, 1, Robust.DefaultMaxDiagnosticsPerFile);
        Assert.Single(run.Diagnostics, d => d.Id == "CG0018");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "took " + watch.Elapsed);
        Robust.AssertHealthy(run, inputs);
        Robust.AssertRestOfCorpusGenerated(run, "flood");
    }
}
