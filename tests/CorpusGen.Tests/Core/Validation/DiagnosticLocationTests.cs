using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Tests.Validation;

/// <summary>Every diagnostic CorpusGen has, each with its exact file, line and column as MSBuild prints them.</summary>
public sealed class DiagnosticLocationTests
{
    private static readonly NoteFile Target = new("target.md", Note("Target", "## Only heading\n"));

    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("CG0001", "bad.md(5,6): error CG0001", "\nSome [[missing]] text."),
        Case("CG0002", "bad.md(4,3): error CG0002", "x <a class=\"yt-timestamp\" data-t=\"01:14:13:00\">[01:14:13]</a>"),
        Case("CG0003", "bad.md(5,1): error CG0003", "\n<a class=\"yt-timestamp\" data-t=\"17:10:00\">[01:10:00]</a>"),
        new object[] { "CG0004", "bad.md(1,1): warning CG0004", "No front matter at all." },
        new object[] { "CG0005", "bad.md(1,1): warning CG0005", "---\nvideoId: x\n---\n" },
        // YamlDotNet places a tab-indentation error at the end of the previous line: its mark, mapped to the file.
        new object[] { "CG0006", "bad.md(2,8): error CG0006", "---\ntitle: ok\n\tbad: tab\n---\n" },
        new object[] { "CG0007", "bad.md(2,1): error CG0007", "---\n- a\n---\n" },
        Case("CG0009", "bad.md(4,1): error CG0009", "[[target#Nope]]"),
        new object[] { "CG0010", "bad.md(3,1): warning CG0010", "---\ntitle: A\ntitle: B\n---\n" },
        Case("CG0014", "bad.md(3,1): warning CG0014", "", "meta: {a: 1}"),
        Case("CG0017", "bad.md(5,3): warning CG0017", "\nab\uFFFDcd"),
        Case("CG0019", "bad.md(5,4): warning CG0019", "\nAt <a class=\"yt-timestamp\" data-t=\"41:50\">[41:50]</a>."),
        Case("CG0020", "bad.md(4,5): error CG0020", "See [[]] here."),
        Case("CG0021", "bad.md(4,3): warning CG0021", "A [[a [b] c]] link."),
        Case("CG0022", "bad.md(5,3): error CG0022", "\nx <a class=\"yt-timestamp\" data-t=\"00:01:21\">[00:01:21]</a) text"),
        Case("CG0023", "bad.md(4,1): error CG0023", "<a class=\"yt-timestamp\" data=\"00:18:52\">[00:18:52]</a>"),
        Case("CG0024", "bad.md(4,4): error CG0024", "At <a class=\"yt-timestamp\" data-t=\"00:01:00\"></a>."),
        Case("CG0025", "bad.md(4,5): error CG0025", "See [[target#^nope]]."),
    };

    private static object[] Case(string id, string line, string body, params string[] frontMatter) =>
        new object[] { id, line, Note("Bad", body, frontMatter) };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostic_PointsAtTheFileLineAndColumn(string id, string expected, string text)
    {
        CorpusRun run = GeneratorHarness.Run(new[] { Target, new NoteFile("bad.md", text) });
        Assert.Equal(new[] { expected }, run.DiagnosticLines.Where(l => l.EndsWith(id)));
        Assert.Empty(run.GeneratorCrashes);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("[[]]")]
    [InlineData("[[ | text]]")]
    [InlineData("[[#]]")]
    [InlineData("![[ ]]")]
    public void EmptyWikiLinks_AreErrors_NeverSilence(string link)
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("e.md", Note("E", "x " + link)) });

        Diagnostic diagnostic = run.Diagnostics.Single();
        Assert.Equal(("e.md(4,3): error CG0020", $"Wiki-link '{link}' names no note: its target is empty"),
            (run.DiagnosticLines.Single(), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void WikiLinkInARawHtmlBlock_IsShownAsLiteralText_AndSaysSo()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { Target, new NoteFile("h.md", Note("H", "<div>\n  see [[target]] here\n</div>\n")) });

        Assert.Equal(new[] { "h.md(5,7): warning CG0021" }, run.DiagnosticLines);
        Assert.Equal("'[[target]]' is shown as literal text, not as a link: wiki-links are not read inside a raw HTML block",
            run.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WikiLinkAsAMarkdownLinksDestination_IsABrokenLink()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { Target, new NoteFile("d.md", Note("D", "Read [the target]([[target]]) now.")) });

        Assert.Equal(new[] { "d.md(4,6): error CG0001" }, run.DiagnosticLines);
        Assert.Equal("Wiki-link target '[[target]]' matches no note by file name, title or alias; a wiki-link as a markdown link's destination is never resolved: write [[target|text]]",
            run.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TimestampWrittenAsAWikiLink_IsABrokenLink_AndAMalformedTimestamp()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("w.md", Note("W", "At [[00:12:30]] we start.")) });

        Assert.Equal(new[] { "w.md(4,4): error CG0001", "w.md(4,4): error CG0002" }, run.DiagnosticLines.OrderBy(l => l, System.StringComparer.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            == "Timestamp label '[[00:12:30]]' is not a valid time: it is written as a wiki-link; a timestamp label is [00:12:30]");
    }

    [Theory]
    [InlineData("[[blocks#^para-1]]")]
    [InlineData("[[blocks#^item2]]")]
    [InlineData("[[blocks#^head]]")]
    public void BlockReference_ToAParagraphListItemOrHeadingWithThatId_Resolves(string link)
    {
        var blocks = new NoteFile("blocks.md", Note("Blocks", "A paragraph. ^para-1\n\n- an item ^item2\n\n## A heading ^head\n\n```\ncode ^incode\n```\n"));
        CorpusRun run = GeneratorHarness.Run(new[] { blocks, new NoteFile("a.md", Note("A", "See " + link + ".")) });

        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("[[blocks#^incode]]", "Note 'blocks' has no block '^incode' (a paragraph, list item or heading ending with ' ^incode')")]
    [InlineData("[[#^missing]]", "Note 'a' has no block '^missing' (a paragraph, list item or heading ending with ' ^missing')")]
    public void MissingBlock_IsItsOwnDiagnostic_NotAMissingHeading(string link, string message)
    {
        var blocks = new NoteFile("blocks.md", Note("Blocks", "```\ncode ^incode\n```\n"));
        CorpusRun run = GeneratorHarness.Run(new[] { blocks, new NoteFile("a.md", Note("A", "See " + link + ".")) });

        Assert.Equal(("CG0025", message), (run.Diagnostics.Single().Id, run.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TitleOfTheWrongType_IsReportedAtItsKey()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("t.md", "---\nviews: 3\ntitle: [a, b]\n---\nx\n") });

        Assert.Equal(new[] { "t.md(3,1): warning CG0005" }, run.DiagnosticLines);
    }

    [Fact]
    public void ValueReusedThroughYamlAliases_IsOneDiagnosticForTheNote_NotOnePerKey()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("a.md", "---\ntitle: A\nlist: &l [[a, b], [c]]\naliases: *l\nother: *l\n---\nx\n") });

        Assert.Equal(new[] { "a.md(3,1): warning CG0014" }, run.DiagnosticLines);
    }

    [Fact]
    public void TitleNamingAMemberOfObject_GetsAStableSuffix_WithoutACollisionWarning()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("a.md", Note("ToString", "x")), new NoteFile("b.md", Note("Equals", "x")) });

        Assert.Empty(run.Diagnostics);
        Assert.Contains(" ToStringNote = ", run.Sources["Notes.Folder.g.cs"]);
        Assert.Contains(" EqualsNote = ", run.Sources["Notes.Folder.g.cs"]);
    }

    [Fact]
    public void CG0019_SaysHowThePlayerReadsTheValue_AndWhatToWrite()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("t.md", Note("T", "<a class=\"yt-timestamp\" data-t=\"5:07\">[5:07]</a>")) });

        Assert.Equal("Timestamp data-t=\"5:07\" has two parts, which the player reads as hours:minutes (5:07:00); write data-t=\"00:05:07\"",
            run.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:41:50\">[41:50]</a>")] // three parts: what the player reads
    [InlineData("[41:50]")] // a bare label has no data-t
    [InlineData("<a class=\"yt-timestamp\" data-t=\"41:50\">[40:00]</a>")] // a mismatch is reported once, as CG0003
    public void CG0019_IsNotReported_ForThreeParts_BareLabels_OrAnAnchorAlreadyInError(string body)
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("t.md", Note("T", body)) });

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CG0019");
    }

    [Fact]
    public void CG0019_IsNotReported_WhenThePlayerReadsMinutesAndSeconds()
    {
        var options = new Dictionary<string, string> { ["build_property.CorpusGenTwoPartDataT"] = "minutes" };
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("t.md", Note("T", "<a class=\"yt-timestamp\" data-t=\"41:50\">[41:50]</a>")) }, extraOptions: options);

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void CG0008_DuplicateId_AtTheSecondFile()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("a/x.md", Note("X", "")), new NoteFile("a/x.Md", Note("Y", "")) });
        Assert.Equal(new[] { "a/x.md(1,1): error CG0008" }, run.DiagnosticLines);
        Assert.EndsWith("a/x.md", run.Diagnostics.Single().Location.GetLineSpan().Path);
    }

    [Fact]
    public void CG0011_TwoNotesWithOneName_BothGetDistinctStableNames()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("a.md", Note("Same Name", "")), new NoteFile("b.md", Note("same-name", "")) });
        Assert.Equal(new[] { "b.md(1,1): warning CG0011" }, run.DiagnosticLines);
        Assert.Contains("SameName_2", run.Diagnostics.Single().GetMessage());
        string source = run.Sources["Notes.Folder.g.cs"];
        Assert.Contains(" SameName =", source);
        Assert.Contains(" SameName_2 =", source);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void CG0012_UnreadableNote_OthersStillGenerate()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { Target, new NoteFile("gone.md", null) });
        Assert.Equal(new[] { "gone.md(1,1): error CG0012" }, run.DiagnosticLines);
        Assert.Equal(new[] { "gone", "target" }, run.LoadNotes().Select(n => n.Id));
    }

    [Fact]
    public void CG0013_NoteOverTheSizeLimit_IsReportedAndKeptAsATitleOnlyNote()
    {
        string huge = Note("Huge", new string('a', Core.Parsing.NoteParser.MaxNoteLength));
        CorpusRun run = GeneratorHarness.Run(new[] { Target, new NoteFile("huge.md", huge) });
        Assert.Equal(new[] { "huge.md(1,1): error CG0013" }, run.DiagnosticLines);
        Assert.Equal(2, run.LoadNotes().Count);
    }

    [Fact]
    public void CG0015_AmbiguousLink_IsAWarningAtTheBrackets()
    {
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("a/x.md", Note("X", "")), new NoteFile("b/x.md", Note("X", "")), new NoteFile("c/y.md", Note("Y", "see [[x]]")),
        });
        Assert.Equal(new[] { "c/y.md(4,5): warning CG0015" }, run.DiagnosticLines);
    }

    [Fact]
    public void CG0016_InvalidClassNameOption_FallsBackToNotes()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { Target }, extraOptions: new Dictionary<string, string> { ["build_property.CorpusGenClassName"] = "not valid!" });
        Assert.Equal("CG0016", run.Diagnostics.Single().Id);
        Assert.Contains("Notes.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void CG0018_PastTheCaps_OneSummaryGivesTheRealTotals()
    {
        // 3 files × 4 broken links + 2 mismatches = 14 diagnostics; caps of 5 per ID and 3 per file.
        string links = "[[x1]] [[x2]] [[x3]] [[x4]]";
        string mismatch = "<a class=\"yt-timestamp\" data-t=\"00:00:01\">[00:00:02]</a>";
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("a/one.md", Note("One", links + "\n\n" + mismatch)),
            new NoteFile("a/two.md", Note("Two", links)),
            new NoteFile("b/three.md", Note("Three", links + "\n\n" + mismatch)),
        }, extraOptions: new Dictionary<string, string>
        {
            ["build_property.CorpusGenMaxDiagnostics"] = "5",
            ["build_property.CorpusGenMaxDiagnosticsPerFile"] = "3",
        });

        Assert.Equal(5, run.Diagnostics.Count(d => d.Id == "CG0001"));
        // a/one keeps 3 links (file cap), a/two 2 (ID cap reached), b/three only its mismatch: no ID is starved.
        Assert.Equal(new[] { "b/three.md(6,1): error CG0003" }, run.DiagnosticLines.Where(l => l.EndsWith("CG0003")));
        Microsoft.CodeAnalysis.Diagnostic summary = run.Diagnostics.Single(d => d.Id == "CG0018");
        Assert.Equal(Microsoft.CodeAnalysis.Location.None, summary.Location);
        string message = summary.GetMessage();
        Assert.Contains("reported 6 of 14 diagnostics", message);
        Assert.Contains("Totals by rule: CG0001 broken wiki-link: 12, CG0003 timestamp data-t disagrees with its label: 2.", message);
        Assert.Contains("Folders with the most: a/ 9, b/ 5.", message);

        CorpusRun uncapped = GeneratorHarness.Run(new[] { new NoteFile("a/one.md", Note("One", links + "\n\n" + mismatch)) },
            extraOptions: new Dictionary<string, string> { ["build_property.CorpusGenMaxDiagnostics"] = "0", ["build_property.CorpusGenMaxDiagnosticsPerFile"] = "0" });
        Assert.Equal(5, uncapped.Diagnostics.Count);
        Assert.DoesNotContain(uncapped.Diagnostics, d => d.Id == "CG0018");
    }

    [Fact]
    public void AnAnchorWhoseDataTAndLabelAreBothMalformed_GetsOneErrorNamingBoth()
    {
        CorpusRun run = GeneratorHarness.Run(new[] { new NoteFile("x.md", Note("X", "<a class=\"yt-timestamp\" data-t=\"HH:MM:SS\">[HH:MM:SS]</a>")) });

        Assert.Equal("Timestamp data-t 'HH:MM:SS' is not a valid time: expected H:MM:SS, HH:MM:SS or MM:SS; its label 'HH:MM:SS' is not a valid time either: expected H:MM:SS, HH:MM:SS or MM:SS",
            run.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryDescriptor_HasATest_AndAReleaseTrackingEntry()
    {
        string tested = string.Join(" ", Cases().Select(c => (string)c[0])) + " CG0008 CG0011 CG0012 CG0013 CG0015 CG0016 CG0018";
        string unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepoRoot, "src", "CorpusGen.Core", "Diagnostics", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in DiagnosticRules.All)
        {
            Assert.Contains(descriptor.Id, tested);
            Assert.Contains(descriptor.Id + " | CorpusGen | " + descriptor.DefaultSeverity, unshipped);
            Assert.DoesNotContain("{", descriptor.Title.ToString());
        }
    }
}
