using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using CorpusGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>A note given to the generator: its path under the notes folder and its text (null: unreadable).</summary>
internal sealed record NoteFile(string RelativePath, string? Text);

/// <summary>
/// Runs CorpusGenerator the way the compiler does (CSharpGeneratorDriver, AdditionalFiles, build_property
/// options) over in-memory notes, with step tracking on, and compiles what it generates.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>A virtual notes folder: paths never touch the disk.</summary>
    public const string NotesRoot = "/corpus/notes/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(CorpusGen.Note).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CorpusRun Run(IEnumerable<NoteFile> notes, string consumerCode = "", IReadOnlyDictionary<string, string>? extraOptions = null) =>
        Run(notes.Select(n => (AdditionalText)new InMemoryAdditionalText(NotesRoot + n.RelativePath, n.Text)), consumerCode, extraOptions);

    public static CorpusRun Run(IEnumerable<AdditionalText> texts, string consumerCode = "", IReadOnlyDictionary<string, string>? extraOptions = null)
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.CorpusGenNotesRoot"] = NotesRoot,
            ["build_property.RootNamespace"] = "TestCorpus",
        };
        foreach (var pair in extraOptions ?? new Dictionary<string, string>())
        {
            options[pair.Key] = pair.Value;
        }

        var generator = new CorpusGenerator();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestOptionsProvider(options),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return CorpusRun.Start(generator, driver, CreateCompilation(consumerCode), texts.ToList());
    }

    public static CSharpCompilation CreateCompilation(string consumerCode) => CSharpCompilation.Create(
        "TestCorpus",
        consumerCode.Length == 0 ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(consumerCode, ParseOptions) },
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Every .md file under <paramref name="directory"/>, with paths relative to it.</summary>
    public static IReadOnlyList<NoteFile> ReadDirectory(string directory, string pattern = "*.md") =>
        Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new NoteFile(Path.GetRelativePath(directory, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
}

/// <summary>One generator run: its driver (for incremental re-runs), diagnostics, sources and the compiled output.</summary>
internal sealed class CorpusRun
{
    private readonly IReadOnlyList<AdditionalText> _texts;

    private CorpusRun(CorpusGenerator generator, GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> driverDiagnostics, IReadOnlyList<AdditionalText> texts)
    {
        Generator = generator;
        _texts = texts;
        Driver = driver;
        Input = input;
        Output = output;
        Result = driver.GetRunResult();
        DriverDiagnostics = driverDiagnostics;
    }

    /// <summary>The generator instance the driver runs (its parse cache carries over to re-runs).</summary>
    public CorpusGenerator Generator { get; }

    public GeneratorDriver Driver { get; }
    public Compilation Input { get; }
    public Compilation Output { get; }
    public GeneratorDriverRunResult Result { get; }

    /// <summary>Everything the driver reported: CorpusGen's diagnostics, and CS8784/CS8785 if a generator threw.</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    /// <summary>CS8784/CS8785: the generator threw, and Roslyn dropped all of its output.</summary>
    public IReadOnlyList<Diagnostic> GeneratorCrashes => DriverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785").ToList();

    public static CorpusRun Start(CorpusGenerator generator, GeneratorDriver driver, Compilation compilation, IReadOnlyList<AdditionalText> texts)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new CorpusRun(generator, driver, compilation, output, diagnostics, texts);
    }

    /// <summary>Runs the same driver again after a change to its inputs: what an edit in the IDE does.</summary>
    public CorpusRun RunAgain(Func<GeneratorDriver, GeneratorDriver> change) => Start(Generator, change(Driver), Input, _texts);

    /// <summary>What the generator reported, sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
        .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>Diagnostics as MSBuild prints them: "redpointai/x.md(12,5): error CG0001".</summary>
    public IReadOnlyList<string> DiagnosticLines => Diagnostics.Select(Format).ToList();

    public static string Format(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        if (span.Path is null)
        {
            return $"CorpusGen: {d.Severity.ToString().ToLowerInvariant()} {d.Id}"; // no location, as MSBuild prints it
        }
        string path = span.Path.StartsWith(GeneratorHarness.NotesRoot, StringComparison.Ordinal) ? span.Path.Substring(GeneratorHarness.NotesRoot.Length) : span.Path;
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}";
    }

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources => Result.Results.Single().GeneratedSources
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Errors and warnings of compiling the generated code (plus any consumer code).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("CG", StringComparison.Ordinal))
        .ToList();

    /// <summary>Emits the output compilation and loads it in a collectible context.</summary>
    public Assembly Load()
    {
        // As CorpusGen.targets does in a real build: every note's text becomes a manifest resource.
        var resources = _texts
            .Where(t => t.GetText() is not null && t.Path.StartsWith(GeneratorHarness.NotesRoot, StringComparison.Ordinal))
            .GroupBy(t => t.Path, StringComparer.Ordinal).Select(g => g.First()) // a file listed twice is embedded once
            .Select(t => new ResourceDescription(
                CorpusGen.NoteCorpus.ResourceNameOf(t.Path.Substring(GeneratorHarness.NotesRoot.Length)),
                () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(t.GetText()!.ToString())),
                isPublic: true))
            .ToList();
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream, manifestResources: resources);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
        }
        stream.Position = 0;
        return new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Every note of the loaded corpus (Notes.All) as runtime objects.</summary>
    public IReadOnlyList<CorpusGen.Note> LoadNotes(string typeName = "TestCorpus.Notes")
    {
        Type notes = Load().GetType(typeName, throwOnError: true)!;
        return ((IEnumerable<CorpusGen.Note>)notes.GetProperty("All")!.GetValue(null)!).ToList();
    }
}
