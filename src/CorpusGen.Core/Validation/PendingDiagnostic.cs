using System;
using System.Collections.Generic;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Validation;

/// <summary>
/// A diagnostic of the corpus stage waiting for the cap: either already made (parsing made it), or a link
/// problem kept as a few numbers and made into a <see cref="DiagnosticInfo"/> only when it is reported. A
/// real corpus has 57 000 diagnostics and a build shows a few hundred: the rest are only counted.
/// </summary>
/// <param name="FileRank">Rank of the file path in ordinal order (<see cref="FileRanks"/>); -1 for none.</param>
/// <param name="Made">The diagnostic, when it exists already; otherwise the builder makes it from Note and Link.</param>
internal readonly record struct PendingDiagnostic(string Id, int FileRank, bool HasLocation, SourceRange Range, DiagnosticInfo? Made, int Note, int Link)
{
    public static PendingDiagnostic Of(DiagnosticInfo made, FileRanks files) =>
        new(made.Id, files.RankOf(made.Location?.FilePath), made.Location is not null, made.Location?.Range ?? default, made, -1, -1);

    public static PendingDiagnostic ForLink(string id, int fileRank, SourceRange range, int note, int link) =>
        new(id, fileRank, true, range, null, note, link);
}

/// <summary>The file paths diagnostics point at, ranked in ordinal order: sorting by rank is sorting by path, without string compares.</summary>
internal sealed class FileRanks
{
    private readonly Dictionary<string, int> _rankOf;

    public FileRanks(IEnumerable<string> paths)
    {
        var list = new List<string> { "" };
        list.AddRange(paths);
        if (!IsStrictlyIncreasing(list))
        {
            // Notes usually come in path order already (then this costs one pass); otherwise sort and drop repeats.
            list.Sort(StringComparer.Ordinal);
            int distinct = 1;
            for (int i = 1; i < list.Count; i++)
            {
                if (!string.Equals(list[i], list[distinct - 1]))
                {
                    list[distinct++] = list[i];
                }
            }
            list.RemoveRange(distinct, list.Count - distinct);
        }
        Paths = list.ToArray();
        _rankOf = new Dictionary<string, int>(Paths.Length, StringComparer.Ordinal);
        for (int i = 0; i < Paths.Length; i++)
        {
            _rankOf[Paths[i]] = i;
        }
    }

    private static bool IsStrictlyIncreasing(List<string> paths)
    {
        for (int i = 1; i < paths.Count; i++)
        {
            if (string.CompareOrdinal(paths[i - 1], paths[i]) >= 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Paths by rank; rank 0 is "" (no file), which sorts first as it did by path.</summary>
    public string[] Paths { get; }

    /// <summary>The rank of a path given to the constructor ("" and null rank first).</summary>
    public int RankOf(string? path) => path is null ? 0 : _rankOf[path];
}
