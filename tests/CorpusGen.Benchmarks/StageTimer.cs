using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Threading;
using CorpusGen.Generator;
using CorpusGen.Generator.Emit;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Validation;
using CorpusGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- stages [corpus …]`: where the time goes, outside BenchmarkDotNet. Calls the
/// generator's stages directly (NoteParser per note, CorpusBuilder.Build, CorpusEmitter) and through a
/// tracked driver (Roslyn's own per-step ElapsedTime), then compiles the output and measures it: bytes
/// per note, doc-comment bytes, #US heap, u8 data fields. Each timed stage is run twice; the second
/// (warm, JIT done) is reported. Also checks what a one-note edit/add/rename re-runs.
/// </summary>
internal static class StageTimer
{
    public static void Run(string[] corpora)
    {
        foreach (string corpus in Corpora.Available(corpora.Length > 0 ? corpora : new[] { Corpora.Real, "syn1k", "syn10k", "syn50k" }))
        {
            RunOne(corpus);
        }
    }

    private static void RunOne(string corpus)
    {
        Console.WriteLine($"\n## {corpus}");
        var sw = Stopwatch.StartNew();
        ImmutableArray<AdditionalText> texts = Corpora.Load(corpus);
        long chars = texts.Sum(t => (long)t.GetText()!.Length);
        Console.WriteLine($"load: {texts.Length} notes, {chars / 1e6:F1} M chars, {sw.Elapsed.TotalSeconds:F2} s (read/generate, not part of any benchmark)");

        var options = new CorpusOptions("BenchCorpus", "Notes", Corpora.NotesRoot);

        // Floor.
        Time("floor: Markdig+YamlDotNet parse", () => Floor.ParseAll(texts));

        // Parse stage, note by note (sequential, like the driver on this version of Roslyn).
        var parsed = new ParsedNoteSpec[texts.Length];
        var perNote = new double[texts.Length];
        Time("NoteParser.Parse, every note", () =>
        {
            for (int i = 0; i < texts.Length; i++)
            {
                long t0 = Stopwatch.GetTimestamp();
                parsed[i] = NoteParser.Parse(texts[i].Path, texts[i].GetText()?.ToString(), options, CancellationToken.None);
                perNote[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
            return parsed.Length;
        });
        var slowest = Enumerable.Range(0, texts.Length).OrderByDescending(i => perNote[i]).Take(5)
            .Select(i => $"{Path.GetFileName(texts[i].Path)} ({texts[i].GetText()!.Length / 1024} KB) {perNote[i]:F1} ms");
        Console.WriteLine($"  per note: median {Median(perNote):F3} ms; slowest: {string.Join("; ", slowest)}");
        ImmutableArray<NoteSpec> notes = parsed.Select(p => p.Note).ToImmutableArray();
        var noteDiagnostics = parsed.SelectMany(p => p.Diagnostics).ToList();

        // Corpus stage, whole and in parts.
        CorpusSpec spec = null!;
        Time("CorpusBuilder.Build", () => (spec = CorpusBuilder.Build(parsed.ToImmutableArray(), options, CancellationToken.None)).Folders.Count);
        List<NoteSpec> ordered = notes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        LinkResolver resolver = null!;
        Time("  part: LinkResolver index", () => (resolver = new LinkResolver(ordered, ordered.Select(n => n.Folder).ToArray(), CancellationToken.None)).GetHashCode());
        int broken = 0;
        Time("  part: resolve every link", () =>
        {
            broken = 0;
            foreach (NoteSpec n in ordered)
            {
                foreach (LinkTargetSpec link in n.Links)
                {
                    if (link.Target.Length > 0 && resolver.Resolve(link.Target, n.Folder).IsBroken)
                    {
                        broken++;
                    }
                }
            }
            return broken;
        });
        Time("  part: Suggest for every broken link", () =>
        {
            var fresh = new LinkResolver(ordered, ordered.Select(n => n.Folder).ToArray(), CancellationToken.None);
            var broken = new List<string>();
            foreach (NoteSpec note in ordered)
            {
                foreach (LinkTargetSpec link in note.Links)
                {
                    if (link.Target.Length > 0 && fresh.Resolve(link.Target, note.Folder).IsBroken)
                    {
                        broken.Add(link.Target);
                    }
                }
            }
            return fresh.Suggest(broken).Values.Sum(s => s.Length);
        });
        // Emit stage.
        var sources = new List<(string Name, object Text)>();
        Time("CorpusEmitter (root + every folder)", () =>
        {
            sources.Clear();
            sources.Add((spec.Root.ClassName + ".g.cs", CorpusEmitter.EmitRoot(spec.Root)));
            foreach (FolderSpec folder in spec.Folders)
            {
                sources.Add((folder.HintName, CorpusEmitter.EmitFolder(folder)));
            }
            return sources.Count;
        });

        // Turning every DiagnosticInfo into a Roslyn Diagnostic (what ReportDiagnostics does).
        var allDiagnostics = spec.Diagnostics.ToList(); // the corpus stage now carries (and caps) every diagnostic
        Time($"DiagnosticInfo.ToDiagnostic ×{allDiagnostics.Count}", () => allDiagnostics.Sum(d => d.ToDiagnostic().Id.Length));
        Console.WriteLine("  diagnostics per id: " + string.Join(", ", allDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));

        // The whole thing through Roslyn, with its own per-step times.
        GeneratorDriver driver = null!;
        Time("driver: cold RunGenerators (untracked)", () => (driver = Corpora.CreateDriver(Corpora.Fresh(texts)).RunGenerators(Corpora.EmptyCompilation())).GetHashCode());
        var trackedWatch = Stopwatch.StartNew();
        GeneratorDriver tracked = Corpora.CreateDriver(Corpora.Fresh(texts), track: true).RunGenerators(Corpora.EmptyCompilation());
        PrintSteps($"driver: tracked cold run {trackedWatch.Elapsed.TotalMilliseconds:F0} ms, Roslyn step times", tracked.GetRunResult());

        // Size of the output and cost of compiling it.
        GeneratorDriverRunResult run = driver.GetRunResult();
        SyntaxTree[] trees = run.GeneratedTrees.ToArray();
        long bytes = run.Results.Single().GeneratedSources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        var largest = run.Results.Single().GeneratedSources.OrderByDescending(s => s.SourceText.Length).First();
        long docBytes = run.Results.Single().GeneratedSources.Sum(s => (long)s.SourceText.Lines
            .Select(l => l.ToString()).Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)).Sum(l => Encoding.UTF8.GetByteCount(l) + 1));
        long bodyBytes = run.Results.Single().GeneratedSources.Sum(s => (long)s.SourceText.Lines
            .Select(l => l.ToString()).Where(l => l.EndsWith("u8);", StringComparison.Ordinal)).Sum(l => Encoding.UTF8.GetByteCount(l) + 1));
        Console.WriteLine($"generated: {trees.Length} files, {bytes / 1e6:F1} MB total, {bytes / texts.Length:N0} B/note "
            + $"(doc comments {docBytes / texts.Length:N0} B/note, loader records (u8) {bodyBytes / texts.Length:N0} B/note, "
            + $"rest {(bytes - docBytes - bodyBytes) / texts.Length:N0} B/note); largest file {largest.HintName} {Encoding.UTF8.GetByteCount(largest.SourceText.ToString()) / 1e6:F1} MB");

        if (bytes > 60_000_000 && Environment.GetEnvironmentVariable("CORPUSGEN_COMPILE_LARGE") != "1")
        {
            Console.WriteLine($"compile generated code: SKIPPED, {bytes / 1e6:F0} MB of generated C# (csc needs > 17 GB and minutes on the real corpus; set CORPUSGEN_COMPILE_LARGE=1 to try)");
            CheckIncremental(texts, driver);
            return;
        }
        byte[] dll = Array.Empty<byte>();
        EmitResult emit = null!;
        Time("compile generated code (bind+emit, Release)", () =>
        {
            using var stream = new MemoryStream();
            emit = Corpora.EmptyCompilation(trees).Emit(stream);
            dll = stream.ToArray();
            return dll.Length;
        });
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Console.WriteLine($"  emit {(emit.Success ? "succeeded" : "FAILED")}: {errors.Count} errors {string.Join(", ", errors.GroupBy(e => e.Id).Select(g => $"{g.Key}×{g.Count()} ({g.First().GetMessage()})"))}");
        if (emit.Success)
        {
            using var pe = new PEReader(new MemoryStream(dll));
            MetadataReader md = pe.GetMetadataReader();
            int privateFields = md.TypeDefinitions.Select(md.GetTypeDefinition)
                .Where(t => md.GetString(t.Name).StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal))
                .Sum(t => t.GetFields().Count);
            Console.WriteLine($"  DLL {dll.Length / 1e6:F1} MB ({dll.Length / texts.Length:N0} B/note); #US string heap {md.GetHeapSize(HeapIndex.UserString) / 1e6:F2} MB of 16.78 MB (CS8103); "
                + $"<PrivateImplementationDetails> fields {privateFields:N0} of 65 535");
        }

        CheckIncremental(texts, driver);
    }

    private static void CheckIncremental(ImmutableArray<AdditionalText> texts, GeneratorDriver _)
    {
        GeneratorDriver warm = Corpora.CreateDriver(texts, track: true).RunGenerators(Corpora.EmptyCompilation());
        var victim = (Corpora.MemoryText)texts[texts.Length / 2];
        string folder = victim.Path.Substring(0, victim.Path.LastIndexOf('/') + 1);
        var changes = new (string Name, Func<GeneratorDriver, GeneratorDriver> Apply)[]
        {
            ("no change", d => d),
            ("edit body", d => d.ReplaceAdditionalText(victim, new Corpora.MemoryText(victim.Path, SyntheticCorpus.EditBody(victim.Text, 7)))),
            ("add note", d => d.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new Corpora.MemoryText(folder + "zz_added.md", victim.Text)))),
            ("rename note", d => d.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(victim))
                .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new Corpora.MemoryText(folder + "renamed_" + victim.Path.Substring(folder.Length), victim.Text)))),
        };
        foreach (var change in changes)
        {
            var sw = Stopwatch.StartNew();
            GeneratorDriverRunResult result = change.Apply(warm).RunGenerators(Corpora.EmptyCompilation()).GetRunResult();
            double ms = sw.Elapsed.TotalMilliseconds;
            GeneratorRunResult r = result.Results.Single();
            string Reasons(string step) => r.TrackedSteps.TryGetValue(step, out var steps)
                ? string.Join(" ", steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"))
                : "(not run)";
            Console.WriteLine($"incremental {change.Name,-11}: {ms,8:F0} ms  ParseNote [{Reasons(TrackingNames.ParseNote)}]  BuildCorpus [{Reasons(TrackingNames.BuildCorpus)}]  Folders [{Reasons(TrackingNames.Folders)}]");
        }
    }

    private static void PrintSteps(string title, GeneratorDriverRunResult result)
    {
        GeneratorRunResult r = result.Results.Single();
        Console.WriteLine(title);
        foreach (var pair in r.TrackedSteps.OrderByDescending(p => p.Value.Sum(s => s.ElapsedTime.Ticks)))
        {
            Console.WriteLine($"  step {pair.Key,-28} {pair.Value.Sum(s => s.ElapsedTime.TotalMilliseconds),9:F0} ms  ({pair.Value.Length} runs)");
        }
    }

    private static void Time(string name, Func<object> action)
    {
        action(); // first run: JIT and caches
        GC.Collect();
        long alloc = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        action();
        sw.Stop();
        Console.WriteLine($"{name,-48} {sw.Elapsed.TotalMilliseconds,9:F0} ms  alloc {(GC.GetAllocatedBytesForCurrentThread() - alloc) / 1e6,8:F0} MB");
    }

    private static double Median(double[] values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
