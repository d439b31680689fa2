using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using CorpusGen.Generator.Validation;

namespace CorpusGen;

/// <summary>All notes of one generated corpus, with lookups by id and by folder.</summary>
public abstract class NoteCorpus
{
    /// <summary>
    /// Prefix of the manifest resource that holds each note's text: CorpusGen.targets embeds every
    /// note as <c>CorpusGen/notes/&lt;relative path&gt;</c> (see <see cref="ResourceNameOf"/>).
    /// </summary>
    public const string ResourcePrefix = "CorpusGen/notes/";

    /// <summary>
    /// The manifest resource name of a note: the prefix and its path under the notes folder, as
    /// CorpusGen.targets names it. Names compare ordinally, so paths that differ only in case stay apart.
    /// </summary>
    public static string ResourceNameOf(string relativePath) => ResourcePrefix + relativePath;

    private readonly Assembly _resources;
    private Dictionary<string, int>? _byId;
    private Dictionary<string, int[]>? _byFolder;
    private Dictionary<string, List<int>>? _byLinkKey;
    private Note[][]? _backlinks;

    private protected NoteCorpus(Assembly resources) => _resources = resources;

    /// <summary>Number of notes.</summary>
    public abstract int Count { get; }

    /// <summary>Every note, ordered by folder, then by id (ordinal).</summary>
    public IReadOnlyList<Note> Notes => NotesCore;

    /// <summary>The folders that hold notes ("" for the root), ordered ordinally.</summary>
    public IReadOnlyList<string> Folders => FolderIndex.Keys.OrderBy(f => f, StringComparer.Ordinal).ToArray();

    private protected abstract IReadOnlyList<Note> NotesCore { get; }

    /// <summary>The note at <paramref name="index"/>.</summary>
    public abstract Note GetNote(int index);

    /// <summary>The note with this id (ordinal comparison), or null.</summary>
    public Note? FindById(string id) => IdIndex.TryGetValue(id, out int index) ? GetNote(index) : null;

    /// <summary>The notes directly in <paramref name="folder"/> ("" for the root), in id order.</summary>
    public IReadOnlyList<Note> InFolder(string folder) => IndexesInFolder(folder).Select(GetNote).ToArray();

    private protected IEnumerable<int> IndexesInFolder(string folder) =>
        FolderIndex.TryGetValue(folder, out int[]? indexes) ? indexes : Array.Empty<int>();

    private protected bool TryGetIndex(string id, out int index) => IdIndex.TryGetValue(id, out index);

    /// <summary>
    /// Resolves a wiki-link target with the generator's rules: file name, title, alias or id, compared
    /// by <see cref="LinkKey"/>; the linking note's folder wins; otherwise the first by id. -1 if none.
    /// </summary>
    internal int Resolve(string target, string sourceFolder)
    {
        if (!LinkIndex.TryGetValue(LinkKey.Normalize(target), out List<int>? candidates))
        {
            return -1;
        }
        if (candidates.Count == 1)
        {
            return candidates[0];
        }
        // As the generator: a candidate in the linking note's folder wins; ties go to the smallest id
        // (ordinal). The array is ordered by folder first, so "first" here would not be "first by id".
        int best = -1;
        bool bestIsLocal = false;
        foreach (int candidate in candidates)
        {
            Note note = GetNote(candidate);
            bool isLocal = string.Equals(note.Folder, sourceFolder, StringComparison.Ordinal);
            if (best < 0 || (isLocal && !bestIsLocal)
                || (isLocal == bestIsLocal && string.CompareOrdinal(note.Id, GetNote(best).Id) < 0))
            {
                best = candidate;
                bestIsLocal = isLocal;
            }
        }
        return best;
    }

    internal IReadOnlyList<Note> BacklinksOf(Note note) => LazyInitializer.EnsureInitialized(ref _backlinks, () =>
    {
        var sources = new List<Note>?[Count];
        for (int i = 0; i < Count; i++)
        {
            Note source = GetNote(i);
            foreach (WikiLink link in source.Links)
            {
                int target = link.TargetIndex;
                List<Note> list = sources[target] ??= new List<Note>();
                if (target != i && (list.Count == 0 || list[list.Count - 1] != source))
                {
                    list.Add(source);
                }
            }
        }
        return sources.Select(list => list?.ToArray() ?? Array.Empty<Note>()).ToArray();
    })![note.Index];

    /// <summary>The note's text as the compiler read it (BOM detected, else UTF-8).</summary>
    internal string ReadText(Note note)
    {
        string name = ResourceNameOf(note.RelativePath);
        using Stream? stream = _resources.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"The text of note '{note.Id}' is not embedded in {_resources.GetName().Name} (resource '{name}'). "
                + "CorpusGen.targets embeds every note added as AdditionalFiles; check that the note is under the notes folder.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private Dictionary<string, int> IdIndex => LazyInitializer.EnsureInitialized(ref _byId, () =>
    {
        var map = new Dictionary<string, int>(Count, StringComparer.Ordinal);
        for (int i = 0; i < Count; i++)
        {
            map[GetNote(i).Id] = i;
        }
        return map;
    })!;

    private Dictionary<string, int[]> FolderIndex => LazyInitializer.EnsureInitialized(ref _byFolder, () =>
        Enumerable.Range(0, Count)
            .GroupBy(i => GetNote(i).Folder, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal))!;

    private Dictionary<string, List<int>> LinkIndex => LazyInitializer.EnsureInitialized(ref _byLinkKey, () =>
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < Count; i++)
        {
            Note note = GetNote(i);
            foreach (string name in new[] { note.FileStem, note.Title, note.Id }.Concat(note.Aliases))
            {
                string key = LinkKey.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!map.TryGetValue(key, out List<int>? list))
                {
                    map[key] = list = new List<int>();
                }
                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }
        return map;
    })!;
}

/// <summary>A corpus whose notes carry the front-matter type generated for it.</summary>
/// <typeparam name="TFrontMatter">The generated front-matter record.</typeparam>
public sealed class NoteCorpus<TFrontMatter> : NoteCorpus, IReadOnlyList<Note<TFrontMatter>>
{
    private readonly Note<TFrontMatter>[] _notes;

    /// <summary>
    /// Called by generated code, which fills <paramref name="notes"/> before the corpus is handed out:
    /// every slot is set by the time any note is reachable.
    /// </summary>
    /// <param name="notes">The notes, ordered by folder, then by id.</param>
    /// <param name="resources">The assembly whose manifest resources hold the notes' text.</param>
    public NoteCorpus(Note<TFrontMatter>[] notes, Assembly resources) : base(resources) => _notes = notes;

    /// <inheritdoc/>
    public override int Count => _notes.Length;

    /// <summary>The note at <paramref name="index"/>.</summary>
    public Note<TFrontMatter> this[int index] => _notes[index];

    /// <summary>Every note, ordered by folder, then by id (ordinal).</summary>
    public new IReadOnlyList<Note<TFrontMatter>> Notes => _notes;

    private protected override IReadOnlyList<Note> NotesCore => _notes;

    /// <inheritdoc/>
    public override Note GetNote(int index) => _notes[index];

    /// <summary>The note with this id (ordinal comparison), or null.</summary>
    public Note<TFrontMatter>? ById(string id) => TryGetIndex(id, out int index) ? _notes[index] : null;

    /// <summary>The note with this id; generated members use it, so the id always exists.</summary>
    public Note<TFrontMatter> Get(string id) =>
        ById(id) ?? throw new KeyNotFoundException($"No note with id '{id}' in this corpus.");

    /// <summary>The notes directly in <paramref name="folder"/> ("" for the root), in id order.</summary>
    public new IReadOnlyList<Note<TFrontMatter>> InFolder(string folder) =>
        IndexesInFolder(folder).Select(i => _notes[i]).ToArray();

    /// <inheritdoc/>
    public IEnumerator<Note<TFrontMatter>> GetEnumerator() => ((IEnumerable<Note<TFrontMatter>>)_notes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
