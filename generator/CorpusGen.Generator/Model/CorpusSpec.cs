using CorpusGen.Generator.Helpers;

namespace CorpusGen.Generator.Model;

// Outputs of the corpus-wide stage, ready to emit. Immutable with structural equality: a folder
// whose notes did not change compares equal and Roslyn skips re-emitting it.

/// <summary>Everything the emitter and the diagnostic reporter need for the whole corpus.</summary>
internal sealed record CorpusSpec(RootSpec Root, EquatableArray<FolderSpec> Folders, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The root class: front-matter type, corpus holder, loaders of every folder that has notes.</summary>
/// <param name="FolderLoaders">Dotted class paths under the root class of folders with notes ("" for the root itself).</param>
internal sealed record RootSpec(
    string Namespace,
    string ClassName,
    string FrontMatterClassName,
    int NoteCount,
    EquatableArray<FrontMatterPropertySpec> FrontMatter,
    EquatableArray<string> FolderLoaders);

/// <summary>One front-matter key of the corpus and the type it gets.</summary>
/// <param name="NoteCount">How many notes set it (shown in the doc comment).</param>
internal sealed record FrontMatterPropertySpec(string Key, string PropertyName, FrontMatterKind Kind, int NoteCount);

/// <summary>One folder: a nested class (the root folder is the root class itself) and its notes.</summary>
/// <param name="FolderPath">Folder relative to the notes folder ("" for the root).</param>
/// <param name="ClassChain">Class names from the root class down to this folder's class.</param>
internal sealed record FolderSpec(
    string Namespace,
    string FrontMatterClassName,
    string FolderPath,
    EquatableArray<string> ClassChain,
    EquatableArray<NoteEmitSpec> Notes,
    string HintName);

/// <summary>One note as emitted: member, metadata literals, typed front matter and the encoded body.</summary>
/// <param name="Summary">The first lines of the note for the doc comment.</param>
/// <param name="Body">The body record (see NoteBodyEncoder), embedded as a UTF-8 literal.</param>
internal sealed record NoteEmitSpec(
    int Index,
    string MemberName,
    string Id,
    string Title,
    string RelativePath,
    string? VideoId,
    string Summary,
    EquatableArray<FrontMatterValueSpec> FrontMatter,
    string Body);

/// <summary>One typed front-matter value of one note, already converted to its property's kind.</summary>
internal sealed record FrontMatterValueSpec(string PropertyName, FrontMatterKind Kind, string? Scalar, EquatableArray<string> Items);
