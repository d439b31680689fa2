using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Helpers;

/// <summary>A file path and a range in it: what a diagnostic needs, without holding a Roslyn object.</summary>
internal sealed record LocationInfo(string FilePath, SourceRange Range)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Range.Start, Range.Length),
        new LinePositionSpan(new LinePosition(Range.Line, Range.Column), new LinePosition(Range.EndLine, Range.EndColumn)));
}
