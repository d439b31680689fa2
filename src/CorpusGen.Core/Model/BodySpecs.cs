using CorpusGen.Core.Helpers;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Model;

// What the body parser produces. Roslyn-free: the runtime shares this file. Immutable with structural
// equality: adding a member that breaks this breaks incremental caching.

/// <summary>A heading and the plain text under it up to the next heading.</summary>
/// <param name="Line">1-based source line of the heading.</param>
/// <param name="ParentIndex">Index of the enclosing section, or -1.</param>
internal sealed record SectionSpec(int Level, string Title, string Text, int Line, int ParentIndex);

/// <summary>A wiki-link as written. Resolution happens corpus-wide, later.</summary>
/// <param name="Target">Target as written, trimmed ("" for a link to a heading of the same note).</param>
/// <param name="Heading">Text after '#', or null.</param>
/// <param name="SectionIndex">Section the link sits in, or -1 before the first heading.</param>
internal readonly record struct WikiLinkSpec(
    string Target,
    string? Heading,
    string DisplayText,
    bool IsEmbed,
    int SectionIndex,
    SourceRange Range);

/// <summary>A valid timestamp. Malformed ones never reach the model: they become diagnostics.</summary>
/// <param name="DataT">An anchor's data-t as written (null for a bare timestamp).</param>
/// <param name="DataTRange">Where that value is in the file (default for a bare timestamp).</param>
internal sealed record TimestampSpec(int Seconds, string Label, int SectionIndex, SourceRange Range, string? DataT = null, SourceRange DataTRange = default);

/// <summary>
/// A block a link can name with <c>#^id</c>: a paragraph, list item or heading whose text ends with <c> ^id</c>
/// (Obsidian's block references).
/// </summary>
/// <param name="Line">1-based source line the id is on.</param>
/// <param name="Text">The block's text before the id, on that line.</param>
internal sealed record BlockSpec(string Id, int Line, string Text, int SectionIndex);
