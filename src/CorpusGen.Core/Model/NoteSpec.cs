using CorpusGen.Core.Paths;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Model;

// Every type in this folder crosses a pipeline edge. They are immutable records holding only strings,
// primitives, other specs and EquatableArray: structural equality is what lets Roslyn cache a step.
// Adding a member that breaks this breaks incremental caching (a test walks these types).

/// <summary>One parsed note: everything later stages need, and nothing from Markdig or YamlDotNet.</summary>
/// <param name="FilePath">Path as the compiler gave it (diagnostics point here).</param>
/// <param name="Id">Path relative to the notes folder ('/' separators) without the .md extension: unique in the corpus.</param>
/// <param name="Title">Front-matter title, or the file stem when there is none.</param>
/// <param name="Summary">The note's first lines in one line (its lead, else its first section with text), for the doc comment.</param>
/// <param name="HeadingKeys">The <see cref="LinkKey.Hash"/> of every heading's link key, in document order:
/// #heading links are checked against them (the titles themselves are not needed after the parse).</param>
/// <param name="BlockIds">The ids of the note's blocks (<c>^id</c>), which <c>[[note#^id]]</c> links name.</param>
/// <param name="Links">Every wiki-link, to resolve corpus-wide: only what resolving and reporting need (the runtime
/// reads the rest from the embedded note). Timestamps are checked while parsing and are not kept.</param>
internal sealed record NoteSpec(
    string FilePath,
    string Id,
    string Title,
    EquatableArray<string> Aliases,
    EquatableArray<FrontMatterEntrySpec> FrontMatter,
    string Summary,
    EquatableArray<long> HeadingKeys,
    EquatableArray<LinkTargetSpec> Links,
    EquatableArray<string> BlockIds = default)
{
    /// <summary>The extension the id was cut from, as written (".md" in any case), or "": the end of <see cref="FilePath"/>.</summary>
    public string Extension => NotePaths.ExtensionOf(FilePath);

    /// <summary>Path relative to the notes folder, '/' separators: the id and its extension. Computed, not kept (a parsed note lives for the whole build).</summary>
    public string RelativePath => Id + Extension;

    /// <summary>File name without extension: the usual wiki-link target. Computed, not kept: the corpus stage reads it once.</summary>
    public string FileStem => NotePaths.StemOf(Id);

    /// <summary>Folder part of the id ("" at the root).</summary>
    public string Folder => NotePaths.FolderOf(Id);

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

/// <summary>
/// A wiki-link as the corpus stage sees it: its target, #heading and place. The parser's
/// <see cref="WikiLinkSpec"/> also carries display text and section, which the generator never uses:
/// a parsed note outlives the parse for the whole build, and every byte kept per link is garbage
/// collector work (display text alone was a tenth of what a parsed note kept).
/// </summary>
internal readonly record struct LinkTargetSpec(string Target, string? Heading, SourceRange Range);

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
