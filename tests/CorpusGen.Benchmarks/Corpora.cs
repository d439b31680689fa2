using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using CorpusGen.Generator;
using CorpusGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using CorpusGen.Core.Helpers;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The corpora the benchmarks run on: "real" (every note of ../shared/real/tubegraph/content, read
/// in place at run time, never copied) and "syn1k" / "syn10k" / "syn50k" (CorpusGen.Synthetic, seed fixed).
/// Texts are created once per process with their SourceText already loaded, so no benchmark pays file I/O.
/// </summary>
public static class Corpora
{
    public const string Real = "real";
    public const string NotesRoot = "/corpus/notes/";

    private static readonly ConcurrentDictionary<string, Lazy<ImmutableArray<AdditionalText>>> s_cache = new();

    /// <summary>The corpora to benchmark: the real one only when it is present (a message says so otherwise).</summary>
    public static IEnumerable<string> Available(params string[] wanted)
    {
        // CORPUSGEN_CORPORA=syn1k,real restricts every benchmark to those corpora (the full suite is long).
        string[]? only = Environment.GetEnvironmentVariable("CORPUSGEN_CORPORA")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string name in wanted)
        {
            if (only is { Length: > 0 } && Array.IndexOf(only, name) < 0)
            {
                continue;
            }
            if (name == Real && RealDirectory() is null)
            {
                Console.WriteLine("SKIPPED real corpus: ../shared/real/tubegraph/content not found next to the repository "
                    + "(set CORPUSGEN_REAL_CORPUS to its path to run the real-corpus cases).");
                continue;
            }
            yield return name;
        }
    }

    /// <summary>Path of the real corpus, or null: CORPUSGEN_REAL_CORPUS, else ../shared/real/tubegraph/content from the repo root.</summary>
    public static string? RealDirectory()
    {
        string? env = Environment.GetEnvironmentVariable("CORPUSGEN_REAL_CORPUS");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? Path.GetFullPath(env) : null;
        }
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorpusGen.sln")))
            {
                string real = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "real", "tubegraph", "content"));
                return Directory.Exists(real) ? real : null;
            }
        }
        return null;
    }

    public static int SyntheticSize(string name) => name switch
    {
        "syn1k" => 1_000,
        "syn10k" => 10_000,
        "syn50k" => 50_000,
        _ => throw new ArgumentException("unknown corpus " + name),
    };

    /// <summary>All notes of a corpus as additional texts under <see cref="NotesRoot"/>, ordered by path.</summary>
    public static ImmutableArray<AdditionalText> Load(string name) =>
        s_cache.GetOrAdd(name, n => new Lazy<ImmutableArray<AdditionalText>>(() => LoadCore(n))).Value;

    private static ImmutableArray<AdditionalText> LoadCore(string name)
    {
        if (name == Real)
        {
            string dir = RealDirectory() ?? throw new InvalidOperationException("the real corpus is absent");
            return Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (AdditionalText)new MemoryText(NotesRoot + Path.GetRelativePath(dir, p).Replace('\\', '/'), File.ReadAllText(p)))
                .ToImmutableArray();
        }
        return SyntheticCorpus.Generate(SyntheticSize(name))
            .Select(n => (AdditionalText)new MemoryText(NotesRoot + n.RelativePath, n.Text))
            .ToImmutableArray();
    }

    /// <summary>
    /// The same notes as new SourceText objects: a cold run must not reuse anything of an earlier run, as a new
    /// compiler process would not (each driver made by <see cref="CreateDriver"/> has a new generator, whose
    /// parse cache and string pool start empty).
    /// </summary>
    public static ImmutableArray<AdditionalText> Fresh(ImmutableArray<AdditionalText> texts)
    {
        return texts.Select(t => (AdditionalText)new MemoryText(t.Path, ((MemoryText)t).Text)).ToImmutableArray();
    }

    /// <summary>A note as the compiler hands it over: a path and an already-decoded SourceText.</summary>
    public sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            Text = text;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public string Text { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, bool track = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>The MSBuild properties a corpus project passes (notes folder, namespace).</summary>
    public static readonly AnalyzerConfigOptionsProvider Options = new OptionsProvider(new Dictionary<string, string>
    {
        ["build_property.CorpusGenNotesRoot"] = NotesRoot,
        ["build_property.RootNamespace"] = "BenchCorpus",
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(CorpusGen.Note).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    /// <summary>The consumer compilation (empty: the corpus project has no code of its own).</summary>
    public static CSharpCompilation EmptyCompilation(IEnumerable<SyntaxTree>? trees = null) => CSharpCompilation.Create(
        "BenchCorpus",
        trees ?? Array.Empty<SyntaxTree>(),
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public OptionsProvider(Dictionary<string, string> global) => _global = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

            public override IEnumerable<string> Keys => _values.Keys;
        }
    }
}
