using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Validation;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Parsing;

/// <summary>
/// The generator parses bodies in summary mode (first lines, headings, links, timestamp checks) and the
/// runtime in full mode. Both must agree on everything the generator keeps, or the build would validate
/// and describe a different note than the one a program reads.
/// </summary>
public sealed class BodyContentTests
{
    private static readonly string LongParagraph = string.Join(" ", Enumerable.Range(0, 120).Select(i => "word" + i));

    public static IEnumerable<object[]> Notes()
    {
        foreach (NoteFile file in GeneratorHarness.ReadDirectory(TestPaths.Seeds).Concat(GeneratorHarness.ReadDirectory(TestPaths.Notes)))
        {
            yield return new object[] { file.RelativePath, file.Text! };
        }
        yield return new object[] { "long lead", Note("T", LongParagraph + "\n\n## A\n\nText of A [[a]].\n\n## B\n\n[[b]] [00:00:01]") };
        yield return new object[] { "no lead", Note("T", "## A\n\n## B\n\n" + LongParagraph + "\n\n## C\n\nMore [[c | C]].") };
        yield return new object[] { "blank code lead", Note("T", "```\n   \n\n   \n```\n\n## A\n\nFirst words.\nSecond line.\nThird line.\nFourth line.") };
        yield return new object[] { "long list", Note("T", string.Concat(Enumerable.Range(0, 200).Select(i => $"{i + 1}. item [[link_{i}]] <a class=\"yt-timestamp\" data-t=\"00:00:{i % 60:00}\">[00:00:{i % 60:00}]</a>\n"))) };
        yield return new object[] { "long heading", Note("T", "## " + LongParagraph + " [[x]]\n\nText.") };
        yield return new object[] { "quote and code", Note("T", "> quoted [[q]]\n> more\n\n    code [[not]]\n\n" + LongParagraph + " `[[no]]` [[yes]]") };
        yield return new object[] { "inlines in headings, labels and emphasis", Note("T",
            "Lead [[a]].\n\n## H [[h]] [00:00:01]\n\n[see [[b]] here](http://x) *[[c]]* **[00:00:02]**\n\n> ## quoted heading [[d]]\n\n"
            + "- one\n  - two [[e]]\n\n<a class=\"yt-timestamp\" data-t=\"00:00:09\">[00:00:08]</a> [[f#H]]\n\n# Top [[g]]\n\n[99:99:99] [[h | x]]") };
    }

    /// <summary>Every 40th note of the real corpus (../shared/real), when it is present beside the repository.</summary>
    public static IEnumerable<object[]> RealSample()
    {
        if (!System.IO.Directory.Exists(TestPaths.RealCorpus))
        {
            yield return new object[] { "(real corpus absent)", "" };
            yield break;
        }
        string[] files = System.IO.Directory.GetFiles(TestPaths.RealCorpus, "*.md", System.IO.SearchOption.AllDirectories);
        System.Array.Sort(files, System.StringComparer.Ordinal);
        for (int i = 0; i < files.Length; i += 40)
        {
            yield return new object[] { System.IO.Path.GetFileName(files[i]), System.IO.File.ReadAllText(files[i]) };
        }
    }

    [Theory]
    [MemberData(nameof(Notes))]
    [MemberData(nameof(RealSample))]
    public void SummaryMode_FindsTheSameLinksAndTimestampProblems_AsTheFullWalk(string name, string text)
    {
        NoteText note = NoteText.Create(text);
        int bodyStart = NoteSplitter.Split(note).BodyStart;
        var fullProblems = new List<BodyProblem>();
        var summaryProblems = new List<BodyProblem>();
        BodyParser.Result full = BodyParser.Parse(note, bodyStart, fullProblems, System.Threading.CancellationToken.None, BodyContent.Full);
        BodyParser.Result summary = BodyParser.Parse(note, bodyStart, summaryProblems, System.Threading.CancellationToken.None, BodyContent.Summary);

        Assert.True(full.Links.Count == summary.Links.Count, name);
        Assert.Equal(full.Links, summary.Links);
        Assert.Equal(fullProblems.Select(p => (p.Kind, p.Range, string.Join("|", p.Arguments))),
            summaryProblems.Select(p => (p.Kind, p.Range, string.Join("|", p.Arguments))));
    }

    [Theory]
    [MemberData(nameof(Notes))]
    public void SummaryMode_KeepsWhatTheFullBodyHas(string name, string text)
    {
        ParsedNoteSpec parsed = Parse(text);
        BodyParser.Result full = ReadBody(text);

        Assert.True(parsed.Note.Summary == NoteParser.Summarize(full), name);
        Assert.Equal(full.Sections.Select(s => LinkKey.Hash(LinkKey.Normalize(s.Title))), parsed.Note.HeadingKeys);
        Assert.Equal(full.Links.Select(l => new LinkTargetSpec(l.Target, l.Heading, l.Range)), parsed.Note.Links);
    }

    [Fact]
    public void Summary_IsTheFirstLinesInOneLine_CutAt240()
    {
        Assert.Equal("First words. Second line. Third line.",
            Parse(Note("T", "```\n   \n```\n\n## A\n\nFirst words.\nSecond line.\nThird line.\nFourth line.")).Note.Summary);

        string summary = Parse(Note("T", LongParagraph)).Note.Summary;
        Assert.Equal(NoteParser.SummaryLength + 1, summary.Length);
        Assert.EndsWith("…", summary);
        Assert.StartsWith("word0 word1 word2", summary);
    }

    [Fact]
    public void HeadingTitles_AreWhole_WhateverTheSummaryBudget()
    {
        string note = Note("T", "## " + LongParagraph + " [[x]]\n\nText.");
        Assert.Equal(LongParagraph + " x", ReadBody(note).Sections.Single().Title);
        Assert.Equal(LinkKey.Hash(LinkKey.Normalize(LongParagraph + " x")), Parse(note).Note.HeadingKeys.Single());
    }
}
