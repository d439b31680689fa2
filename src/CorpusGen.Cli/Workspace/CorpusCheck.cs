using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Paths;
using CorpusGen.Core.Validation;

namespace CorpusGen.Cli.Workspace;

/// <summary>A diagnostic as the tool reports it: the core's diagnostic with the severity the configuration gives it.</summary>
internal sealed record ReportedDiagnostic(DiagnosticInfo Info, Severity Severity)
{
    public DiagnosticRule Rule => Info.Rule;

    public string Message => Info.Message;
}

/// <summary>What one check of a folder found.</summary>
internal sealed record CheckResult(
    string NotesRoot,
    IReadOnlyList<string> Files,
    IReadOnlyList<ParsedNoteSpec> Parsed,
    CorpusOptions Options,
    IReadOnlyList<ReportedDiagnostic> Diagnostics,
    TimeSpan Elapsed)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// Runs the build's rules over a folder: every note parsed by the core's <see cref="NoteParser"/> (on every
/// core), then the corpus stage (<see cref="CorpusBuilder"/>) with the build's caps, then the severities of the
/// configuration, as the compiler applies them after the generator reports.
/// </summary>
internal static class CorpusCheck
{
    /// <param name="properties">MSBuild properties given on the command line (win over the config's build_property.*).</param>
    /// <param name="progress">Told how many notes are parsed so far (from any thread).</param>
    public static CheckResult Run(string folder, IReadOnlyList<string> files, AnalyzerConfig config, IReadOnlyDictionary<string, string> properties,
        Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        string root = NotePaths.AsNotesRoot(System.IO.Path.GetFullPath(folder));
        (CorpusOptions options, EquatableArray<DiagnosticInfo> optionDiagnostics) = CorpusOptionsReader.Read(name =>
            name == "CorpusGenNotesRoot" ? root
            : properties.TryGetValue(name, out string? value) ? value
            : config.Property(name));

        ParsedNoteSpec[] parsed = NoteFolder.ParseAll(files, options, new StringPool(), progress, cancellationToken);

        var editorConfig = new EditorConfigSeverities();
        var severities = files.Select(editorConfig.For).Where(s => s is not null).Select(s => s!).ToList();
        CorpusSpec corpus = CorpusBuilder.Build(parsed.ToImmutableArray(), options, cancellationToken, severities);
        var reported = new List<ReportedDiagnostic>();
        foreach (DiagnosticInfo diagnostic in optionDiagnostics.Concat(corpus.Diagnostics))
        {
            // A global config entry for the rule wins, as in the compiler; else the folder's; else the rule's own.
            Severity severity = config.SeverityOf(diagnostic.Rule, diagnostic.Severity);
            if (severity != Severity.None)
            {
                reported.Add(new ReportedDiagnostic(diagnostic, severity));
            }
        }
        return new CheckResult(root, files, parsed, options, reported, watch.Elapsed);
    }
}
