using System;
using System.Collections.Immutable;
using CorpusGen.Generator.Emit;
using CorpusGen.Generator.Helpers;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator;

/// <summary>
/// Compiles markdown notes (AdditionalFiles ending in .md) into typed C#: parse → model → validate → emit.
/// Initialize only wires the stages; each stage lives in its own folder.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Options first, reduced to an equatable record: an unrelated option change leaves notes cached.
        var optionsAndDiagnostics = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => CorpusOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);
        var options = optionsAndDiagnostics.Select(static (pair, _) => pair.Options);
        context.RegisterSourceOutput(optionsAndDiagnostics.Select(static (pair, _) => pair.Diagnostics), ReportDiagnostics);

        // Per note: parsing is the expensive part and depends on one file only, so an edit re-parses one note
        // (and NoteParseCache keeps a rename from re-parsing the notes Roslyn re-pairs by position).
        var parsedNotes = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Combine(options)
            .Where(static pair => NoteParser.IsUnderNotesRoot(pair.Left.Path, pair.Right.NotesRoot))
            .Select(static (pair, cancellationToken) => NoteParseCache.GetOrParse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParseNote);

        // Corpus-wide: only link resolution, naming and encoding need every note; they never re-parse.
        // Every diagnostic goes through this stage too, so one place de-duplicates and caps them.
        var corpus = parsedNotes
            .Collect()
            .Combine(options)
            .Select(static (pair, cancellationToken) => CorpusBuilder.Build(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BuildCorpus);

        // Source and diagnostics are separate outputs: a folder whose notes did not change is not re-emitted.
        context.RegisterSourceOutput(
            corpus.Select(static (c, _) => c.Diagnostics).WithTrackingName(TrackingNames.CorpusDiagnostics),
            ReportDiagnostics);
        context.RegisterSourceOutput(
            corpus.Select(static (c, _) => c.Root).WithTrackingName(TrackingNames.Root),
            static (spc, root) =>
            {
                if (root.NoteCount > 0) // no notes, no API: an app referencing a notes library must not get an empty twin
                {
                    spc.AddSource(root.ClassName + ".g.cs", CorpusEmitter.EmitRoot(root));
                }
            });
        context.RegisterSourceOutput(
            corpus.SelectMany(static (c, _) => c.Folders.AsImmutableArray()).WithTrackingName(TrackingNames.Folders),
            static (spc, folder) => spc.AddSource(folder.HintName, CorpusEmitter.EmitFolder(folder, spc.CancellationToken)));
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
