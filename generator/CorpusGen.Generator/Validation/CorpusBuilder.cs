using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Helpers;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Validation;

/// <summary>
/// The corpus-wide stage: orders notes by id, drops duplicate ids, resolves every wiki-link (and its
/// #heading), computes backlinks, types the front matter, names every member and folder class, and
/// encodes note bodies. Linear in notes and links; it never re-parses a note.
/// </summary>
internal static class CorpusBuilder
{
    private static readonly string[] s_rootReserved = { "All", "Corpus", "ById", "InFolder", "__Holder", "__Load", "__Body", "__bodySource" };
    private static readonly string[] s_folderReserved = { "All", "__Load", "__Body", "__bodySource" };

    public static CorpusSpec Build(ImmutableArray<ParsedNoteSpec> parsed, CorpusOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (ParsedNoteSpec note in parsed)
        {
            diagnostics.AddRange(note.Diagnostics);
        }
        List<NoteSpec> notes = OrderAndDeduplicate(parsed.Select(p => p.Note).ToImmutableArray(), diagnostics);

        // Links are resolved here only to validate them: the runtime resolves them again, with the same
        // rules, when a program reads a note (so generated code carries no per-link data).
        string[] noteFolders = FoldersOf(notes);
        var resolver = new LinkResolver(notes, noteFolders, cancellationToken);
        for (int i = 0; i < notes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ValidateLinks(notes, i, noteFolders[i], resolver, diagnostics);
        }

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
            string member = scopes[folder].Allocate(note.Title, note.FileStem, "Note", out string wanted, out bool collided);
            if (collided)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision,
                    new LocationInfo(note.FilePath, SourceRange.FileStart), note.Id, wanted, string.Join(".", chain), member));
            }

            var frontMatter = ImmutableArray.CreateBuilder<FrontMatterValueSpec>(note.FrontMatter.Count);
            foreach (FrontMatterEntrySpec entry in note.FrontMatter)
            {
                frontMatter.Add(FrontMatterSchema.Convert(entry, schema[entry.Key]));
            }
            notesByFolder[folder].Add(new NoteEmitSpec(member, note.Id, note.Title, note.RelativePath, note.VideoId, note.Aliases,
                note.Summary, new EquatableArray<FrontMatterValueSpec>(frontMatter.MoveToImmutable())));
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

        List<DiagnosticInfo> reported = DiagnosticLimiter.Apply(diagnostics, options);
        // Suggestions cost a search over the notes: made only for the broken links that are reported.
        cancellationToken.ThrowIfCancellationRequested();
        Dictionary<string, string> suggestions = resolver.Suggest(
            reported.Where(d => d.Id == DiagnosticDescriptors.BrokenWikiLink.Id).Select(d => d.Arguments[0]));
        for (int i = 0; i < reported.Count; i++)
        {
            if (reported[i].Id == DiagnosticDescriptors.BrokenWikiLink.Id)
            {
                string target = reported[i].Arguments[0];
                reported[i] = reported[i] with { Arguments = new[] { target, suggestions[target] }.ToEquatableArray() };
            }
        }
        return new CorpusSpec(root, folders, reported.ToEquatableArray());
    }

    /// <summary>A method name in the loader class, unique per folder: class names never contain "__".</summary>
    private static string LoaderName(string[] chain) => "Load" + (chain.Length == 1 ? "" : "__" + string.Join("__", chain.Skip(1).Select(n => n.TrimStart('@'))));

    private static List<NoteSpec> OrderAndDeduplicate(ImmutableArray<NoteSpec> parsed, List<DiagnosticInfo> diagnostics)
    {
        var notes = new List<NoteSpec>(parsed.Length);
        NoteSpec[] ordered = parsed.ToArray();
        Array.Sort(ordered, static (a, b) =>
            string.CompareOrdinal(a.Id, b.Id) is int byId and not 0 ? byId : string.CompareOrdinal(a.FilePath, b.FilePath));
        foreach (NoteSpec note in ordered)
        {
            if (notes.Count > 0 && notes[notes.Count - 1].Id == note.Id)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateNoteId,
                    new LocationInfo(note.FilePath, SourceRange.FileStart), note.Id, notes[notes.Count - 1].RelativePath));
                continue;
            }
            notes.Add(note);
        }
        return notes;
    }

    private static void ValidateLinks(List<NoteSpec> notes, int source, string folder, LinkResolver resolver, List<DiagnosticInfo> diagnostics)
    {
        NoteSpec note = notes[source];
        foreach (LinkTargetSpec link in note.Links)
        {
            int target = source; // [[#Heading]] points into the note itself
            if (link.Target.Length > 0)
            {
                LinkResolver.Resolution resolution = resolver.Resolve(link.Target, folder);
                target = resolution.Target;
                if (resolution.IsBroken)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BrokenWikiLink, new LocationInfo(note.FilePath, link.Range), link.Target, ""));
                    continue;
                }
                if (resolution.AmbiguousCandidates is { } ambiguous)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousWikiLink, new LocationInfo(note.FilePath, link.Range), link.Target,
                        ambiguous.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ListIds(notes, ambiguous), notes[target].Id));
                }
            }

            if (link.Heading is not null && !HasHeading(notes[target], LinkKey.Hash(resolver.Key(link.Heading))))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingHeading, new LocationInfo(note.FilePath, link.Range), notes[target].Id, link.Heading));
            }
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

    /// <summary>Hint names must be unique ignoring case and use only safe characters (AddSource throws otherwise).</summary>
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
        string stem = sb.ToString();
        string name = stem + ".g.cs";
        for (int n = 2; !taken.Add(name); n++)
        {
            name = stem + "_" + n + ".g.cs";
        }
        return name;
    }
}
