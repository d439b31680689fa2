using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Compiling what the generator produced: the generated syntax trees (already parsed by the driver)
/// bound and emitted to a DLL in memory, Release, like csc in `dotnet build -c Release`. The setup
/// prints the compiler's errors (CS8103 string heap, too many u8 literals …) if there are any.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private SyntaxTree[] _trees = System.Array.Empty<SyntaxTree>();

    public static IEnumerable<string> CorpusNames => Corpora.Available(Corpora.Real, "syn1k", "syn10k", "syn50k");

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var driver = Corpora.CreateDriver(Corpora.Load(Corpus)).RunGenerators(Corpora.EmptyCompilation());
        _trees = driver.GetRunResult().GeneratedTrees.ToArray();
        EmitResult result = Corpora.EmptyCompilation(_trees).Emit(Stream.Null);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        System.Console.WriteLine($"// {Corpus}: {_trees.Length} generated files, emit {(result.Success ? "succeeded" : "FAILED")}, "
            + $"{errors.Count} errors {string.Join(", ", errors.GroupBy(e => e.Id).Select(g => g.Key + "×" + g.Count()))}");
    }

    [Benchmark(Description = "Compile generated code (bind+emit)")]
    public bool Compile()
    {
        using var stream = new MemoryStream();
        return Corpora.EmptyCompilation(_trees).Emit(stream).Success;
    }
}
