using System;
using System.Globalization;

namespace CorpusGen;

/// <summary>
/// A moment of the note's video: <c>&lt;a class="yt-timestamp" data-t="00:15:21"&gt;[00:15:21]&lt;/a&gt;</c>
/// or a bare <c>[00:15:21]</c>.
/// </summary>
public sealed class Timestamp
{
    internal Timestamp(Note note, TimeSpan time, string label, int line, int column, Section? section)
    {
        Note = note;
        Time = time;
        Label = label;
        Line = line;
        Column = column;
        Section = section;
    }

    /// <summary>The note that holds the timestamp.</summary>
    public Note Note { get; }

    /// <summary>The moment, as YouTube reads the label (<c>H:MM:SS</c>, <c>HH:MM:SS</c> or <c>MM:SS</c>).</summary>
    public TimeSpan Time { get; }

    /// <summary>The label as written, without brackets.</summary>
    public string Label { get; }

    /// <summary>1-based line in the source file.</summary>
    public int Line { get; }

    /// <summary>1-based column in the source file.</summary>
    public int Column { get; }

    /// <summary>The section the timestamp falls in, or null before the first heading.</summary>
    public Section? Section { get; }

    /// <summary>A URL that plays the note's video at this moment, or null when the note has no <c>videoId</c>.</summary>
    public string? Url => Note.VideoId is null ? null : CorpusGen.Core.Model.VideoLinks.WatchUrl(Note.VideoId, (long)Time.TotalSeconds);

    /// <summary>The label.</summary>
    public override string ToString() => Label;
}
