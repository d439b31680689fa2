using System;
using System.Threading;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Paths;
using CorpusGen.Core.Validation;
using CorpusGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator;

/// <summary>
/// Compiles markdown notes (AdditionalFiles ending in .md) into typed C#: parse → model → validate → emit.
/// A thin Roslyn host over CorpusGen.Core, which owns parsing, the model and every rule: Initialize only
/// wires the stages, and this project adds the emitter and the conversion to Roslyn diagnostics.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <summary>
    /// This instance's parses, reused across the compilations it serves (the compiler server keeps the
    /// generator loaded between builds).
    /// </summary>
    internal NoteParseCache ParseCache { get; } = new();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        NoteParseCache cache = ParseCache;
        // Options first, reduced to an equatable record: an unrelated option change leaves notes cached.
        var optionsAndDiagnostics = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => CorpusOptionsReader.Read(name =>
                provider.GlobalOptions.TryGetValue("build_property." + name, out string? value) ? value : null))
            .WithTrackingName(TrackingNames.Options);
        var options = optionsAndDiagnostics.Select(static (pair, _) => pair.Options);
        context.RegisterSourceOutput(optionsAndDiagnostics.Select(static (pair, _) => pair.Diagnostics), ReportDiagnostics);

        // Per note: parsing is the expensive part and depends on one file only, so an edit re-parses one note
        // (and NoteParseCache keeps a rename from re-parsing the notes Roslyn re-pairs by position).
        var parsedNotes = context.AdditionalTextsProvider
            .Where(static text => NotePaths.IsNoteFile(text.Path))
            .Combine(options)
            .Where(static pair => NotePaths.IsUnderNotesRoot(pair.Left.Path, pair.Right.NotesRoot))
            .Select((pair, cancellationToken) => ParseNote(cache, pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ParseNote);

        // Corpus-wide: only link resolution, naming and encoding need every note; they never re-parse.
        // Every diagnostic goes through this stage too, so one place de-duplicates and caps them.
        // Per note: the severities the .editorconfig sections matching it set (corpusgen_severity.CG####). The
        // compiler applies those sections only to C# files, so they are read here and reported with.
        var severities = context.AdditionalTextsProvider
            .Where(static text => NotePaths.IsNoteFile(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ReadSeverities(pair.Left, pair.Right))
            .Where(static s => s is not null)
            .Collect()
            .WithTrackingName(TrackingNames.Severities);

        var corpus = parsedNotes
            .Collect()
            .Combine(options)
            .Combine(severities)
            .Select(static (pair, cancellationToken) => CorpusBuilder.Build(pair.Left.Left, pair.Left.Right, cancellationToken, pair.Right!))
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
        // Note doc comments only where someone reads them (CorpusEmitter.EmitFolder): a compilation that parses
        // documentation (an IDE, a documentation file) or generated files written out to be read.
        var withDocs = context.ParseOptionsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => pair.Left.DocumentationMode != DocumentationMode.None
                || (pair.Right.GlobalOptions.TryGetValue("build_property.EmitCompilerGeneratedFiles", out string? emit)
                    && string.Equals(emit, "true", StringComparison.OrdinalIgnoreCase)))
            .WithTrackingName(TrackingNames.Documentation);
        context.RegisterSourceOutput(
            corpus.SelectMany(static (c, _) => c.Folders.AsImmutableArray()).WithTrackingName(TrackingNames.Folders).Combine(withDocs),
            static (spc, pair) => spc.AddSource(pair.Left.HintName, CorpusEmitter.EmitFolder(pair.Left, pair.Right, spc.CancellationToken)));
    }

    /// <summary>
    /// One note's parse: from the cache when the file's stamp or its content says it is unchanged (a warm
    /// compiler server hands in new text objects for every file), else parsed.
    /// </summary>
    private static ParsedNoteSpec ParseNote(NoteParseCache cache, AdditionalText file, CorpusOptions options, CancellationToken cancellationToken)
    {
        long stamp = FileStamp.Of(file);
        if (cache.TryGetUnchanged(file.Path, stamp, options, out ParsedNoteSpec? unchanged))
        {
            return unchanged!;
        }
        return cache.GetOrParse(file.Path, file.GetText(cancellationToken), static (SourceText text) => text.ToString(), options, cancellationToken,
            static (SourceText text) => text.GetChecksum(), stamp);
    }

    private static FileSeverities? ReadSeverities(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GetOptions(file);
        IEnumerable<string> keys;
        try
        {
            keys = options.Keys;
        }
        catch (NotImplementedException)
        {
            return null; // a host whose options cannot list their keys (the base class throws): no per-folder severities
        }
        return FileSeverities.From(file.Path, keys
            .Where(static key => key.StartsWith(SeverityOverride.KeyPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(key => new KeyValuePair<string, string>(key, options.TryGetValue(key, out string? value) ? value : "")));
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
