using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CorpusGen.Core.Parsing;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// One test per class of hostile or broken note: each gets its diagnostic at its file and line,
/// in bounded time, and the rest of the corpus (two companion notes that link to each other) still
/// generates, compiles without warnings and loads.
/// </summary>
public sealed class BadInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    /// <summary>The file has exactly one diagnostic, starting and ending as given ("bad.md(3," … "error CG0013").</summary>
    private static void AssertOneDiagnostic(CorpusRun run, string file, string startsWith, string endsWith)
    {
        string line = Assert.Single(Robust.LinesFor(run, file));
        Assert.StartsWith(startsWith, line);
        Assert.EndsWith(endsWith, line);
    }

    private static (CorpusRun Run, AdditionalText[] Inputs) RunTimed(params AdditionalText[] bad)
    {
        var watch = Stopwatch.StartNew();
        var result = Robust.RunWithCompanions(bad);
        watch.Stop();
        Assert.True(watch.Elapsed < Bound, $"generator run took {watch.Elapsed}");
        return result;
    }

    private static void AssertHealthyAndRestGenerated((CorpusRun Run, AdditionalText[] Inputs) result, params string[] alsoExpectedIds)
    {
        Robust.AssertHealthy(result.Run, result.Inputs);
        Robust.AssertRestOfCorpusGenerated(result.Run, alsoExpectedIds);
    }

    // ---- unreadable ---------------------------------------------------------------------------------------

    [Fact]
    public void UnreadableFile_IsOneLocatedDiagnostic_AndTheRestGenerates()
    {
        var result = RunTimed(Robust.Text("bad.md", null));
        Assert.Equal(new[] { "bad.md(1,1): error CG0012" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
    }

    // ---- YAML ---------------------------------------------------------------------------------------------

    [Fact]
    public void YamlAliasBomb_IsNeverExpanded_EachCollectionAliasListIsAWarning()
    {
        // Billion laughs: 9 levels of 9 aliases would be 9^9 nodes if anything expanded them.
        var yaml = new StringBuilder("title: Lol\nlol: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        string previous = "a";
        for (char level = 'b'; level <= 'i'; level++)
        {
            yaml.Append("k").Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
            previous = level.ToString();
        }
        yaml.Append("scalarAlias: &s hello\nscalarCopy: *s\n");
        string note = "---\n" + yaml + "---\nBody.\n";

        var result = RunTimed(Robust.Text("bad.md", note));

        // Keys kb..ki sit on lines 4..11; each holds a list of aliases of lists.
        Assert.Equal(Enumerable.Range(4, 8).Select(line => $"bad.md({line},1): warning CG0014"), Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("Lol", bad.Title);
        Assert.Equal(9, ((System.Collections.Generic.IReadOnlyList<string>)Robust.FrontMatter(bad, "Lol")!).Count);
        Assert.Equal("hello", Robust.FrontMatter(bad, "ScalarCopy"));
    }

    [Fact]
    public void YamlWithTooManyNodes_IsCG0013AtTheYamlLine()
    {
        // 25 000 scalars in one flow list: past the 20 000-event limit, under the 64 K front-matter limit.
        string note = "---\ntitle: Many\ntags: [" + string.Join(",", Enumerable.Repeat("a", 25_000)) + "]\n---\nBody.\n";
        Assert.True(note.Length < NoteParser.MaxFrontMatterLength);

        var result = RunTimed(Robust.Text("bad.md", note));

        AssertOneDiagnostic(result.Run, "bad.md", "bad.md(3,", "error CG0013");
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Fact]
    public void YamlNestedDeeperThanTheLimit_FlowStyle_IsCG0013AtTheYamlLine()
    {
        string note = "---\ntitle: Deep\ndeep: " + new string('[', 40) + "x" + new string(']', 40) + "\n---\nBody.\n";

        var result = RunTimed(Robust.Text("bad.md", note));

        AssertOneDiagnostic(result.Run, "bad.md", "bad.md(3,", "error CG0013");
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Fact]
    public void YamlNestedDeeperThanTheLimit_BlockStyle_IsCG0013AtTheNodeThatCrossesIt()
    {
        // Line 2 is the root mapping (depth 1); key a0 on line 3 opens depth 2; the mapping that would be
        // depth 33 is the value of a31, whose first key a32 is on line 35.
        var yaml = new StringBuilder("title: Deep\n");
        for (int depth = 0; depth < 40; depth++)
        {
            yaml.Append(' ', depth * 2).Append('a').Append(depth).Append(":\n");
        }
        yaml.Append(' ', 80).Append("leaf: x\n");

        var result = RunTimed(Robust.Text("bad.md", "---\n" + yaml + "---\nBody.\n"));

        AssertOneDiagnostic(result.Run, "bad.md", "bad.md(35,", "error CG0013");
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Fact]
    public void YamlStackOverflowInput_100000OpenBrackets_IsBoundedAndReported()
    {
        // YamlStream.Load overflows the stack on this (reliability-anchors §3); it is past the 64 K front-matter limit.
        string note = "---\ntitle: Bomb\ntags: " + new string('[', 100_000) + "\n---\nBody.\n";

        var result = RunTimed(Robust.Text("bad.md", note));

        Assert.Equal(new[] { "bad.md(1,1): error CG0013" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Fact]
    public void YamlDeepButUnderTheSizeLimit_60000OpenBrackets_StopsAtTheDepthLimit()
    {
        string note = "---\ntitle: Bomb\ntags: " + new string('[', 60_000) + "\n---\nBody.\n";
        Assert.True(note.Length < NoteParser.MaxFrontMatterLength);

        var result = RunTimed(Robust.Text("bad.md", note));

        AssertOneDiagnostic(result.Run, "bad.md", "bad.md(3,", "error CG0013");
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Fact]
    public void FrontMatterOverTheSizeLimit_IsCG0013_AndTheNoteKeepsItsBody()
    {
        string note = "---\ntitle: Big\nblob: " + new string('x', NoteParser.MaxFrontMatterLength + 10) + "\n---\nBody [[other]].\n";

        var result = RunTimed(Robust.Text("bad.md", note));

        Assert.Equal(new[] { "bad.md(1,1): error CG0013" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("ok/other", bad.Links.Single().Target.Id);
    }

    [Fact]
    public void FrontMatterThatNeverCloses_IsCG0006AtLine1()
    {
        var result = RunTimed(Robust.Text("bad.md", "---\ntitle: Open\ntags: [a]\n\nBody [[other]] that never ends the front matter.\n"));
        Assert.Equal(new[] { "bad.md(1,1): error CG0006" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Theory]
    [InlineData("---\n- a\n- b\n---\nBody.\n", "sequence")]
    [InlineData("---\n[a, b]\n---\nBody.\n", "sequence")]
    [InlineData("---\njust a scalar\n---\nBody.\n", "scalar")]
    [InlineData("---\n\"quoted scalar\"\n---\nBody.\n", "scalar")]
    public void FrontMatterThatIsAListOrAScalar_IsCG0007AtItsFirstLine(string note, string kind)
    {
        var result = RunTimed(Robust.Text("bad.md", note));
        Assert.Equal(new[] { "bad.md(2,1): error CG0007" }, Robust.LinesFor(result.Run, "bad.md"));
        Assert.Contains(kind, result.Run.Diagnostics.Single(d => d.Id == "CG0007").GetMessage());
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Fact]
    public void DuplicateKeys_AreCG0010AtEachRepeat_FirstValueKept()
    {
        var result = RunTimed(Robust.Text("bad.md", "---\ntitle: First\nviews: 1\ntitle: Second\nviews: 2\ntitle: Third\n---\nBody.\n"));
        Assert.Equal(new[] { "bad.md(4,1): warning CG0010", "bad.md(5,1): warning CG0010", "bad.md(6,1): warning CG0010" },
            Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("First", bad.Title);
        Assert.Equal(1L, Robust.FrontMatter(bad, "Views"));
    }

    [Theory]
    [InlineData("title: [a, b]", "bad.md(2,1): warning CG0005")] // a title of the wrong type: at its key
    [InlineData("title:\n  - a\n  - b", "bad.md(2,1): warning CG0005")]
    [InlineData("title: ~", "bad.md(1,1): warning CG0005")]
    [InlineData("title:", "bad.md(1,1): warning CG0005")]
    [InlineData("title: {first: a}", "bad.md(2,1): warning CG0014")]
    public void TitleThatIsNotAString_IsReported_AndTheTitleFallsBackToTheFileName(string yaml, string expected)
    {
        var result = RunTimed(Robust.Text("bad.md", "---\n" + yaml + "\nviews: 3\n---\nBody.\n"));
        Assert.Equal(new[] { expected }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        Assert.Equal("bad", result.Run.LoadNotes().Single(n => n.Id == "bad").Title);
    }

    [Theory]
    [InlineData("title: 42", "42")]
    [InlineData("title: 4.5", "4.5")]
    [InlineData("title: true", "true")]
    [InlineData("title: 2024-05-01", "2024-05-01")]
    public void TitleThatYamlTypesAsAScalar_IsReadAsItsText(string yaml, string title)
    {
        var result = RunTimed(Robust.Text("bad.md", "---\n" + yaml + "\n---\nBody.\n"));
        Assert.Empty(Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        Assert.Equal(title, result.Run.LoadNotes().Single(n => n.Id == "bad").Title);
    }

    // ---- Markdown -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("- ", 10_000)]
    [InlineData("> ", 10_000)]
    [InlineData("* ", 2_000)]
    [InlineData("1. ", 2_000)]
    public void MarkdownNestedPastMarkdigsLimit_IsCG0013AtLine1_AndTheNoteIsKeptWithoutBody(string marker, int depth)
    {
        string note = Note("Deep", string.Concat(Enumerable.Repeat(marker, depth)) + "x [[other]]\n");

        var result = RunTimed(Robust.Text("bad.md", note));

        Assert.Equal(new[] { "bad.md(1,1): error CG0013" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("Deep", bad.Title);
        Assert.Empty(bad.Links);
        Assert.Equal("", bad.Lead);
    }

    [Theory]
    [InlineData("[", 50_000)]
    [InlineData("[[", 50_000)]
    [InlineData("[a](b", 3_000)]
    [InlineData("*a ", 20_000)]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"", 20_000)]
    public void PathologicalInlines_AreBoundedInTimeAndReportNoInternalError(string unit, int count)
    {
        string note = Note("Brackets", string.Concat(Enumerable.Repeat(unit, count)) + "\n");

        var result = RunTimed(Robust.Text("bad.md", note));

        string[] lines = Robust.LinesFor(result.Run, "bad.md");
        Assert.DoesNotContain(lines, l => l.EndsWith("CG0012", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.EndsWith("CG0013", StringComparison.Ordinal) || l.EndsWith("CG0001", StringComparison.Ordinal) || l.EndsWith("CG0002", StringComparison.Ordinal), l));
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Theory]
    [InlineData("[a](b", 40_000)]       // cmark pathological "unclosed links B": 195 KB
    [InlineData("[ (](", 40_000)]       // cmark pathological "[ (](": 195 KB
    [InlineData("[a](<b", 40_000)]
    [InlineData("*a **a ", 30_000)]
    [InlineData("[[a|", 50_000)]
    public void PathologicalMarkdown_WellUnderTheSizeLimit_IsParsedOrRejectedInBoundedTime(string unit, int count)
    {
        // A real 200 KB note parses in well under 100 ms; Markdig is quadratic on some patterns
        // (reliability-anchors §4), so the generator must guard them before calling it.
        string note = Note("Pathological", string.Concat(Enumerable.Repeat(unit, count)));
        Assert.True(note.Length < 250_000);

        var watch = Stopwatch.StartNew();
        var parsed = NoteParser.Parse(GeneratorHarness.NotesRoot + "bad.md", note, Options, default);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"parsing {note.Length / 1024} KB of '{unit}' took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.All(parsed.Diagnostics, d => Assert.NotEqual("CG0012", d.Id));
    }

    [Theory]
    [InlineData("Unclosed [[other] at the end")]
    [InlineData("Unclosed [[other]")]
    [InlineData("Unclosed ![[other]")]
    [InlineData("Half [[")]
    [InlineData("[[")]
    [InlineData("]]")]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:00:01\">[00:00:01]")]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"")]
    [InlineData("[00:00")]
    public void TruncatedLinksAndTimestampsAtTheEndOfTheFile_AreText_NotAnInternalError(string lastLine)
    {
        // No trailing newline: the paragraph ends exactly where the construct does.
        var result = RunTimed(Robust.Text("bad.md", Note("Cut", "First line.\n\n" + lastLine)));

        Assert.DoesNotContain(Robust.LinesFor(result.Run, "bad.md"), l => l.EndsWith("CG0012", StringComparison.Ordinal));
        AssertHealthyAndRestGenerated(result, "bad");
        Assert.StartsWith("First line.", result.Run.LoadNotes().Single(n => n.Id == "bad").Lead);
    }

    [Fact]
    public void MultiMegabyteLine_UnderTheLimit_GeneratesAndRoundTrips()
    {
        string line = string.Concat(Enumerable.Repeat("word ", 1_000_000)).TrimEnd(); // 5 MB on one line
        var result = RunTimed(Robust.Text("bad.md", Note("Long line", line)));

        Assert.Empty(Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        Assert.Equal(line, result.Run.LoadNotes().Single(n => n.Id == "bad").Lead);
    }

    [Fact]
    public void MultiMegabyteLine_OverTheNoteLimit_IsCG0013AtLine1_AndATitleOnlyNote()
    {
        string note = Note("Too long", new string('w', NoteParser.MaxNoteLength + 1));
        var result = RunTimed(Robust.Text("bad.md", note));

        Assert.Equal(new[] { "bad.md(1,1): error CG0013" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("", bad.Lead);
        Assert.Empty(bad.Sections);
    }

    // ---- encodings ----------------------------------------------------------------------------------------

    [Fact]
    public void InvalidUtf8_IsCG0017AtTheFirstBadByte_AndTheNoteStillGenerates()
    {
        byte[] bytes = Concat(Encoding.UTF8.GetBytes("---\ntitle: Bad bytes\n---\n\nFine line.\nbad "), new byte[] { 0xC3, 0x28 },
            Encoding.UTF8.GetBytes(" here, and [[other]]\nmore "), new byte[] { 0xFF, 0xFE, 0x80 }, Encoding.UTF8.GetBytes("\n"));

        var result = RunTimed(Robust.Bytes("bad.md", bytes));

        Assert.Equal(new[] { "bad.md(6,5): warning CG0017" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("Bad bytes", bad.Title);
        Assert.Equal("ok/other", bad.Links.Single().Target.Id);
    }

    [Fact]
    public void InvalidUtf8_InTheFrontMatter_IsCG0017ThereAndTheTitleIsKept()
    {
        byte[] bytes = Concat(Encoding.UTF8.GetBytes("---\ntitle: Caf"), new byte[] { 0xE9 }, Encoding.UTF8.GetBytes("\n---\nBody.\n"));

        var result = RunTimed(Robust.Bytes("bad.md", bytes));

        Assert.Equal(new[] { "bad.md(2,11): warning CG0017" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        Assert.Equal("Caf\uFFFD", result.Run.LoadNotes().Single(n => n.Id == "bad").Title);
    }

    [Fact]
    public void Utf16WithoutBom_IsCG0017AtTheFirstNul()
    {
        byte[] bytes = Encoding.Unicode.GetBytes(Note("Wide", "Body [[other]].\n"));

        var result = RunTimed(Robust.Bytes("bad.md", bytes));

        string[] lines = Robust.LinesFor(result.Run, "bad.md");
        Assert.Contains("bad.md(1,2): warning CG0017", lines);
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void TextWithABom_IsReadAsText_WithNoDiagnostic(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
        byte[] bytes = Concat(encoding.GetPreamble(), encoding.GetBytes(Note("Wide ünïcödé", "Body [[other]] at [00:01:02].\n")));

        var result = RunTimed(Robust.Bytes("bad.md", bytes));

        Assert.Empty(Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("Wide ünïcödé", bad.Title);
        Assert.Equal("ok/other", bad.Links.Single().Target.Id);
    }

    [Fact]
    public void BomCharacterInTheText_IsNotPartOfTheFirstLine()
    {
        // A hand-built AdditionalText may keep U+FEFF: front matter must still be recognised, columns not shifted.
        var result = RunTimed(
            Robust.Text("bad.md", "\uFEFF" + Note("With BOM", "Body.\n")),
            Robust.Text("nofm.md", "\uFEFF[[missing]] first\n"));

        Assert.Empty(Robust.LinesFor(result.Run, "bad.md"));
        Assert.Equal(new[] { "nofm.md(1,1): error CG0001", "nofm.md(1,1): warning CG0004" }, Robust.LinesFor(result.Run, "nofm.md"));
        Robust.AssertHealthy(result.Run, result.Inputs);
        Assert.Equal("With BOM", result.Run.LoadNotes().Single(n => n.Id == "bad").Title);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("mixed")]
    public void LineEndings_GiveTheSameLinesAndColumns(string newline)
    {
        string[] lines =
        {
            "---", "title: Endings", "views: 3", "---", "", "Lead text.", "See [[missing]] here.", "",
            "x <a class=\"yt-timestamp\" data-t=\"00:01:00\">[00:02:00]</a>", "", "## Heading", "", "[[other#Nope]]",
        };
        // Mixed: a lone CR is never followed by the LF of an empty line (that would be one CRLF).
        string[] mixed = { "\r\n", "\r", "\n", "\r", "\r\n", "\n", "\r", "\r\n", "\n", "\r", "\r\n", "\r", "\n" };
        var sb = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]).Append(newline == "mixed" ? mixed[i] : newline);
        }

        var result = RunTimed(Robust.Text("bad.md", sb.ToString()));

        Assert.Equal(new[] { "bad.md(7,5): error CG0001", "bad.md(9,3): error CG0003", "bad.md(13,1): error CG0009" },
            Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal(11, bad.Sections.Single().Line);
        Assert.Equal("Lead text.\nSee missing here.\n\nx [00:02:00]", bad.Lead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n")]
    [InlineData("---")]
    public void EmptyOrBlankFile_IsCG0004AtLine1_AndANoteNamedAfterTheFile(string text)
    {
        var result = RunTimed(Robust.Text("empty_note.md", text));
        Assert.Equal(new[] { "empty_note.md(1,1): warning CG0004" }, Robust.LinesFor(result.Run, "empty_note.md"));
        AssertHealthyAndRestGenerated(result, "empty_note");
        Assert.Equal("empty_note", result.Run.LoadNotes().Single(n => n.Id == "empty_note").Title);
    }

    [Fact]
    public void OnlyAnOpeningFence_IsCG0006()
    {
        var result = RunTimed(Robust.Text("bad.md", "---\n"));
        Assert.Equal(new[] { "bad.md(1,1): error CG0006" }, Robust.LinesFor(result.Run, "bad.md"));
        AssertHealthyAndRestGenerated(result, "bad");
    }

    [Fact]
    public void NulAndLoneSurrogates_AreReplaced_AndTheNoteGenerates()
    {
        var result = RunTimed(Robust.Text("bad.md", Note("Nul", "a\0b \uD800 c \uDC00 d [[other]]\n")));
        AssertHealthyAndRestGenerated(result, "bad");
        CorpusGen.Note bad = result.Run.LoadNotes().Single(n => n.Id == "bad");
        Assert.Equal("a\uFFFDb \uFFFD c \uFFFD d other", bad.Lead);
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
