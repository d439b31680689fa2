using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Cold generation versus the floor, per corpus. A cold run is a new CSharpGeneratorDriver over every
/// note, run once (parse, corpus, emit, and Roslyn's parse of the generated sources); the floor parses
/// the same already-loaded texts with Markdig + YamlDotNet. Ratio column = cold / floor (target ≤ 1.5).
/// Monitoring strategy: every invocation is one whole run (no pilot, no unrolling); 1 warm-up, 5 measured.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ColdBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _fresh;

    public static IEnumerable<string> CorpusNames => Corpora.Available(Corpora.Real, "syn1k", "syn10k", "syn50k");

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpora.Load(Corpus);
        _compilation = Corpora.EmptyCompilation();
    }

    [Benchmark(Baseline = true, Description = "Floor: Markdig+YamlDotNet parse")]
    public long FloorParse() => Floor.ParseAll(_texts);

    [Benchmark(Description = "Cold: new driver, RunGenerators")]
    public GeneratorDriver ColdGenerate() => Corpora.CreateDriver(_fresh).RunGenerators(_compilation);

    [IterationSetup(Target = nameof(ColdGenerate))]
    public void FreshTexts() => _fresh = Corpora.Fresh(_texts);
}
