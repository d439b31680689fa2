using System.Collections.Generic;
using System.Threading;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Parsing.Timestamps;

namespace CorpusGen.Core.Fixes;

/// <summary>One replacement in a note's text: <see cref="Length"/> characters at <see cref="Start"/> (file offsets) become <see cref="NewText"/>.</summary>
internal readonly record struct TextEdit(int Start, int Length, string OldText, string NewText, int Line, int Column);

/// <summary>
/// Fixes that cannot change what a note means. The site's player reads data-t as hours:minutes:seconds, so a
/// two-part data-t="41:50", which CorpusGen reads as 41 min 50 s, is written "00:41:50": the same moment for
/// the build, and now for the player too. Only anchors the parser recognises are touched (never code).
/// </summary>
internal static class TimestampFixes
{
    public static List<TextEdit> Find(string fileText, CancellationToken cancellationToken = default)
    {
        var edits = new List<TextEdit>();
        NoteText text = NoteText.Create(fileText);
        BodyParser.Result body;
        try
        {
            body = BodyParser.Parse(text, NoteSplitter.Split(text).BodyStart, problems: null, cancellationToken);
        }
        catch (System.ArgumentException)
        {
            return edits; // past a parser limit: the check reports it, nothing is fixed
        }
        foreach (TimestampSpec timestamp in body.Timestamps)
        {
            if (timestamp.DataT is not { } dataT || timestamp.DataTRange.Length != dataT.Length || timestamp.DataTRange.Start + dataT.Length > fileText.Length
                || string.CompareOrdinal(fileText, timestamp.DataTRange.Start, dataT, 0, dataT.Length) != 0
                || ThreePart(dataT) is not { } fixedText)
            {
                continue;
            }
            edits.Add(new TextEdit(timestamp.DataTRange.Start, dataT.Length, dataT, fixedText, timestamp.DataTRange.Line, timestamp.DataTRange.Column));
        }
        return edits;
    }

    /// <summary>"41:50" → "00:41:50"; null when the value is not a valid two-part time (<see cref="TimeText.ThreePart"/>).</summary>
    public static string? ThreePart(string dataT) => TimeText.ThreePart(dataT);
}
