using System.IO;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Validation;

/// <summary>The five raw seed notes (byte-for-byte fixtures) compiled as one corpus.</summary>
public sealed class SeedCorpusTests
{
    private static CorpusRun RunSeeds() =>
        GeneratorHarness.Run(Directory.EnumerateFiles(TestPaths.Seeds).OrderBy(p => p)
            .Select(p => new NoteFile(Path.GetFileName(p), File.ReadAllText(p))));

    [Fact]
    public void Seeds_AreTheUneditedFixtures()
    {
        string[] names = Directory.EnumerateFiles(TestPaths.Seeds).Select(Path.GetFileName).OrderBy(n => n).ToArray()!;
        Assert.Equal(new[] { "000_b16dc0e8ffdb7ea8.txt", "001_a4add30943053eb1.txt", "002_384c5ab2a0029030.txt", "003_466f9675173e99ca.txt", "004_1ac5883eac1c57cb.txt" }, names);
    }

    [Fact]
    public void Seeds_GiveExactly48BrokenLinks_OneMismatch_OneMissingFrontMatter()
    {
        // .txt files are not notes by extension: feed them under .md names as a user would.
        CorpusRun run = GeneratorHarness.Run(Directory.EnumerateFiles(TestPaths.Seeds).OrderBy(p => p)
            .Select(p => new NoteFile(Path.GetFileNameWithoutExtension(p) + ".md", File.ReadAllText(p))));

        var byId = run.Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, byId.Count);
        Assert.Equal(48, byId["CG0001"]);
        Assert.Equal(1, byId["CG0003"]);
        Assert.Equal(1, byId["CG0004"]);

        string mismatch = run.DiagnosticLines.Single(l => l.EndsWith("CG0003"));
        Assert.Equal("004_1ac5883eac1c57cb.md(20,328): error CG0003", mismatch);
        Assert.Contains("08:43:00", run.Diagnostics.Single(d => d.Id == "CG0003").GetMessage());
        Assert.Contains("08:43:48", run.Diagnostics.Single(d => d.Id == "CG0003").GetMessage());
        Assert.Equal("003_466f9675173e99ca.md(1,1): warning CG0004", run.DiagnosticLines.Single(l => l.EndsWith("CG0004")));

        // One error per [[…]] occurrence, each at its own "[[".
        Assert.Equal(48, run.Diagnostics.Where(d => d.Id == "CG0001").Select(d => d.Location.GetLineSpan()).Distinct().Count());
        Assert.Empty(run.GeneratorCrashes);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Seeds_AsTxt_AreNotNotes()
    {
        Assert.Empty(RunSeeds().Diagnostics);
    }
}
