using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Helpers;

/// <summary>
/// A place in a note: 0-based line and column as a user counts them (LF, CRLF and CR each end a line),
/// plus the character span in the file as read. Immutable and equatable; a Roslyn
/// <see cref="Location"/> is created only when a diagnostic is reported.
/// </summary>
internal readonly record struct SourceRange(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static readonly SourceRange FileStart = new(0, 0, 0, 0, 0, 0);
}

/// <summary>A file path and a range in it: what a diagnostic needs, without holding a Roslyn object.</summary>
internal sealed record LocationInfo(string FilePath, SourceRange Range)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Range.Start, Range.Length),
        new LinePositionSpan(new LinePosition(Range.Line, Range.Column), new LinePosition(Range.EndLine, Range.EndColumn)));
}
