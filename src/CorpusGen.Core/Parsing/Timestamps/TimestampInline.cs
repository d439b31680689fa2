using Markdig.Syntax.Inlines;

namespace CorpusGen.Core.Parsing.Timestamps;

/// <summary>
/// A timestamp in the Markdig tree: an anchor <c>&lt;a class="yt-timestamp" data-t="…"&gt;[…]&lt;/a&gt;</c>
/// or a bare <c>[HH:MM:SS]</c>. Holds the raw texts; validation happens in the body parser.
/// </summary>
internal sealed class TimestampInline : LeafInline
{
    public bool IsAnchor { get; set; }

    /// <summary>The anchor's data-t value, or null when the anchor has none (or for a bare timestamp).</summary>
    public string? DataT { get; set; }

    /// <summary>Where the data-t value starts, relative to the parsed text as Markdig counts it; -1 without one.</summary>
    public int DataTStart { get; set; } = -1;

    /// <summary>True for an anchor whose <c>&lt;/a&gt;</c> is not on its line: only its start tag is this inline.</summary>
    public bool IsUnclosed { get; set; }

    /// <summary>The label without its brackets.</summary>
    public string Label { get; set; } = "";
}
