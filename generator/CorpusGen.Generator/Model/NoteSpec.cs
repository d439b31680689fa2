using CorpusGen.Generator.Helpers;

namespace CorpusGen.Generator.Model;

// Every type in this folder crosses a pipeline edge. They are immutable records holding only strings,
// primitives, other specs and EquatableArray: structural equality is what lets Roslyn cache a step.
// Adding a member that breaks this breaks incremental caching (a test walks these types).

/// <summary>One parsed note: everything later stages need, and nothing from Markdig or YamlDotNet.</summary>
/// <param name="FilePath">Path as the compiler gave it (diagnostics point here).</param>
/// <param name="RelativePath">Path relative to the notes folder, '/' separators.</param>
/// <param name="Id">RelativePath without the .md extension: unique in the corpus.</param>
/// <param name="FileStem">File name without extension: the usual wiki-link target.</param>
/// <param name="Title">Front-matter title, or the file stem when there is none.</param>
/// <param name="Summary">The note's first lines in one line (its lead, else its first section with text), for the doc comment.</param>
/// <param name="Headings">Every heading's title in document order: #heading links are checked against them.</param>
/// <param name="Links">Every wiki-link, to resolve corpus-wide. Timestamps are checked while parsing and are not kept:
/// the runtime reads them from the embedded note.</param>
internal sealed record NoteSpec(
    string FilePath,
    string RelativePath,
    string Id,
    string FileStem,
    string Title,
    EquatableArray<string> Aliases,
    EquatableArray<FrontMatterEntrySpec> FrontMatter,
    string Summary,
    EquatableArray<string> Headings,
    EquatableArray<WikiLinkSpec> Links)
{
    /// <summary>Folder part of the id ("" at the root).</summary>
    public string Folder => Id.LastIndexOf('/') is int slash and >= 0 ? Id.Substring(0, slash) : "";

    /// <summary>The front matter's videoId when it is a string, for timestamp URLs.</summary>
    public string? VideoId
    {
        get
        {
            foreach (FrontMatterEntrySpec entry in FrontMatter)
            {
                if (entry.Key == "videoId" && entry.Kind == FrontMatterKind.String)
                {
                    return entry.Scalar;
                }
            }
            return null;
        }
    }
}

/// <summary>The result of parsing one file: the note and what was wrong with it.</summary>
internal sealed record ParsedNoteSpec(NoteSpec Note, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>How a front-matter value is typed.</summary>
internal enum FrontMatterKind
{
    String,
    Integer,
    Float,
    Boolean,
    Date,
    StringList,
}

/// <summary>One front-matter key of one note with its typed value (Scalar for scalars, Items for lists).</summary>
internal sealed record FrontMatterEntrySpec(string Key, FrontMatterKind Kind, string? Scalar, EquatableArray<string> Items);
