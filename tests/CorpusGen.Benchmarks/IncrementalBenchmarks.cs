using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CorpusGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// One-note changes against a warm driver (a cold run done in GlobalSetup). Each invocation starts from
/// the same warm driver (drivers are immutable), applies the change and runs the generators again:
/// what the IDE and the compiler server do after an edit. Baseline = a cold run of the same corpus, so
/// the Ratio column is the re-run cost as a share of cold (target ≤ 0.05 for a body edit).
/// The edited note is one in the middle of the ordinal order (its folder is a typical one).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IncrementalBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _fresh;
    private GeneratorDriver _warm = null!;
    private AdditionalText _victim = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _added = null!;
    private AdditionalText _renamed = null!;
    private ImmutableArray<AdditionalText> _nextBuild;

    public static IEnumerable<string> CorpusNames => Corpora.Available(Corpora.Real, "syn10k");

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpora.Load(Corpus);
        _compilation = Corpora.EmptyCompilation();
        _warm = Corpora.CreateDriver(_texts).RunGenerators(_compilation);
        _victim = _texts[_texts.Length / 2];
        var victim = (Corpora.MemoryText)_victim;
        _edited = new Corpora.MemoryText(victim.Path, SyntheticCorpus.EditBody(victim.Text, 1));
        string folder = victim.Path.Substring(0, victim.Path.LastIndexOf('/') + 1);
        _added = new Corpora.MemoryText(folder + "zz_benchmark_added_note.md", victim.Text.Replace("title: ", "title: Added "));
        _renamed = new Corpora.MemoryText(folder + "renamed_" + victim.Path.Substring(folder.Length), victim.Text);
    }

    [Benchmark(Baseline = true, Description = "Cold run (baseline)")]
    public GeneratorDriver Cold() => Corpora.CreateDriver(_fresh).RunGenerators(_compilation);

    [IterationSetup(Target = nameof(Cold))]
    public void FreshTexts() => _fresh = Corpora.Fresh(_texts);

    [Benchmark(Description = "No change: warm re-run")]
    public GeneratorDriver NoChange() => _warm.RunGenerators(_compilation);

    [Benchmark(Description = "Edit one note body")]
    public GeneratorDriver EditBody() => _warm.ReplaceAdditionalText(_victim, _edited).RunGenerators(_compilation);

    /// <summary>
    /// What the compiler server's cached driver sees on the next build: every note a new text object (read
    /// again from disk), one of them edited. Only the edited note is parsed; the rest is matched by checksum.
    /// </summary>
    [Benchmark(Description = "Server rebuild: new text objects, one edited")]
    public GeneratorDriver ServerRebuild() => _warm.ReplaceAdditionalTexts(_nextBuild).RunGenerators(_compilation);

    [IterationSetup(Target = nameof(ServerRebuild))]
    public void NextBuildTexts()
    {
        ImmutableArray<AdditionalText>.Builder next = Corpora.Fresh(_texts).ToBuilder();
        next[_texts.Length / 2] = _edited;
        _nextBuild = next.MoveToImmutable();
    }

    [Benchmark(Description = "Add one note")]
    public GeneratorDriver AddNote() => _warm.AddAdditionalTexts(ImmutableArray.Create(_added)).RunGenerators(_compilation);

    [Benchmark(Description = "Rename one note (remove+add)")]
    public GeneratorDriver RenameNote() => _warm.RemoveAdditionalTexts(ImmutableArray.Create(_victim))
        .AddAdditionalTexts(ImmutableArray.Create(_renamed)).RunGenerators(_compilation);
}
