using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Generator.Helpers;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Generator.Validation;

/// <summary>
/// Keeps a build over a large, messy corpus readable: the same diagnostic at the same place is reported
/// once, at most <see cref="CorpusOptions.MaxDiagnosticsPerFile"/> per file and
/// <see cref="CorpusOptions.MaxDiagnosticsPerId"/> per ID are reported (in file, line, column order),
/// and when anything was held back one CG0018 gives the totals per ID and the folders with the most.
/// </summary>
internal static class DiagnosticLimiter
{
    private const int FoldersInSummary = 5;

    public static List<DiagnosticInfo> Apply(IEnumerable<DiagnosticInfo> diagnostics, CorpusOptions options)
    {
        // One sort over everything equality looks at: the order never depends on the order notes came in,
        // and equal diagnostics end up side by side, so dropping duplicates is one pass (a real corpus has 57 000).
        var all = new List<DiagnosticInfo>(diagnostics);
        all.Sort(Compare);
        int distinct = 0;
        for (int i = 0; i < all.Count; i++)
        {
            if (distinct == 0 || !all[i].Equals(all[distinct - 1]))
            {
                all[distinct++] = all[i];
            }
        }
        all.RemoveRange(distinct, all.Count - distinct);

        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var perId = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<DiagnosticInfo>(Math.Min(all.Count, 4096));
        foreach (DiagnosticInfo diagnostic in all)
        {
            string file = diagnostic.Location?.FilePath ?? "";
            int inFile = perFile.TryGetValue(file, out int f) ? f : 0;
            int ofId = perId.TryGetValue(diagnostic.Id, out int i) ? i : 0;
            if ((options.MaxDiagnosticsPerFile > 0 && file.Length > 0 && inFile >= options.MaxDiagnosticsPerFile)
                || (options.MaxDiagnosticsPerId > 0 && ofId >= options.MaxDiagnosticsPerId))
            {
                continue;
            }
            perFile[file] = inFile + 1;
            perId[diagnostic.Id] = ofId + 1;
            kept.Add(diagnostic);
        }

        if (kept.Count < all.Count)
        {
            kept.Add(Summary(all, kept.Count, options));
        }
        return kept;
    }

    /// <summary>File, line, column, ID, then the rest of the range and the arguments: a total order, 0 only for equal diagnostics.</summary>
    private static int Compare(DiagnosticInfo a, DiagnosticInfo b)
    {
        int c = string.CompareOrdinal(a.Location?.FilePath ?? "", b.Location?.FilePath ?? "");
        if (c != 0)
        {
            return c;
        }
        SourceRange x = a.Location?.Range ?? default, y = b.Location?.Range ?? default;
        if ((c = (a.Location is null).CompareTo(b.Location is null)) != 0
            || (c = x.Line.CompareTo(y.Line)) != 0 || (c = x.Column.CompareTo(y.Column)) != 0
            || (c = string.CompareOrdinal(a.Id, b.Id)) != 0
            || (c = x.Start.CompareTo(y.Start)) != 0 || (c = x.Length.CompareTo(y.Length)) != 0
            || (c = x.EndLine.CompareTo(y.EndLine)) != 0 || (c = x.EndColumn.CompareTo(y.EndColumn)) != 0
            || (c = a.Arguments.Count.CompareTo(b.Arguments.Count)) != 0)
        {
            return c;
        }
        for (int i = 0; i < a.Arguments.Count; i++)
        {
            if ((c = string.CompareOrdinal(a.Arguments[i], b.Arguments[i])) != 0)
            {
                return c;
            }
        }
        return 0;
    }

    private static DiagnosticInfo Summary(List<DiagnosticInfo> all, int reported, CorpusOptions options)
    {
        var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byFolder = new Dictionary<string, int>(StringComparer.Ordinal);
        string? lastFile = null, lastFolder = null; // sorted by file: one folder computation per file
        foreach (DiagnosticInfo diagnostic in all)
        {
            byId[diagnostic.Id] = byId.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;
            if (diagnostic.Location is { } location)
            {
                if (location.FilePath != lastFile)
                {
                    lastFile = location.FilePath;
                    lastFolder = Folder(lastFile, options.NotesRoot);
                }
                byFolder[lastFolder!] = byFolder.TryGetValue(lastFolder!, out int m) ? m + 1 : 1;
            }
        }
        string ids = string.Join(", ", byId.Select(pair => pair.Key + " " + Count(pair.Value)));
        string folders = string.Join(", ", byFolder
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(FoldersInSummary)
            .Select(pair => (pair.Key.Length == 0 ? "(notes folder)" : pair.Key + "/") + " " + Count(pair.Value)));
        string caps = $"at most {Cap(options.MaxDiagnosticsPerId)} per ID (CorpusGenMaxDiagnostics) and {Cap(options.MaxDiagnosticsPerFile)} per file "
            + "(CorpusGenMaxDiagnosticsPerFile); set them to 0 to report all";
        return DiagnosticInfo.Create(DiagnosticDescriptors.DiagnosticsCapped, null, Count(reported), Count(all.Count), caps, ids,
            folders.Length == 0 ? "none" : folders);
    }

    private static string Folder(string filePath, string notesRoot)
    {
        string relative = NoteParser.RelativePath(filePath, notesRoot);
        int slash = relative.LastIndexOf('/');
        return slash < 0 ? "" : relative.Substring(0, slash);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Cap(int n) => n == 0 ? "no limit" : Count(n);
}
