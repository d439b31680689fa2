using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Emit;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// The same notes give byte-identical generated files whatever the order of AdditionalFiles, the line
/// endings and BOM, the path separators, the notes folder's absolute location and the current culture.
/// </summary>
public sealed class DeterminismTests
{
    /// <summary>Culture- and casing-sensitive values: floats, dates, negative numbers, Turkish i.</summary>
    private static readonly NoteFile CultureNote = new("culture/istanbul.md",
        "---\ntitle: Istanbul İzmir ılık iIıİ\nrating: 4.5\nratio: -0.000125\nbig: 1e10\nviews: -12\npublished: 2024-05-01\n"
        + "updated: 2024-05-01T10:30:00+02:00\nflag: TRUE\ntags: [Iİ, iı]\n---\n\nInformation in [[First talk]] at [01:02:03].\n\n## İçerik\n\nText.\n");

    private static readonly Lazy<IReadOnlyList<NoteFile>> s_corpus = new(() =>
        Directory.EnumerateFiles(TestPaths.Seeds).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new NoteFile("seeds/" + Path.GetFileNameWithoutExtension(p) + ".md", File.ReadAllText(p)))
            .Concat(Directory.Exists(TestPaths.Notes) ? GeneratorHarness.ReadDirectory(TestPaths.Notes).Select(n => n with { RelativePath = "notes/" + n.RelativePath }) : Array.Empty<NoteFile>())
            .Concat(SmallCorpus.Files)
            .Append(CultureNote)
            .ToList());

    private static IReadOnlyList<NoteFile> Corpus => s_corpus.Value;

    private static IReadOnlyDictionary<string, string> Generate(IEnumerable<NoteFile> notes, string root = GeneratorHarness.NotesRoot, char separator = '/')
    {
        var texts = notes.Select(n => (AdditionalText)new InMemoryAdditionalText(root + n.RelativePath.Replace('/', separator), n.Text)).ToList();
        CorpusRun run = GeneratorHarness.Run(texts, extraOptions: new Dictionary<string, string> { ["build_property.CorpusGenNotesRoot"] = root });
        Assert.Empty(run.GeneratorCrashes);
        return run.Sources;
    }

    private static void AssertIdentical(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual, string variant)
    {
        Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in expected)
        {
            string other = actual[hint];
            if (!string.Equals(text, other, StringComparison.Ordinal))
            {
                int at = Enumerable.Range(0, Math.Min(text.Length, other.Length)).FirstOrDefault(i => text[i] != other[i], Math.Min(text.Length, other.Length));
                int line = text.Take(at).Count(c => c == '\n') + 1;
                Assert.Fail($"{variant}: {hint} differs at line {line}:\n  expected: {Excerpt(text, at)}\n  actual:   {Excerpt(other, at)}");
            }
        }
    }

    private static string Excerpt(string s, int at)
    {
        int start = Math.Max(0, at - 40);
        return s.Substring(start, Math.Min(100, s.Length - start)).Replace("\n", "⏎");
    }

    [Fact]
    public void ShuffledFileOrder_GivesByteIdenticalOutput()
    {
        IReadOnlyDictionary<string, string> baseline = Generate(Corpus);
        AssertIdentical(baseline, Generate(Corpus), "second run");
        AssertIdentical(baseline, Generate(Corpus.Reverse()), "reversed");
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            AssertIdentical(baseline, Generate(Corpus.OrderBy(_ => random.Next())), "shuffle " + seed);
        }
    }

    [Fact]
    public void ShuffledFileOrder_GivesTheSameDiagnostics()
    {
        var texts = Corpus.Select(n => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.NotesRoot + n.RelativePath, n.Text)).ToList();
        string[] baseline = GeneratorHarness.Run(texts).DiagnosticLines.ToArray();
        var random = new Random(7);
        string[] shuffled = GeneratorHarness.Run(texts.OrderBy(_ => random.Next()).ToList()).DiagnosticLines.ToArray();
        Assert.Equal(baseline, shuffled);
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void LineEndingsAndBom_GiveByteIdenticalOutput(string newline, bool bom)
    {
        static string Convert(string text, string newline, bool bom) =>
            (bom ? "\uFEFF" : "") + text.Replace("\r\n", "\n").Replace("\r", "\n").Replace("\n", newline);

        IReadOnlyDictionary<string, string> baseline = Generate(Corpus.Select(n => n with { Text = Convert(n.Text!, "\n", false) }));
        IReadOnlyDictionary<string, string> variant = Generate(Corpus.Select(n => n with { Text = Convert(n.Text!, newline, bom) }));
        AssertIdentical(baseline, variant, $"newline {Escape(newline)}, bom {bom}");
    }

    [Fact]
    public void MixedLineEndingsPerFile_GiveByteIdenticalOutput()
    {
        string[] endings = { "\n", "\r\n", "\r" };
        IReadOnlyDictionary<string, string> baseline = Generate(Corpus.Select(n => n with { Text = n.Text!.Replace("\r\n", "\n") }));
        IReadOnlyDictionary<string, string> mixed = Generate(Corpus.Select((n, i) =>
        {
            string[] lines = n.Text!.Replace("\r\n", "\n").Split('\n');
            var sb = new StringBuilder();
            for (int j = 0; j < lines.Length; j++)
            {
                // A lone CR before an empty line ending in LF would read as one CRLF: use CRLF there.
                string ending = endings[(i + j) % 3];
                if (ending == "\r" && j + 1 < lines.Length && lines[j + 1].Length == 0)
                {
                    ending = "\r\n";
                }
                sb.Append(lines[j]).Append(j + 1 < lines.Length ? ending : "");
            }
            return n with { Text = sb.ToString() };
        }));
        AssertIdentical(baseline, mixed, "mixed line endings");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    public void CurrentCulture_DoesNotChangeTheOutput(string culture)
    {
        IReadOnlyDictionary<string, string> invariant = Robust.InCulture("", () => Generate(Corpus));
        IReadOnlyDictionary<string, string> other = Robust.InCulture(culture, () => Generate(Corpus));
        AssertIdentical(invariant, other, culture);

        string folder = invariant.Single(p => p.Key.Contains("culture", StringComparison.OrdinalIgnoreCase)).Value;
        // Numbers reach the note records in invariant form ("3:" is the record's length prefix).
        Assert.Contains("3:4.5", folder);
        Assert.Contains("3:-12", folder);
    }

    [Fact]
    public void CurrentCulture_DoesNotChangeDiagnostics()
    {
        var texts = Corpus.Select(n => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.NotesRoot + n.RelativePath, n.Text)).ToList();
        string[] invariant = Robust.InCulture("", () => GeneratorHarness.Run(texts).DiagnosticLines.ToArray());
        string[] turkish = Robust.InCulture("tr-TR", () => GeneratorHarness.Run(texts).DiagnosticLines.ToArray());
        Assert.Equal(invariant, turkish);
    }

    [Theory]
    [InlineData("C:\\corpus\\notes\\", '\\')]
    [InlineData("C:/corpus/notes/", '/')]
    [InlineData("\\\\server\\share\\notes\\", '\\')]
    [InlineData("/home/alice/My Notes/", '/')]
    [InlineData("/build/agent/7/s/notes/", '/')]
    public void PathSeparatorsAndMachineRoot_DoNotChangeTheOutput(string root, char separator)
    {
        IReadOnlyDictionary<string, string> baseline = Generate(Corpus);
        IReadOnlyDictionary<string, string> variant = Generate(Corpus, root, separator);
        AssertIdentical(baseline, variant, root);
        foreach (var (hint, text) in variant)
        {
            Assert.DoesNotContain(root.TrimEnd('\\', '/'), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(root.Replace('\\', '/').TrimEnd('/'), text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void BackslashPaths_GiveTheSameIdsAndDiagnosticLines()
    {
        const string root = "C:\\corpus\\notes\\";
        var slash = Corpus.Select(n => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.NotesRoot + n.RelativePath, n.Text)).ToList();
        var backslash = Corpus.Select(n => (AdditionalText)new InMemoryAdditionalText(root + n.RelativePath.Replace('/', '\\'), n.Text)).ToList();
        CorpusRun a = GeneratorHarness.Run(slash);
        CorpusRun b = GeneratorHarness.Run(backslash, extraOptions: new Dictionary<string, string> { ["build_property.CorpusGenNotesRoot"] = root });

        Assert.Equal(a.LoadNotes().Select(n => n.Id), b.LoadNotes().Select(n => n.Id));
        string[] relative = b.Diagnostics.Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            string path = span.Path.StartsWith(root, StringComparison.Ordinal) ? span.Path.Substring(root.Length).Replace('\\', '/') : span.Path;
            return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}";
        }).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        Assert.Equal(a.DiagnosticLines.OrderBy(l => l, StringComparer.Ordinal), relative);
        Assert.All(b.Diagnostics.Where(d => d.Location != Location.None), d => Assert.StartsWith(root, d.Location.GetLineSpan().Path));
    }

    private static string Escape(string newline) => newline.Replace("\r", "\\r").Replace("\n", "\\n");
}
