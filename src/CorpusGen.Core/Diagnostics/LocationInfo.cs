namespace CorpusGen.Core.Diagnostics;

/// <summary>A file path and a range in it: what a diagnostic needs, without holding a host's object.</summary>
internal sealed record LocationInfo(string FilePath, SourceRange Range);
