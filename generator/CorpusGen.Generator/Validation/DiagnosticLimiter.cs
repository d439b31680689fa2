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
        var seen = new HashSet<DiagnosticInfo>();
        List<DiagnosticInfo> all = diagnostics
            .Where(seen.Add)
            .OrderBy(d => d.Location?.FilePath ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Range.Line ?? -1)
            .ThenBy(d => d.Location?.Range.Column ?? -1)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

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

    private static DiagnosticInfo Summary(List<DiagnosticInfo> all, int reported, CorpusOptions options)
    {
        string byId = string.Join(", ", all.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " " + Count(g.Count())));
        var folderOf = new Dictionary<string, string>(StringComparer.Ordinal); // many diagnostics per file
        string byFolder = string.Join(", ", all.Where(d => d.Location is not null)
            .GroupBy(d => folderOf.TryGetValue(d.Location!.FilePath, out string? f) ? f : folderOf[d.Location.FilePath] = Folder(d.Location.FilePath, options.NotesRoot),
                StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(FoldersInSummary)
            .Select(g => (g.Key.Length == 0 ? "(notes folder)" : g.Key + "/") + " " + Count(g.Count())));
        string caps = $"at most {Cap(options.MaxDiagnosticsPerId)} per ID (CorpusGenMaxDiagnostics) and {Cap(options.MaxDiagnosticsPerFile)} per file "
            + "(CorpusGenMaxDiagnosticsPerFile); set them to 0 to report all";
        return DiagnosticInfo.Create(DiagnosticDescriptors.DiagnosticsCapped, null, Count(reported), Count(all.Count), caps, byId,
            byFolder.Length == 0 ? "none" : byFolder);
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
