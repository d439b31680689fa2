namespace CorpusGen.Core.Diagnostics;

/// <summary>
/// A place in a note: 0-based line and column as a user counts them (LF, CRLF and CR each end a line),
/// plus the character span in the file as read. Roslyn-free: the runtime shares this file.
/// </summary>
internal readonly record struct SourceRange(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static readonly SourceRange FileStart = new(0, 0, 0, 0, 0, 0);
}
