using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Paths;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Validation;

/// <summary>
/// Keeps a build over a large, messy corpus readable: the same diagnostic at the same place is reported
/// once, at most <see cref="CorpusOptions.MaxDiagnosticsPerFile"/> per file and
/// <see cref="CorpusOptions.MaxDiagnosticsPerId"/> per ID are reported (in file, line, column order),
/// and when anything was held back one CG0018 gives the totals per ID and the folders with the most.
/// </summary>
internal static class DiagnosticLimiter
{
    private const int FoldersInSummary = 5;

    /// <param name="make">Makes the diagnostic of a pending one that is not made yet.</param>
    public static List<DiagnosticInfo> Apply(List<PendingDiagnostic> pending, FileRanks files, Func<PendingDiagnostic, DiagnosticInfo> make,
        CorpusOptions options)
    {
        // One sort over everything equality looks at: the order never depends on the order notes came in,
        // and equal diagnostics end up side by side, so dropping duplicates is one pass. The sort compares
        // numbers (file rank, line, column) and makes a diagnostic only to break a tie.
        Comparison<PendingDiagnostic> compare = (a, b) => Compare(a, b, make);
        pending.Sort(compare);
        int distinct = 0;
        for (int i = 0; i < pending.Count; i++)
        {
            if (distinct == 0 || compare(pending[i], pending[distinct - 1]) != 0)
            {
                pending[distinct++] = pending[i];
            }
        }
        pending.RemoveRange(distinct, pending.Count - distinct);

        var perFile = new int[files.Paths.Length];
        var perId = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<DiagnosticInfo>(Math.Min(pending.Count, 4096));
        foreach (PendingDiagnostic diagnostic in pending)
        {
            bool inFile = diagnostic.FileRank > 0;
            int ofId = perId.TryGetValue(diagnostic.Id, out int i) ? i : 0;
            if ((options.MaxDiagnosticsPerFile > 0 && inFile && perFile[diagnostic.FileRank] >= options.MaxDiagnosticsPerFile)
                || (options.MaxDiagnosticsPerId > 0 && ofId >= options.MaxDiagnosticsPerId))
            {
                continue;
            }
            perFile[diagnostic.FileRank]++;
            perId[diagnostic.Id] = ofId + 1;
            kept.Add(diagnostic.Made ?? make(diagnostic));
        }

        if (kept.Count < pending.Count)
        {
            kept.Add(Summary(pending, files, kept.Count, options));
        }
        return kept;
    }

    /// <summary>File, line, column, ID, then the rest of the range and the arguments: a total order, 0 only for equal diagnostics.</summary>
    private static int Compare(in PendingDiagnostic a, in PendingDiagnostic b, Func<PendingDiagnostic, DiagnosticInfo> make)
    {
        int c;
        SourceRange x = a.Range, y = b.Range;
        if ((c = a.FileRank.CompareTo(b.FileRank)) != 0
            || (c = b.HasLocation.CompareTo(a.HasLocation)) != 0 // located first, as "" sorted before any path
            || (c = x.Line.CompareTo(y.Line)) != 0 || (c = x.Column.CompareTo(y.Column)) != 0
            || (c = string.CompareOrdinal(a.Id, b.Id)) != 0
            || (c = x.Start.CompareTo(y.Start)) != 0 || (c = x.Length.CompareTo(y.Length)) != 0
            || (c = x.EndLine.CompareTo(y.EndLine)) != 0 || (c = x.EndColumn.CompareTo(y.EndColumn)) != 0)
        {
            return c;
        }
        EquatableArray<string> first = (a.Made ?? make(a)).Arguments, second = (b.Made ?? make(b)).Arguments;
        if ((c = first.Count.CompareTo(second.Count)) != 0)
        {
            return c;
        }
        for (int i = 0; i < first.Count; i++)
        {
            if ((c = string.CompareOrdinal(first[i], second[i])) != 0)
            {
                return c;
            }
        }
        return 0;
    }

    private static DiagnosticInfo Summary(List<PendingDiagnostic> all, FileRanks files, int reported, CorpusOptions options)
    {
        var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byFolder = new Dictionary<string, int>(StringComparer.Ordinal);
        int lastFile = -1;
        string? lastFolder = null; // sorted by file: one folder computation per file
        foreach (PendingDiagnostic diagnostic in all)
        {
            byId[diagnostic.Id] = byId.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;
            if (diagnostic.HasLocation)
            {
                if (diagnostic.FileRank != lastFile)
                {
                    lastFile = diagnostic.FileRank;
                    lastFolder = Folder(files.Paths[lastFile], options.NotesRoot);
                }
                byFolder[lastFolder!] = byFolder.TryGetValue(lastFolder!, out int m) ? m + 1 : 1;
            }
        }
        // Each rule in words as well as by ID: "CG0001 broken wiki-link: 43639".
        string ids = string.Join(", ", byId.Select(pair => pair.Key + " " + DiagnosticRules.ById(pair.Key).Title.ToLowerInvariant() + ": " + Count(pair.Value)));
        string folders = string.Join(", ", byFolder
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(FoldersInSummary)
            .Select(pair => (pair.Key.Length == 0 ? "(notes folder)" : pair.Key + "/") + " " + Count(pair.Value)));
        string caps = $"at most {Cap(options.MaxDiagnosticsPerId)} per ID (CorpusGenMaxDiagnostics) and {Cap(options.MaxDiagnosticsPerFile)} per file "
            + "(CorpusGenMaxDiagnosticsPerFile); set them to 0 to report all";
        return DiagnosticInfo.Create(DiagnosticRules.DiagnosticsCapped, null, Count(reported), Count(all.Count), caps, ids,
            folders.Length == 0 ? "none" : folders);
    }

    private static string Folder(string filePath, string notesRoot)
    {
        return NotePaths.FolderOf(NotePaths.RelativePath(filePath, notesRoot));
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Cap(int n) => n == 0 ? "no limit" : Count(n);
}
