using CorpusGen.Core.Helpers;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Model;

// Outputs of the corpus-wide stage, ready to emit. Immutable with structural equality: adding a member
// that breaks this breaks incremental caching. A folder whose notes did not change compares equal and
// Roslyn skips re-emitting it: nothing here depends on other folders (no global indexes).

/// <summary>Everything the emitter and the diagnostic reporter need for the whole corpus.</summary>
internal sealed record CorpusSpec(RootSpec Root, EquatableArray<FolderSpec> Folders, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The root class: front-matter type, corpus holder, and the loader of every folder with notes.</summary>
internal sealed record RootSpec(
    string Namespace,
    string ClassName,
    string FrontMatterClassName,
    int NoteCount,
    EquatableArray<FrontMatterPropertySpec> FrontMatter,
    EquatableArray<FolderLoaderSpec> Loaders);

/// <summary>A folder's loader method and how many notes it writes (the root derives array offsets).</summary>
internal sealed record FolderLoaderSpec(string MethodName, int NoteCount);

/// <summary>One front-matter key of the corpus and the type it gets.</summary>
/// <param name="NoteCount">How many notes set it (shown in the doc comment).</param>
internal sealed record FrontMatterPropertySpec(string Key, string PropertyName, FrontMatterKind Kind, int NoteCount);

/// <summary>One folder: a nested class (the root folder is the root class itself) and its notes.</summary>
/// <param name="FolderPath">Folder relative to the notes folder ("" for the root).</param>
/// <param name="ClassChain">Class names from the root class down to this folder's class.</param>
/// <param name="LoaderMethod">Name of this folder's method in the loader class (unique in the corpus).</param>
internal sealed record FolderSpec(
    string Namespace,
    string FrontMatterClassName,
    string FolderPath,
    EquatableArray<string> ClassChain,
    EquatableArray<NoteEmitSpec> Notes,
    string LoaderMethod,
    string HintName);

/// <summary>One note as emitted: its member, metadata literals and typed front matter.</summary>
/// <param name="Summary">The first lines of the note for the doc comment.</param>
/// <param name="SourcePath">The note's file, for a <c>#line</c> that maps its member there; null when not mapped.</param>
/// <param name="LinkTargets">
/// What each distinct link target of the note resolves to, in order of first use: a note's index in the emitted
/// order (folder, then id), or -1 for a broken link. The runtime's links and backlinks come from these.
/// </param>
/// <param name="Index">
/// The note's position among the notes directly in its folder (by id), as NoteCorpus.InFolder lists them: a
/// position that notes added to other folders do not move, so their folder files stay as they were.
/// </param>
internal sealed record NoteEmitSpec(
    string MemberName,
    string Id,
    string Title,
    string Extension,
    string? VideoId,
    EquatableArray<string> Aliases,
    string Summary,
    EquatableArray<FrontMatterValueSpec> FrontMatter,
    string? SourcePath = null,
    EquatableArray<int> LinkTargets = default,
    int Index = 0)
{
    /// <summary>Path relative to the notes folder: the id and its extension (<see cref="NoteSpec.Extension"/>).</summary>
    public string RelativePath => Id + Extension;
}

/// <summary>One typed front-matter value of one note, already converted to its property's kind.</summary>
internal sealed record FrontMatterValueSpec(string PropertyName, FrontMatterKind Kind, string? Scalar, EquatableArray<string> Items);
