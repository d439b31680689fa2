using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using System.Linq;
using CorpusGen.Generator.Emit;
using CorpusGen.Core.Model;
using CorpusGen.Core.Validation;
using CorpusGen.Core.Parsing;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Benchmarks;

/// <summary>
/// `-- profile parse|cold|floor|parts|ratio|corpus|emit [corpus] [rounds]`: repeats one stage so a sampling profiler
/// (`dotnet-trace collect --profile dotnet-sampled-thread-time -- dotnet CorpusGen.Benchmarks.dll profile cold real 5`)
/// sees mostly that stage. Prints the time of each round.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string[] args)
    {
        string what = args.Length > 0 ? args[0] : "parse";
        string corpus = args.Length > 1 ? args[1] : Corpora.Real;
        int rounds = args.Length > 2 ? int.Parse(args[2]) : 5;
        ImmutableArray<AdditionalText> texts = Corpora.Load(corpus);
        var options = new CorpusOptions("BenchCorpus", "Notes", Corpora.NotesRoot);
        if (what == "ratio")
        {
            Ratio(texts, rounds);
            return;
        }
        if (what == "variants")
        {
            Variants.Run(texts, rounds);
            return;
        }
        if (what == "retained")
        {
            Retained(texts, options);
            return;
        }
        if (what is "alloc-corpus" or "alloc-emit")
        {
            var parsed = texts.Select(t => NoteParser.Parse(t.Path, t.GetText()?.ToString(), options, CancellationToken.None)).ToImmutableArray();
            CorpusSpec spec = CorpusBuilder.Build(parsed, options, CancellationToken.None);
            using var sampler = new AllocationSampler();
            for (int round = 0; round < rounds; round++)
            {
                sampler.Recording = true;
                if (what == "alloc-corpus")
                {
                    CorpusBuilder.Build(parsed, options, CancellationToken.None);
                }
                else
                {
                    CorpusEmitter.EmitRoot(spec.Root);
                    foreach (FolderSpec folder in spec.Folders)
                    {
                        CorpusEmitter.EmitFolder(folder);
                    }
                }
                sampler.Recording = false;
            }
            sampler.Print();
            return;
        }
        if (what is "corpus" or "emit")
        {
            CorpusAndEmit(what, texts, options, rounds);
            return;
        }
        for (int round = 0; round < rounds; round++)
        {
            ImmutableArray<AdditionalText> fresh = Corpora.Fresh(texts);
            var sw = Stopwatch.StartNew();
            long check = 0;
            switch (what)
            {
                case "floor":
                    check = Floor.ParseAll(fresh);
                    break;
                case "parts":
                    check = Parts(fresh, options);
                    break;
                case "parse":
                    foreach (AdditionalText text in fresh)
                    {
                        check += NoteParser.Parse(text.Path, text.GetText()?.ToString(), options, CancellationToken.None).Note.Links.Count;
                    }
                    break;
                default:
                    check = Corpora.CreateDriver(fresh).RunGenerators(Corpora.EmptyCompilation()).GetRunResult().GeneratedTrees.Length;
                    break;
            }
            Console.WriteLine($"{what} round {round}: {sw.Elapsed.TotalMilliseconds:F0} ms (check {check})");
        }
    }

    /// <summary>Alternates floor and cold driver runs; a quick check of the ratio while working (BenchmarkDotNet gives the figures).</summary>
    private static readonly CorpusOptions ParseOptions = new("BenchCorpus", "Notes", Corpora.NotesRoot);

    private static void Ratio(ImmutableArray<AdditionalText> texts, int rounds)
    {
        var floor = new System.Collections.Generic.List<double>();
        var cold = new System.Collections.Generic.List<double>();
        for (int round = 0; round <= rounds; round++)
        {
            ImmutableArray<AdditionalText> fresh = Corpora.Fresh(texts);
            GC.Collect();
            TimeSpan pause0 = GC.GetTotalPauseDuration();
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            Floor.ParseAll(fresh);
            double f = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"  floor GC: pauses {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms, gen0 {GC.CollectionCount(0) - g0}, gen1 {GC.CollectionCount(1) - g1}, gen2 {GC.CollectionCount(2) - g2}");
            fresh = Corpora.Fresh(texts);
            GC.Collect();
            TimeSpan pauseP = GC.GetTotalPauseDuration();
            sw.Restart();
            var kept = new ParsedNoteSpec[fresh.Length]; // kept alive, as the driver keeps them
            for (int i = 0; i < fresh.Length; i++)
            {
                kept[i] = NoteParser.Parse(fresh[i].Path, fresh[i].GetText()?.ToString(), ParseOptions, CancellationToken.None);
            }
            double p = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"  parse-kept GC: pauses {(GC.GetTotalPauseDuration() - pauseP).TotalMilliseconds:F0} ms");
            GC.KeepAlive(kept);
            kept = null!;
            fresh = Corpora.Fresh(texts);
            GC.Collect();
            var before = (Pause: GC.GetTotalPauseDuration(), Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
            sw.Restart();
            Corpora.CreateDriver(fresh).RunGenerators(Corpora.EmptyCompilation());
            double c = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"  cold GC: pauses {(GC.GetTotalPauseDuration() - before.Pause).TotalMilliseconds:F0} ms, gen0 {GC.CollectionCount(0) - before.Gen0}, gen1 {GC.CollectionCount(1) - before.Gen1}, gen2 {GC.CollectionCount(2) - before.Gen2}");
            if (round > 0) // round 0 warms up
            {
                floor.Add(f);
                cold.Add(c);
            }
            Console.WriteLine($"round {round}: floor {f:F0} ms, cold {c:F0} ms, ratio {c / f:F2} (parse only, kept: {p:F0} ms)");
        }
        floor.Sort();
        cold.Sort();
        Console.WriteLine($"median: floor {floor[floor.Count / 2]:F0} ms, cold {cold[cold.Count / 2]:F0} ms, ratio {cold[cold.Count / 2] / floor[floor.Count / 2]:F2}");
    }

    /// <summary>Bytes a cold run keeps alive (what every gen0 GC of the run must promote): the parsed notes alone, and the whole driver.</summary>
    private static void Retained(ImmutableArray<AdditionalText> texts, CorpusOptions options)
    {
        for (int round = 0; round < 3; round++)
        {
            ImmutableArray<AdditionalText> fresh = Corpora.Fresh(texts);
            long before = GC.GetTotalMemory(forceFullCollection: true);
            var parsed = fresh.Select(t => NoteParser.Parse(t.Path, t.GetText()?.ToString(), options, CancellationToken.None)).ToArray();
            long afterParse = GC.GetTotalMemory(forceFullCollection: true);
            GeneratorDriver driver = Corpora.CreateDriver(fresh).RunGenerators(Corpora.EmptyCompilation());
            long afterDriver = GC.GetTotalMemory(forceFullCollection: true);
            if (round == 0)
            {
                long S(string? x) => x is null ? 0 : 22 + 2L * x.Length;
                long paths = 0, ids = 0, title = 0, summary = 0, headings = 0, fm = 0, links = 0, linkStrings = 0, display = 0, diags = 0;
                int linkCount = 0, diagCount = 0;
                foreach (ParsedNoteSpec p in parsed)
                {
                    NoteSpec n = p.Note;
                    paths += S(n.FilePath) + S(n.RelativePath);
                    ids += S(n.Id);
                    title += S(n.Title);
                    summary += S(n.Summary);
                    headings += 24 + 8L * n.HeadingKeys.Count;
                    foreach (FrontMatterEntrySpec e in n.FrontMatter) { fm += 48 + S(e.Key) + S(e.Scalar); foreach (string i in e.Items) fm += S(i) + 8; }
                    foreach (LinkTargetSpec l in n.Links) { linkCount++; links += 40; linkStrings += S(l.Target) + (l.Heading is null ? 0 : S(l.Heading)); }
                    foreach (var d in p.Diagnostics) { diagCount++; diags += 100; foreach (string a in d.Arguments) diags += S(a); }
                }
                double k = 1.0 / fresh.Length;
                Console.WriteLine($"per note: paths {paths * k:F0} ids {ids * k:F0} title {title * k:F0} summary {summary * k:F0} headings {headings * k:F0} frontmatter {fm * k:F0} links {linkCount * k:F1}: structs {links * k:F0} target+heading {linkStrings * k:F0} display {display * k:F0}; diagnostics {diagCount * k:F2}: {diags * k:F0}");
            }
            Console.WriteLine($"round {round}: parsed notes {(afterParse - before) / 1e6:F1} MB ({(afterParse - before) / fresh.Length} B/note), driver state {(afterDriver - afterParse) / 1e6:F1} MB");
            GC.KeepAlive(parsed);
            GC.KeepAlive(driver);
        }
    }

    /// <summary>The corpus stage or the emitter alone, repeated over notes parsed once: time and allocation per round.</summary>
    private static void CorpusAndEmit(string what, ImmutableArray<AdditionalText> texts, CorpusOptions options, int rounds)
    {
        var parsed = texts.Select(t => NoteParser.Parse(t.Path, t.GetText()?.ToString(), options, CancellationToken.None)).ToImmutableArray();
        CorpusSpec spec = CorpusBuilder.Build(parsed, options, CancellationToken.None);
        var uncapped = CorpusBuilder.Build(parsed, options with { MaxDiagnosticsPerId = 0, MaxDiagnosticsPerFile = 0 }, CancellationToken.None).Diagnostics;
        Console.WriteLine($"diagnostics without a cap: {uncapped.Count} ("
            + string.Join(", ", uncapped.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count())) + ")");
        for (int round = 0; round < rounds; round++)
        {
            GC.Collect();
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            long check = 0;
            if (what == "corpus")
            {
                check = CorpusBuilder.Build(parsed, options, CancellationToken.None).Diagnostics.Count;
            }
            else
            {
                check = CorpusEmitter.EmitRoot(spec.Root).Length;
                foreach (FolderSpec folder in spec.Folders)
                {
                    check += CorpusEmitter.EmitFolder(folder).Length;
                }
            }
            Console.WriteLine($"{what} round {round}: {sw.Elapsed.TotalMilliseconds:F0} ms, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 1e6:F0} MB (check {check})");
        }
    }

    /// <summary>NoteParser's sub-steps one by one over the corpus: time and allocation of each.</summary>
    private static long Parts(ImmutableArray<AdditionalText> texts, CorpusOptions options)
    {
        var names = new[] { "ToString", "NoteText.Create", "Split+YAML", "Body copy", "Markdown.Parse (ours)", "BodyParser.Parse (incl. parse)", "Markdown.Parse (floor pipeline)" };
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        long check = 0;
        foreach (AdditionalText additional in texts)
        {
            int step = 0;
            long t = Stopwatch.GetTimestamp(), b = GC.GetAllocatedBytesForCurrentThread();
            void Lap()
            {
                long nt = Stopwatch.GetTimestamp(), nb = GC.GetAllocatedBytesForCurrentThread();
                ticks[step] += nt - t;
                bytes[step] += nb - b;
                step++;
                t = Stopwatch.GetTimestamp();
                b = GC.GetAllocatedBytesForCurrentThread();
            }
            string raw = additional.GetText()!.ToString();
            Lap();
            NoteText text = NoteText.Create(raw);
            Lap();
            FrontMatterSplit split = NoteSplitter.Split(text);
            if (split.Kind == FrontMatterSplitKind.Closed)
            {
                string yaml = text.Text.Substring(split.YamlStart, split.YamlEnd - split.YamlStart);
                check += FrontMatterParser.Parse(yaml, text.LineOf(split.YamlStart), text, additional.Path, CancellationToken.None).Entries.Count;
            }
            Lap();
            string markdown = split.BodyStart == 0 ? text.Text : text.Text.Substring(split.BodyStart);
            Lap();
            check += Markdig.Markdown.Parse(markdown, CorpusGenMarkdown.Pipeline).Count;
            Lap();
            try
            {
                check += BodyParser.Parse(text, split.BodyStart, new System.Collections.Generic.List<BodyProblem>(), CancellationToken.None, BodyContent.Summary).Links.Count;
            }
            catch (ArgumentException)
            {
            }
            Lap();
            check += Markdig.Markdown.Parse(markdown, Floor.Pipeline).Count;
            Lap();
        }
        for (int i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"  {names[i],-36} {Stopwatch.GetElapsedTime(0, ticks[i]).TotalMilliseconds,8:F0} ms  alloc {bytes[i] / 1e6,8:F0} MB");
        }
        return check;
    }
}
