using System;
using System.Globalization;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Naming;

namespace CorpusGen.Core.Validation;

/// <summary>
/// The corpus-wide stage: orders notes by id, drops duplicate ids, resolves every wiki-link (and its
/// #heading), computes backlinks, types the front matter, names every member and folder class, and
/// encodes note bodies. Linear in notes and links; it never re-parses a note.
/// </summary>
internal static class CorpusBuilder
{
    private static readonly string[] s_rootReserved = GeneratedNames.RootReserved;
    private static readonly string[] s_folderReserved = GeneratedNames.FolderReserved;

    /// <param name="severities">The rule severities of notes whose folder sets them (<see cref="SeverityOverride"/>).</param>
    public static CorpusSpec Build(ImmutableArray<ParsedNoteSpec> parsed, CorpusOptions options, CancellationToken cancellationToken,
        IReadOnlyList<FileSeverities>? severities = null)
    {
        var files = new FileRanks(FilePaths(parsed));
        var diagnostics = new List<PendingDiagnostic>();
        foreach (ParsedNoteSpec note in parsed)
        {
            foreach (DiagnosticInfo diagnostic in note.Diagnostics)
            {
                diagnostics.Add(PendingDiagnostic.Of(diagnostic, files));
            }
        }
        List<NoteSpec> notes = OrderAndDeduplicate(parsed.Select(p => p.Note).ToImmutableArray(), diagnostics, files);

        // Links are resolved once, here: validated, and handed to the runtime as data (each note's targets, see
        // NoteEmitSpec.LinkTargets), so a program never resolves a link nor parses a body to find backlinks.
        string[] noteFolders = FoldersOf(notes);
        var resolver = new LinkResolver(notes, noteFolders, cancellationToken, options.LinkRule);
        var seen = new ResolutionsOfNote();
        var linkTargets = new int[notes.Count][];
        var distinctTargets = new List<string>();
        var targetsOfNote = new List<int>();
        for (int i = 0; i < notes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ValidateLinks(notes, i, noteFolders[i], files.RankOf(notes[i].FilePath), resolver, seen, diagnostics);
            linkTargets[i] = DistinctTargetsOf(notes[i], noteFolders[i], resolver, seen, distinctTargets, targetsOfNote);
        }
        int[] emitIndex = EmitOrder(noteFolders);

        string frontMatterClass = options.ClassName + "FrontMatter";
        Dictionary<string, FrontMatterPropertySpec> schema = FrontMatterSchema.Build(notes, frontMatterClass);

        Dictionary<string, string[]> classChains = NameFolders(noteFolders, options.ClassName, out Dictionary<string, MemberScope> scopes);
        var notesByFolder = new SortedDictionary<string, List<NoteEmitSpec>>(StringComparer.Ordinal);
        foreach (string folder in classChains.Keys)
        {
            notesByFolder[folder] = new List<NoteEmitSpec>();
        }

        for (int i = 0; i < notes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NoteSpec note = notes[i];
            string folder = noteFolders[i];
            string[] chain = classChains[folder];
            string member = scopes[folder].Allocate(note.Title, resolver.StemOf(i), "Note", out string wanted, out bool collided);
            if (collided)
            {
                diagnostics.Add(PendingDiagnostic.Of(DiagnosticInfo.Create(DiagnosticRules.IdentifierCollision,
                    new LocationInfo(note.FilePath, SourceRange.FileStart), note.Id, wanted, string.Join(".", chain), member), files));
            }

            var frontMatter = ImmutableArray.CreateBuilder<FrontMatterValueSpec>(note.FrontMatter.Count);
            foreach (FrontMatterEntrySpec entry in note.FrontMatter)
            {
                frontMatter.Add(FrontMatterSchema.Convert(entry, schema[entry.Key]));
            }
            int[] targets = linkTargets[i];
            for (int t = 0; t < targets.Length; t++)
            {
                targets[t] = targets[t] < 0 ? -1 : emitIndex[targets[t]];
            }
            notesByFolder[folder].Add(new NoteEmitSpec(member, note.Id, note.Title, note.Extension, note.VideoId, note.Aliases,
                note.Summary, new EquatableArray<FrontMatterValueSpec>(frontMatter.MoveToImmutable()), options.MapToNotes ? note.FilePath : null,
                targets.ToEquatableArray(), notesByFolder[folder].Count));
        }

        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { options.ClassName + ".g.cs" };
        var folders = notesByFolder
            .Where(pair => pair.Value.Count > 0 || pair.Key.Length > 0) // the root class needs no folder file of its own
            .Select(pair => new FolderSpec(options.Namespace, frontMatterClass, pair.Key, classChains[pair.Key].ToEquatableArray(),
                pair.Value.ToEquatableArray(), LoaderName(classChains[pair.Key]), UniqueHintName(hintNames, options.ClassName, pair.Key)))
            .ToEquatableArray();

        var root = new RootSpec(options.Namespace, options.ClassName, frontMatterClass, notes.Count,
            schema.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToEquatableArray(),
            folders.Where(f => f.Notes.Count > 0).Select(f => new FolderLoaderSpec(f.LoaderMethod, f.Notes.Count)).ToEquatableArray());

        // A folder's own severities: "none" leaves a diagnostic out before the caps count it; any other is
        // carried on the diagnostic for the host to report it with.
        Dictionary<string, EquatableArray<SeverityOverride>>? byFile = severities is { Count: > 0 }
            ? severities.GroupBy(f => f.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Overrides, StringComparer.Ordinal)
            : null;
        if (byFile is not null)
        {
            diagnostics.RemoveAll(d => d.FileRank > 0 && OverrideOf(byFile, files.Paths[d.FileRank], d.Id) == Severity.None);
        }
        List<DiagnosticInfo> reported = DiagnosticLimiter.Apply(diagnostics, files,
            pending => MakeLinkDiagnostic(pending, notes, noteFolders, resolver), options);
        if (byFile is not null)
        {
            for (int i = 0; i < reported.Count; i++)
            {
                if (reported[i].Location is { } location && OverrideOf(byFile, location.FilePath, reported[i].Id) is { } severity)
                {
                    reported[i] = reported[i] with { Severity = severity };
                }
            }
        }
        // Suggestions cost a search over the notes: made only for the broken links that are reported.
        cancellationToken.ThrowIfCancellationRequested();
        AddSuggestions(reported, resolver);
        return new CorpusSpec(root, folders, reported.ToEquatableArray());
    }

    private static Severity? OverrideOf(Dictionary<string, EquatableArray<SeverityOverride>> byFile, string path, string id)
    {
        if (byFile.TryGetValue(path, out EquatableArray<SeverityOverride> overrides))
        {
            foreach (SeverityOverride o in overrides)
            {
                if (o.Id == id)
                {
                    return o.Severity;
                }
            }
        }
        return null;
    }

    /// <summary>A method name in the loader class, unique per folder: class names never contain "__".</summary>
    private static string LoaderName(string[] chain) => "Load" + (chain.Length == 1 ? "" : "__" + string.Join("__", chain.Skip(1).Select(n => n.TrimStart('@'))));

    /// <summary>Every file a diagnostic of this stage can point at: the notes' files and the files of parse diagnostics.</summary>
    private static IEnumerable<string> FilePaths(ImmutableArray<ParsedNoteSpec> parsed)
    {
        foreach (ParsedNoteSpec note in parsed)
        {
            yield return note.Note.FilePath;
            foreach (DiagnosticInfo diagnostic in note.Diagnostics)
            {
                if (diagnostic.Location is { } location && (object)location.FilePath != note.Note.FilePath)
                {
                    yield return location.FilePath;
                }
            }
        }
    }

    private static List<NoteSpec> OrderAndDeduplicate(ImmutableArray<NoteSpec> parsed, List<PendingDiagnostic> diagnostics, FileRanks files) =>
        OrderById(parsed, (note, kept) => diagnostics.Add(PendingDiagnostic.Of(DiagnosticInfo.Create(DiagnosticRules.DuplicateNoteId,
            new LocationInfo(note.FilePath, SourceRange.FileStart), note.Id, kept.RelativePath), files)));

    /// <summary>
    /// The notes of a corpus: ordered by id (ordinal; equal ids by path), each id once. A note whose id is
    /// taken is left out and handed to <paramref name="onDuplicate"/> with the note that keeps the id.
    /// </summary>
    internal static List<NoteSpec> OrderById(IReadOnlyList<NoteSpec> parsed, Action<NoteSpec, NoteSpec>? onDuplicate = null)
    {
        var notes = new List<NoteSpec>(parsed.Count);
        NoteSpec[] ordered = parsed.ToArray();
        Array.Sort(ordered, static (a, b) =>
            string.CompareOrdinal(a.Id, b.Id) is int byId and not 0 ? byId : string.CompareOrdinal(a.FilePath, b.FilePath));
        foreach (NoteSpec note in ordered)
        {
            if (notes.Count > 0 && notes[notes.Count - 1].Id == note.Id)
            {
                onDuplicate?.Invoke(note, notes[notes.Count - 1]);
                continue;
            }
            notes.Add(note);
        }
        return notes;
    }

    /// <summary>
    /// Checks each link of one note; a problem is kept as (note, link, ID) and its diagnostic made only if it is
    /// reported (<see cref="MakeLinkDiagnostic"/>). A target written several times in the note is resolved once.
    /// </summary>
    private static void ValidateLinks(List<NoteSpec> notes, int source, string folder, int fileRank, LinkResolver resolver,
        ResolutionsOfNote seen, List<PendingDiagnostic> diagnostics)
    {
        NoteSpec note = notes[source];
        seen.Clear();
        for (int i = 0; i < note.Links.Count; i++)
        {
            LinkTargetSpec link = note.Links[i];
            int target = source; // [[#Heading]] points into the note itself
            if (link.Target.Length > 0)
            {
                LinkResolver.Resolution resolution = seen.Resolve(resolver, link.Target, folder);
                target = resolution.Target;
                if (resolution.IsBroken)
                {
                    diagnostics.Add(PendingDiagnostic.ForLink(DiagnosticRules.BrokenWikiLink.Id, fileRank, link.Range, source, i));
                    continue;
                }
                if (resolution.IsAmbiguous)
                {
                    diagnostics.Add(PendingDiagnostic.ForLink(DiagnosticRules.AmbiguousWikiLink.Id, fileRank, link.Range, source, i));
                }
            }

            if (target >= 0 && link.Heading is { } heading)
            {
                if (heading.StartsWith("^", StringComparison.Ordinal))
                {
                    // [[note#^id]]: a block of the target marked with " ^id"
                    if (!notes[target].BlockIds.Contains(heading.Substring(1)))
                    {
                        diagnostics.Add(PendingDiagnostic.ForLink(DiagnosticRules.MissingBlock.Id, fileRank, link.Range, source, i));
                    }
                }
                else if (!HasHeading(notes[target], LinkKey.HashOf(heading)))
                {
                    diagnostics.Add(PendingDiagnostic.ForLink(DiagnosticRules.MissingHeading.Id, fileRank, link.Range, source, i));
                }
            }
        }
    }

    /// <summary>
    /// What each distinct link target text of a note (in order of first use; <c>[[#Heading]]</c> links, which
    /// point into the note itself, left out) resolves to: a note's index in <paramref name="resolver"/>'s order,
    /// or -1 when broken. The runtime pairs them with the distinct targets of its own parse of the note.
    /// </summary>
    private static int[] DistinctTargetsOf(NoteSpec note, string folder, LinkResolver resolver, ResolutionsOfNote seen,
        List<string> distinct, List<int> targets)
    {
        distinct.Clear();
        targets.Clear();
        foreach (LinkTargetSpec link in note.Links)
        {
            if (link.Target.Length == 0 || distinct.Contains(link.Target))
            {
                continue;
            }
            distinct.Add(link.Target);
            LinkResolver.Resolution resolution = seen.Resolve(resolver, link.Target, folder);
            targets.Add(resolution.IsBroken || resolution.Target < 0 ? -1 : resolution.Target);
        }
        return targets.Count == 0 ? Array.Empty<int>() : targets.ToArray();
    }

    /// <summary>Each note's position in the emitted order (by folder, then by id: NoteCorpus.Notes), from its position in id order.</summary>
    private static int[] EmitOrder(string[] noteFolders)
    {
        var byFolder = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < noteFolders.Length; i++)
        {
            if (!byFolder.TryGetValue(noteFolders[i], out List<int>? list))
            {
                byFolder[noteFolders[i]] = list = new List<int>();
            }
            list.Add(i);
        }
        var order = new int[noteFolders.Length];
        int next = 0;
        foreach (List<int> list in byFolder.Values)
        {
            foreach (int i in list)
            {
                order[i] = next++;
            }
        }
        return order;
    }

    /// <summary>
    /// The link diagnostics of one note, uncapped, with the build's messages and suggestions: what an editor
    /// shows for the note while the rest of the corpus stays as it was. <paramref name="notes"/> are in id
    /// order (<see cref="OrderById"/>) and <paramref name="resolver"/> indexes them.
    /// </summary>
    internal static List<DiagnosticInfo> LinkDiagnosticsOf(List<NoteSpec> notes, string[] folders, LinkResolver resolver, int note)
    {
        var pending = new List<PendingDiagnostic>();
        ValidateLinks(notes, note, folders[note], 0, resolver, new ResolutionsOfNote(), pending);
        var made = pending.Select(p => MakeLinkDiagnostic(p, notes, folders, resolver)).ToList();
        AddSuggestions(made, resolver);
        return made;
    }

    /// <summary>Fills each broken link's "did you mean" argument (one search over the notes for all of them).</summary>
    private static void AddSuggestions(List<DiagnosticInfo> diagnostics, LinkResolver resolver)
    {
        // A broken link the parser found ([text]([[x]])) comes with its own explanation instead.
        Dictionary<string, string> suggestions = resolver.Suggest(
            diagnostics.Where(d => d.Id == DiagnosticRules.BrokenWikiLink.Id && d.Arguments[1].Length == 0).Select(d => d.Arguments[0]));
        for (int i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Id == DiagnosticRules.BrokenWikiLink.Id && diagnostics[i].Arguments[1].Length == 0)
            {
                string target = diagnostics[i].Arguments[0];
                diagnostics[i] = diagnostics[i] with { Arguments = new[] { target, suggestions[target] }.ToEquatableArray() };
            }
        }
    }

    /// <summary>The diagnostic of a link problem found by <see cref="ValidateLinks"/>, made when it is reported.</summary>
    private static DiagnosticInfo MakeLinkDiagnostic(PendingDiagnostic pending, List<NoteSpec> notes, string[] folders, LinkResolver resolver)
    {
        NoteSpec note = notes[pending.Note];
        LinkTargetSpec link = note.Links[pending.Link];
        var location = new LocationInfo(note.FilePath, link.Range);
        if (pending.Id == DiagnosticRules.BrokenWikiLink.Id)
        {
            // Under the Quartz rule the message says where the site sends the reader (and no suggestion is made).
            string where = resolver.Resolve(link.Target, folders[pending.Note]).SitePath is { } path
                ? "; on the Quartz site it links to /" + path + ", which the site does not serve"
                : "";
            return DiagnosticInfo.Create(DiagnosticRules.BrokenWikiLink, location, link.Target, where);
        }
        LinkResolver.Resolution resolution = link.Target.Length > 0 ? resolver.Resolve(link.Target, folders[pending.Note]) : new(pending.Note, null);
        if (pending.Id == DiagnosticRules.AmbiguousWikiLink.Id)
        {
            IReadOnlyList<int> candidates = resolution.AmbiguousCandidates!;
            return DiagnosticInfo.Create(DiagnosticRules.AmbiguousWikiLink, location, link.Target,
                candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ListIds(notes, candidates), notes[resolution.Target].Id);
        }
        if (pending.Id == DiagnosticRules.MissingBlock.Id)
        {
            return DiagnosticInfo.Create(DiagnosticRules.MissingBlock, location, notes[resolution.Target].Id, link.Heading!.Substring(1));
        }
        return DiagnosticInfo.Create(DiagnosticRules.MissingHeading, location, notes[resolution.Target].Id, link.Heading!);
    }

    /// <summary>
    /// The resolutions of the targets one note has already linked to, found by reference: the parser shares one
    /// string per distinct target (<see cref="StringPool"/>), and a note links to a target more than once.
    /// A few compares of references in a small array cost less than the cache misses of a lookup in the corpus index.
    /// </summary>
    private sealed class ResolutionsOfNote
    {
        private const int Size = 16;
        private readonly string[] _targets = new string[Size];
        private readonly LinkResolver.Resolution[] _resolutions = new LinkResolver.Resolution[Size];
        private int _count;

        public void Clear() => _count = 0;

        public LinkResolver.Resolution Resolve(LinkResolver resolver, string target, string folder)
        {
            for (int i = 0; i < _count; i++)
            {
                if ((object)_targets[i] == target)
                {
                    return _resolutions[i];
                }
            }
            LinkResolver.Resolution resolution = resolver.Resolve(target, folder);
            if (_count < Size)
            {
                _targets[_count] = target;
                _resolutions[_count++] = resolution;
            }
            return resolution;
        }
    }

    private static bool HasHeading(NoteSpec note, long key)
    {
        foreach (long heading in note.HeadingKeys)
        {
            if (heading == key)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"'a', 'b', …": the first five candidates of an ambiguous link (a method of its own, so its lambda allocates only here).</summary>
    private static string ListIds(List<NoteSpec> notes, IReadOnlyList<int> candidates) =>
        string.Join(", ", candidates.Take(5).Select(i => "'" + notes[i].Id + "'")) + (candidates.Count > 5 ? ", …" : "");

    /// <summary>Names the class of every folder (and ancestor folder) before any note, so folders keep their names.</summary>
    private static Dictionary<string, string[]> NameFolders(string[] noteFolders, string rootClass, out Dictionary<string, MemberScope> scopes)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal) { "" };
        string previous = "";
        foreach (string noteFolder in noteFolders)
        {
            if ((object)noteFolder == previous)
            {
                continue; // one string per folder (see FoldersOf)
            }
            previous = noteFolder;
            for (string folder = noteFolder; folder.Length > 0; folder = Parent(folder))
            {
                folders.Add(folder);
            }
        }

        var chains = new Dictionary<string, string[]>(StringComparer.Ordinal) { [""] = new[] { rootClass } };
        scopes = new Dictionary<string, MemberScope>(StringComparer.Ordinal) { [""] = new MemberScope(rootClass, s_rootReserved) };
        foreach (string folder in folders.Where(f => f.Length > 0))
        {
            string[] parentChain = chains[Parent(folder)];
            string segment = folder.Substring(folder.LastIndexOf('/') + 1);
            string name = scopes[Parent(folder)].Allocate(segment, "", "Folder", out _, out _);
            chains[folder] = parentChain.Concat(new[] { name }).ToArray();
            scopes[folder] = new MemberScope(name, s_folderReserved);
        }
        return chains;
    }

    /// <summary>
    /// Each note's folder. Notes come in id order, so a folder's notes are side by side and share one string:
    /// no substring per note, and comparing two notes' folders is mostly a reference check.
    /// </summary>
    private static string[] FoldersOf(List<NoteSpec> notes)
    {
        var folders = new string[notes.Count];
        string previous = "";
        for (int i = 0; i < notes.Count; i++)
        {
            string id = notes[i].Id;
            int slash = id.LastIndexOf('/');
            int length = Math.Max(slash, 0);
            folders[i] = previous = previous.Length == length && string.CompareOrdinal(previous, 0, id, 0, length) == 0
                ? previous
                : id.Substring(0, length);
        }
        return folders;
    }

    private static string Parent(string folder) => folder.LastIndexOf('/') is int slash and >= 0 ? folder.Substring(0, slash) : "";

    /// <summary>Longest hint name stem: the name is a file name when generated files are written (255 bytes on most file systems).</summary>
    internal const int MaxHintStem = 120;

    /// <summary>
    /// Hint names must be unique ignoring case and use only safe characters (AddSource throws otherwise). A deep
    /// folder's name is cut short and ends with a hash of the whole folder path, so it stays a valid file name.
    /// </summary>
    private static string UniqueHintName(HashSet<string> taken, string className, string folder)
    {
        var sb = new StringBuilder(className).Append(".Folder");
        if (folder.Length > 0)
        {
            sb.Append('.');
            foreach (char c in folder)
            {
                sb.Append(c == '/' ? '.' : (c < 128 && (char.IsLetterOrDigit(c) || c is '-' or '_')) ? c : '_');
            }
        }
        if (sb.Length > MaxHintStem)
        {
            string hash = unchecked((ulong)LinkKey.Hash(folder)).ToString("x16", CultureInfo.InvariantCulture);
            sb.Length = MaxHintStem - hash.Length - 1;
            sb.Append('_').Append(hash);
        }
        string stem = sb.ToString();
        string name = stem + ".g.cs";
        for (int n = 2; !taken.Add(name); n++)
        {
            name = stem + "_" + n + ".g.cs";
        }
        return name;
    }
}
