using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// `-- profile variants [corpus] [rounds]`: cold driver runs of cut-down generators (parse only; parse and corpus
/// stage; the whole generator), interleaved with the floor, with time and GC pauses of each: where a cold run's
/// cost above the floor comes from.
/// </summary>
internal static class Variants
{
    public static void Run(ImmutableArray<AdditionalText> texts, int rounds)
    {
        var variants = new (string Name, Func<IIncrementalGenerator?> Create)[]
        {
            ("floor", () => null),
            ("parse nocache", () => new Cut(corpus: false, cache: false)),
            ("parse", () => new Cut(corpus: false)),
            ("parse+corpus", () => new Cut(corpus: true)),
            ("whole", () => new CorpusGen.Generator.CorpusGenerator()),
        };
        var times = new Dictionary<string, List<double>>();
        var pauses = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        var counts = new Dictionary<string, int[]>();
        CSharpCompilation compilation = Corpora.EmptyCompilation();
        for (int round = 0; round <= rounds; round++)
        {
            foreach ((string name, Func<IIncrementalGenerator?> create) in variants)
            {
                ImmutableArray<AdditionalText> fresh = Corpora.Fresh(texts);
                IIncrementalGenerator? generator = create();
                GC.Collect();
                TimeSpan pause = GC.GetTotalPauseDuration();
                int[] before = { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                if (generator is null)
                {
                    Floor.ParseAll(fresh);
                }
                else
                {
                    CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, fresh, Corpora.ParseOptions, Corpora.Options)
                        .RunGenerators(compilation);
                }
                if (round > 0)
                {
                    (cpu.TryGetValue(name, out var u) ? u : cpu[name] = new()).Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    (times.TryGetValue(name, out var t) ? t : times[name] = new()).Add(sw.Elapsed.TotalMilliseconds);
                    (pauses.TryGetValue(name, out var p) ? p : pauses[name] = new()).Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
                    int[] total = counts.TryGetValue(name, out var c) ? c : counts[name] = new int[3];
                    for (int gen = 0; gen < 3; gen++)
                    {
                        total[gen] += GC.CollectionCount(gen) - before[gen];
                    }
                }
            }
        }
        foreach ((string name, _) in variants)
        {
            int[] c = counts[name];
            double perRound = 1.0 / times[name].Count;
            Console.WriteLine($"{name,-14} median {Median(times[name]),7:F0} ms (CPU {Median(cpu[name]),7:F0} ms), GC pauses {Median(pauses[name]),5:F0} ms, "
                + $"collections per run gen0 {c[0] * perRound:F1} gen1 {c[1] * perRound:F1} gen2 {c[2] * perRound:F1}");
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>The generator's own parse step (and optionally its corpus stage), with an output that does nothing.</summary>
    private sealed class Cut : IIncrementalGenerator
    {
        private readonly bool _corpus;
        private readonly bool _cache;
        private readonly NoteParseCache _parseCache = new();

        public Cut(bool corpus, bool cache = true)
        {
            _corpus = corpus;
            _cache = cache;
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = new CorpusOptions("BenchCorpus", "Notes", Corpora.NotesRoot);
            var parsed = context.AdditionalTextsProvider
                .Select((text, cancellationToken) => _cache ? _parseCache.GetOrParse(text.Path, text.GetText(cancellationToken), static t => t.ToString(), options, cancellationToken)
                    : NoteParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString(), options, cancellationToken))
                .Collect();
            if (_corpus)
            {
                context.RegisterSourceOutput(parsed.Select((notes, cancellationToken) => CorpusBuilder.Build(notes, options, cancellationToken)),
                    static (_, corpus) => GC.KeepAlive(corpus));
            }
            else
            {
                context.RegisterSourceOutput(parsed, static (_, notes) => GC.KeepAlive(notes));
            }
        }
    }
}
