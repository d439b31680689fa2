using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// Mutates the five seed notes at random (bytes, lines, brackets, colons, fences, timestamps, encodings)
/// with one fixed seed per case, 50 cases per generator run so that compiling is amortised. For every case:
/// no exception, no CS8785, generated code compiles without warnings, no internal error (CG0012), and
/// every diagnostic lies inside its file. A failing case is written to Fixtures/Regressions/fuzz-SEED.md,
/// where <see cref="FuzzRegressionTests"/> keeps running it.
/// </summary>
public sealed class FuzzTests
{
    public const int BaseSeed = 5_000_000;
    public const int Runs = 80;
    public const int CasesPerRun = 50;

    /// <summary>One run of 50 mutated notes takes about 0.3 s; far beyond that, some input is superlinear.</summary>
    private static readonly TimeSpan MaxBatchTime = TimeSpan.FromSeconds(15);

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void MutatedSeedNotes_NeverBreakTheGeneratorOrTheGeneratedCode()
    {
        byte[][] seeds = FuzzCorpus.Seeds();
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        int diagnostics = 0;
        var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (int run = 0; run < Runs; run++)
        {
            var cases = Enumerable.Range(0, CasesPerRun)
                .Select(i => BaseSeed + run * CasesPerRun + i)
                .Select(seed => (Seed: seed, Bytes: FuzzCorpus.Mutate(seeds, seed)))
                .ToList();
            var batchWatch = Stopwatch.StartNew();
            List<string> problems = FuzzCorpus.Check(cases.Select(c => (AdditionalText)FuzzCorpus.Text(c.Seed, c.Bytes)).ToList(), out IReadOnlyList<string> ids);
            batchWatch.Stop();
            if (batchWatch.Elapsed > MaxBatchTime)
            {
                failures.Add($"run {run} (seeds {cases[0].Seed}..{cases[^1].Seed}) took {batchWatch.Elapsed.TotalSeconds:F1} s for {CasesPerRun} notes");
            }
            diagnostics += ids.Count;
            foreach (string id in ids)
            {
                byId[id] = byId.TryGetValue(id, out int n) ? n + 1 : 1;
            }
            if (problems.Count == 0)
            {
                continue;
            }

            // Find the cases that fail on their own, and keep them.
            foreach (var (seed, bytes) in cases)
            {
                List<string> own = FuzzCorpus.Check(new List<AdditionalText> { FuzzCorpus.Text(seed, bytes) }, out _);
                if (own.Count > 0)
                {
                    string path = FuzzCorpus.Keep(seed, bytes);
                    failures.Add($"seed {seed} → {path}:\n    " + string.Join("\n    ", own.Take(5)));
                }
            }
            if (!failures.Any(f => cases.Any(c => f.StartsWith("seed " + c.Seed + " ", StringComparison.Ordinal))))
            {
                failures.Add($"run {run} (seeds {cases[0].Seed}..{cases[^1].Seed}) fails only as a batch:\n    " + string.Join("\n    ", problems.Take(5)));
            }
        }

        watch.Stop();
        _output.WriteLine($"{Runs * CasesPerRun} fuzz cases in {Runs} generator runs: {watch.Elapsed.TotalSeconds:F1} s, {diagnostics} diagnostics ({string.Join(", ", byId.Select(p => p.Key + " " + p.Value))}), {failures.Count} failing cases");
        Assert.True(failures.Count == 0, $"{failures.Count} fuzz failure(s) in {watch.Elapsed.TotalSeconds:F1} s:\n" + string.Join("\n", failures.Take(30)));
    }
}

/// <summary>Fuzz cases kept in Fixtures/Regressions (fuzz-SEED.md, raw bytes) must generate cleanly, alone and together.</summary>
public sealed class FuzzRegressionTests
{
    public static IEnumerable<object[]> KeptCases()
    {
        string[] files = Directory.Exists(FuzzCorpus.RegressionsDirectory)
            ? Directory.GetFiles(FuzzCorpus.RegressionsDirectory, "*.md").OrderBy(p => p, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
        return files.Length == 0 ? new[] { new object[] { "" } } : files.Select(f => new object[] { Path.GetFileName(f) });
    }

    [Theory]
    [MemberData(nameof(KeptCases))]
    public void KeptFuzzCase_GeneratesCleanly(string fileName)
    {
        if (fileName.Length == 0)
        {
            Assert.False(Directory.Exists(FuzzCorpus.RegressionsDirectory) && Directory.GetFiles(FuzzCorpus.RegressionsDirectory, "*.md").Length > 0);
            return; // no kept case yet
        }
        byte[] bytes = File.ReadAllBytes(Path.Combine(FuzzCorpus.RegressionsDirectory, fileName));
        var inputs = new List<AdditionalText> { new ByteAdditionalText(GeneratorHarness.NotesRoot + "regressions/" + fileName, bytes) };
        inputs.AddRange(Robust.Companions());
        List<string> problems = FuzzCorpus.Check(inputs, out _);
        Assert.True(problems.Count == 0, fileName + ":\n" + string.Join("\n", problems));
    }
}

/// <summary>Seeds, mutations and the per-case checks of the fuzz test.</summary>
internal static class FuzzCorpus
{
    public static string RegressionsDirectory => Path.Combine(TestPaths.TestsDirectory(), "Fixtures", "Regressions");

    private static readonly string[] s_tokens =
    {
        "[[", "]]", "[", "]", "[[x]]", "![[", "[[#", "#", "|", ":", ": ", "---", "---\n", "\n---\n", "...\n", "`", "``", "```", "```\n", "~~~\n",
        "- ", "* ", "1. ", "> ", "## ", "# ", "\n## ", "    ", "\t", "\\", "\"", "'", "&", "&amp;", "&#0;", "&#x202E;", "*", "_", "**", "<", ">",
        "<a class=\"yt-timestamp\" data-t=\"", "\">", "</a>", "<a class=\"yt-timestamp\" data-t=\"00:00:01\">[00:00:01]</a>",
        "<a class=\"yt-timestamp\">[00:00:01]</a>", "[00:00:00]", "[99:99]", "[1:02:03]", "[00:60:00]", "data-t=\"",
        "<br/>", "<!--", "-->", "<div>", "</div>", "{", "}", "{0}", "*/", "/*", "</summary>", "<summary>", "#pragma warning disable", "\"\"\"",
        "\r", "\r\n", "\n", "\n\n", "\0", "\uFEFF", "\u202E", "\u2066", "\u200B", "\u2028", "\u2029", "\u0085", "\uFFFD", "🎉", "é", "İı",
        "title: ", "title: [a, b]\n", "title:\n", "tags: [a, b\n", "aliases: ", "&a ", "*a", "&a [x, y]\n", "k: *a\n", "? ", "!!binary ", "!x ",
        "dup: 1\ndup: 2\n", "- - - ", "{a: {b: ", "'", "\"\\u", "%YAML 1.2\n", "--- !tag\n", "...", "|\n  ", ">-\n  ",
    };

    /// <summary>Whole front matters that are hostile or broken (list, scalar, deep, aliases, duplicates, odd titles).</summary>
    private static readonly string[] s_frontMatters =
    {
        "- a\n- b", "just a scalar", "\"quoted\"", "[a, b]", "title: [a, b]", "title: {x: 1}", "title: ~", "title:", "title: 12",
        "title: A\ntitle: B", "title: X\n" + new string('[', 40), "title: X\ndeep: " + new string('[', 40) + new string(']', 40),
        "title: X\na: &a [x, y]\nb: [*a, *a]\nc: *a\nd: *nope", "title: X\nk: &k v\nl: *k", "title: X\n? [complex]\n: key",
        "title: X\nmeta: {a: {b: {c: 1}}}", "title: X\ntags: [a, b", "title: X\n\tbad: tab", "%YAML 1.2\n---\ntitle: X",
        "title: X\n---\ntitle: Y", "title: !!binary aGVsbG8=", "title: X\nn: 99999999999999999999\nf: 1e999\nd: 2024-02-30",
        "title: \"\\uD800\"", "title: \"a\\u202Eb\"", "title: X\naliases: [[a]]", "",
    };

    private static readonly string[] s_yamlTokens = { "- ", "[", "]", "{", "}", "&a ", "*a", "? ", ": ", ":", "!!str ", "|", ">", "'", "\"", "#", "\t", "  ", ",", "---", "..." };

    private static readonly byte[][] s_rawBytes =
    {
        new byte[] { 0xC3 }, new byte[] { 0xC3, 0x28 }, new byte[] { 0xFF }, new byte[] { 0xFE, 0xFF }, new byte[] { 0xED, 0xA0, 0x80 },
        new byte[] { 0xF0, 0x9F, 0x8E }, new byte[] { 0x80 }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0x00, 0x00 },
    };

    private static readonly Dictionary<string, string> s_noCaps = new()
    {
        ["build_property.CorpusGenMaxDiagnostics"] = "0",
        ["build_property.CorpusGenMaxDiagnosticsPerFile"] = "0",
    };

    public static byte[][] Seeds() => Directory.GetFiles(TestPaths.Seeds).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    public static AdditionalText Text(int seed, byte[] bytes) => new ByteAdditionalText($"{GeneratorHarness.NotesRoot}f{seed % 4}/fuzz_{seed}.md", bytes);

    /// <summary>One fuzz case: a seed note mutated 1–6 times, all choices drawn from <c>new Random(seed)</c>.</summary>
    public static byte[] Mutate(byte[][] seeds, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(seeds[random.Next(seeds.Length)]);
        int mutations = 1 + random.Next(6);
        for (int m = 0; m < mutations; m++)
        {
            Apply(random, bytes);
        }
        return bytes.ToArray();
    }

    private static void Apply(Random random, List<byte> bytes)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (random.Next(17))
        {
            case 0: // flip a bit
                if (bytes.Count > 0)
                {
                    int i = random.Next(bytes.Count);
                    bytes[i] ^= (byte)(1 << random.Next(8));
                }
                break;
            case 1: // insert random bytes
                bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(4)).Select(_ => (byte)random.Next(256)));
                break;
            case 2: // delete a run of bytes
                if (bytes.Count > 0)
                {
                    int i = random.Next(bytes.Count);
                    bytes.RemoveRange(i, Math.Min(bytes.Count - i, 1 + random.Next(40)));
                }
                break;
            case 3: // truncate
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 4: case 5: case 6: // insert a token
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(s_tokens[random.Next(s_tokens.Length)]));
                break;
            case 7: // insert a token at the start of a line (block syntax, YAML keys)
                {
                    List<(int Start, int End)> lines = Lines(bytes);
                    int line = random.Next(Math.Min(lines.Count, random.Next(2) == 0 ? 6 : lines.Count));
                    bytes.InsertRange(lines[line].Start, Encoding.UTF8.GetBytes(s_tokens[random.Next(s_tokens.Length)]));
                    break;
                }
            case 8: // repeat a token many times (nesting, pathological inlines)
                {
                    string token = s_tokens[random.Next(s_tokens.Length)];
                    int times = random.Next(3) == 0 ? 200 + random.Next(3000) : 2 + random.Next(60);
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, times))));
                    break;
                }
            case 9: // duplicate a line
            case 10: // delete a line
            case 11: // swap two lines
            case 12: // replace a line with a front-matter fence
                {
                    List<(int Start, int End)> lines = Lines(bytes);
                    var content = lines.Select(l => bytes.GetRange(l.Start, l.End - l.Start)).ToList();
                    int a = random.Next(content.Count), b = random.Next(content.Count);
                    switch (random.Next(4))
                    {
                        case 0: content.Insert(a, new List<byte>(content[a])); break;
                        case 1: if (content.Count > 1) { content.RemoveAt(a); } break;
                        case 2: (content[a], content[b]) = (content[b], content[a]); break;
                        default: content[a] = new List<byte>(Encoding.UTF8.GetBytes("---")); break;
                    }
                    bytes.Clear();
                    for (int i = 0; i < content.Count; i++)
                    {
                        bytes.AddRange(content[i]);
                        if (i + 1 < content.Count)
                        {
                            bytes.Add((byte)'\n');
                        }
                    }
                    break;
                }
            case 15 when random.Next(3) > 0: // front matter: replace it, or insert YAML syntax into it
                {
                    List<(int Start, int End)> lines = Lines(bytes);
                    if (random.Next(2) == 0)
                    {
                        int close = lines.FindIndex(1, l => l.End - l.Start == 3 && bytes[l.Start] == (byte)'-' && bytes[l.Start + 1] == (byte)'-' && bytes[l.Start + 2] == (byte)'-');
                        int bodyStart = close > 0 && close + 1 < lines.Count ? lines[close + 1].Start : 0;
                        bytes.RemoveRange(0, bodyStart);
                        bytes.InsertRange(0, Encoding.UTF8.GetBytes("---\n" + s_frontMatters[random.Next(s_frontMatters.Length)] + "\n---\n"));
                    }
                    else
                    {
                        var line = lines[random.Next(Math.Min(lines.Count, 5))];
                        int i = line.Start + random.Next(line.End - line.Start + 1);
                        bytes.InsertRange(i, Encoding.UTF8.GetBytes(s_yamlTokens[random.Next(s_yamlTokens.Length)]));
                    }
                    break;
                }
            case 13: // invalid or odd UTF-8
                bytes.InsertRange(at, s_rawBytes[random.Next(s_rawBytes.Length)]);
                break;
            case 14 when random.Next(2) == 0: // whole-file line endings or BOM
                {
                    string[] variants = { "\r\n", "\r", "bom", "mixed" };
                    string variant = variants[random.Next(variants.Length)];
                    if (variant == "bom")
                    {
                        bytes.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
                        break;
                    }
                    var result = new List<byte>(bytes.Count + 64);
                    foreach (byte b in bytes)
                    {
                        if (b == (byte)'\n')
                        {
                            string ending = variant == "mixed" ? (random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" }) : variant;
                            result.AddRange(Encoding.ASCII.GetBytes(ending));
                        }
                        else
                        {
                            result.Add(b);
                        }
                    }
                    bytes.Clear();
                    bytes.AddRange(result);
                    break;
                }
            default: // re-encode as UTF-16, with or without BOM (rare: a whole file)
                if (random.Next(4) == 0)
                {
                    string text = Encoding.UTF8.GetString(bytes.ToArray());
                    bool bom = random.Next(2) == 0;
                    bytes.Clear();
                    if (bom)
                    {
                        bytes.AddRange(Encoding.Unicode.GetPreamble());
                    }
                    bytes.AddRange(Encoding.Unicode.GetBytes(text));
                }
                else
                {
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(":"));
                }
                break;
        }
    }

    private static List<(int Start, int End)> Lines(List<byte> bytes)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }
        lines.Add((start, bytes.Count));
        return lines;
    }

    /// <summary>Runs the generator over the cases and lists every broken invariant (empty: all good).</summary>
    public static List<string> Check(IReadOnlyList<AdditionalText> inputs, out IReadOnlyList<string> diagnosticIds)
    {
        diagnosticIds = Array.Empty<string>();
        CorpusRun run;
        try
        {
            // Caps off: every diagnostic is checked for its location (the caps themselves are tested in DiagnosticLimitTests).
            run = GeneratorHarness.Run(inputs, extraOptions: s_noCaps);
        }
        catch (Exception ex)
        {
            return new List<string> { "exception: " + ex };
        }

        List<string> problems;
        try
        {
            problems = Robust.HealthProblems(run, inputs, maxDiagnosticsPerFile: int.MaxValue);
            diagnosticIds = run.Diagnostics.Select(d => d.Id).ToList();
            problems.AddRange(run.Diagnostics.Where(d => d.Id == "CG0012").Select(d => "internal error: " + CorpusRun.Format(d) + " " + d.GetMessage()));
            if (problems.Count == 0)
            {
                problems.AddRange(TouchEveryNote(run));
            }
        }
        catch (Exception ex)
        {
            return new List<string> { "exception while checking: " + ex };
        }
        return problems;
    }

    /// <summary>Loads the compiled corpus and reads every member of every note: the runtime side must not throw either.</summary>
    private static IEnumerable<string> TouchEveryNote(CorpusRun run)
    {
        var problems = new List<string>();
        IReadOnlyList<CorpusGen.Note> notes;
        try
        {
            notes = run.LoadNotes();
        }
        catch (Exception ex)
        {
            return new[] { "runtime: loading the corpus threw " + ex };
        }
        foreach (CorpusGen.Note note in notes)
        {
            try
            {
                _ = note.Title.Length + note.Lead.Length + note.RelativePath.Length;
                foreach (CorpusGen.Section section in note.Sections)
                {
                    _ = section.Title.Length + section.Text.Length + section.Children.Count + (section.Parent?.Level ?? 0);
                }
                foreach (CorpusGen.WikiLink link in note.Links)
                {
                    _ = link.Target.Id.Length + link.DisplayText.Length + (link.TargetSection?.Title.Length ?? 0) + (link.Section?.Title.Length ?? 0);
                }
                foreach (CorpusGen.Timestamp timestamp in note.Timestamps)
                {
                    _ = timestamp.Label.Length + timestamp.Time.Ticks + (timestamp.Url?.Length ?? 0);
                }
                _ = note.Backlinks.Count + note.RootSections.Count;
                _ = Robust.FrontMatterValues(note).Count;
            }
            catch (Exception ex)
            {
                problems.Add($"runtime: reading note '{note.Id}' threw {ex.GetType().Name}: {ex.Message}");
            }
        }
        return problems;
    }

    /// <summary>Writes a failing case where FuzzRegressionTests will run it; returns its path.</summary>
    public static string Keep(int seed, byte[] bytes)
    {
        Directory.CreateDirectory(RegressionsDirectory);
        string path = Path.Combine(RegressionsDirectory, $"fuzz-{seed}.md");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
