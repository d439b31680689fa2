using System;
using System.IO;
using System.Linq;
using CorpusGen.Generator;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Tests.Robustness;

/// <summary>Every limit the generator enforces is the one the README documents, and every diagnostic is in its table.</summary>
public sealed class LimitsDocumentationTests
{
    private static readonly Lazy<string> s_readme = new(() => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")));

    private static string Section(string heading)
    {
        string readme = s_readme.Value;
        int start = readme.IndexOf("\n## " + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no '## " + heading + "' section");
        int end = readme.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
    }

    [Fact]
    public void SizeAndNestingLimits_AreTheDocumentedOnes()
    {
        string limits = Section("Limits");
        Assert.Equal(8 * 1024 * 1024, NoteParser.MaxNoteLength);
        Assert.Contains("8 M characters", limits);
        Assert.Equal(64 * 1024, NoteParser.MaxFrontMatterLength);
        Assert.Contains("64 K characters", limits);
        Assert.Contains("| " + FrontMatterParser.MaxDepth + " |", limits);
        Assert.Contains(FrontMatterParser.MaxEvents.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", " "), limits);
    }

    [Fact]
    public void DiagnosticCaps_AreDocumented_WithTheirMSBuildProperties()
    {
        string readme = s_readme.Value;
        Assert.Equal(50, CorpusOptions.DefaultMaxDiagnosticsPerFile);
        Assert.Equal(100, CorpusOptions.DefaultMaxDiagnosticsPerId);
        Assert.Contains("CorpusGenMaxDiagnosticsPerFile", readme);
        Assert.Matches(@"CorpusGenMaxDiagnostics\b", readme); // the per-ID cap, not only ...PerFile
        string limits = Section("Limits");
        Assert.Contains("50", limits);
        Assert.Contains("100", limits);
    }

    [Fact]
    public void EveryDiagnostic_IsInTheReadmeTable()
    {
        string diagnostics = Section("Diagnostics");
        foreach (var descriptor in DiagnosticRules.All)
        {
            Assert.True(diagnostics.Contains("| " + descriptor.Id + " |", StringComparison.Ordinal) || diagnostics.Contains("</a>" + descriptor.Id + " |", StringComparison.Ordinal),
                descriptor.Id + " is missing from the README diagnostics table");
        }
        Assert.Contains(DiagnosticRules.All, d => d.Id == "CG0017");
        Assert.Contains(DiagnosticRules.All, d => d.Id == "CG0018");
    }
}
