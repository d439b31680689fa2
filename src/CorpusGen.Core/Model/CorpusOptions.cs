namespace CorpusGen.Core.Model;

/// <summary>
/// The MSBuild options CorpusGen reads (build_property.*), already validated.
/// Immutable with structural equality: adding a member that breaks this breaks incremental caching.
/// </summary>
/// <param name="Namespace">Namespace of the generated code.</param>
/// <param name="ClassName">Name of the generated root class (<c>Notes</c>).</param>
/// <param name="NotesRoot">Absolute notes folder with '/' separators and a trailing '/', or "" when unknown.</param>
/// <param name="MaxDiagnosticsPerId">Diagnostics reported per ID across the corpus; 0 for no cap.</param>
/// <param name="MaxDiagnosticsPerFile">Diagnostics reported per note file; 0 for no cap.</param>
/// <param name="LinkRule">Which renderer's rule resolves wiki-links.</param>
/// <param name="PlayerReadsMinutesSeconds">The site's player reads a two-part data-t as MM:SS, so CG0019 is not reported.</param>
/// <param name="MapToNotes">Map each note's member to its file with <c>#line</c> (an IDE's view: the path is absolute, so a build's output never has it).</param>
internal sealed record CorpusOptions(string Namespace, string ClassName, string NotesRoot,
    int MaxDiagnosticsPerId = CorpusOptions.DefaultMaxDiagnosticsPerId, int MaxDiagnosticsPerFile = CorpusOptions.DefaultMaxDiagnosticsPerFile,
    bool MapToNotes = false, bool PlayerReadsMinutesSeconds = false, LinkRule LinkRule = LinkRule.Obsidian)
{
    public const string DefaultNamespace = "CorpusGen.Generated";
    public const string DefaultClassName = "Notes";
    public const int DefaultMaxDiagnosticsPerId = 100;
    public const int DefaultMaxDiagnosticsPerFile = 50;
}
