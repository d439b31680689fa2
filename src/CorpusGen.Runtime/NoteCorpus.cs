using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using CorpusGen.Core.Paths;
using CorpusGen.Core.Validation;

namespace CorpusGen;

/// <summary>All notes of one generated corpus, with lookups by id and by folder.</summary>
public abstract class NoteCorpus
{
    /// <summary>
    /// Prefix of the manifest resource that holds each note's text: CorpusGen.targets embeds every
    /// note as <c>CorpusGen/notes/&lt;relative path&gt;</c> (see <see cref="ResourceNameOf"/>).
    /// </summary>
    public const string ResourcePrefix = NotePaths.ResourcePrefix;

    /// <summary>
    /// The manifest resource name of a note: the prefix and its path under the notes folder, as
    /// CorpusGen.targets names it. Names compare ordinally, so paths that differ only in case stay apart.
    /// </summary>
    public static string ResourceNameOf(string relativePath) => NotePaths.ResourceNameOf(relativePath);

    private readonly Assembly _resources;
    private Dictionary<string, int>? _byId;
    private Dictionary<string, int[]>? _byFolder;
    private Tuple<LinkResolver, int[]>? _resolver;
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
    /// Resolves a wiki-link target with the core's <see cref="LinkResolver"/> (its default rule), -1 if none: only for
    /// a note without the build's link targets (<see cref="Note.LinkTargets"/>), which generated notes always have.
    /// </summary>
    internal int Resolve(string target, string sourceFolder)
    {
        (LinkResolver resolver, int[] byId) = Resolver;
        int found = resolver.Resolve(target, sourceFolder).Target;
        return found < 0 ? -1 : byId[found];
    }

    /// <summary>
    /// The resolver over the notes in ordinal id order, as the build indexes them (its first candidate is the
    /// smallest id), and each of its positions' index here (notes are kept ordered by folder, then id).
    /// </summary>
    private (LinkResolver Resolver, int[] ById) Resolver => LazyInitializer.EnsureInitialized(ref _resolver, () =>
    {
        int[] byId = Enumerable.Range(0, Count).ToArray();
        Array.Sort(byId, (a, b) => string.CompareOrdinal(GetNote(a).Id, GetNote(b).Id));
        string[] folders = byId.Select(i => GetNote(i).Folder).ToArray();
        var resolver = new LinkResolver(Count, k => GetNote(byId[k]).Id, k => GetNote(byId[k]).Title, k => GetNote(byId[k]).Aliases,
            folders, CancellationToken.None);
        return new Tuple<LinkResolver, int[]>(resolver, byId);
    })!.ToValueTuple();

    internal IReadOnlyList<Note> BacklinksOf(Note note) => LazyInitializer.EnsureInitialized(ref _backlinks, () =>
    {
        var sources = new List<Note>?[Count];
        for (int i = 0; i < Count; i++)
        {
            Note source = GetNote(i);
            // The build's link targets: no body is parsed to find who links where.
            foreach (int target in source.LinkTargets ?? LinkTargetsOf(source))
            {
                if (target < 0)
                {
                    continue;
                }
                List<Note> list = sources[target] ??= new List<Note>();
                if (target != i && (list.Count == 0 || list[list.Count - 1] != source))
                {
                    list.Add(source);
                }
            }
        }
        return sources.Select(list => list?.ToArray() ?? Array.Empty<Note>()).ToArray();
    })![note.Index];

    /// <summary>A note without build data (made by hand): its links' targets, from its parsed body.</summary>
    private static IEnumerable<int> LinkTargetsOf(Note note) => note.Links.Select(link => link.TargetIndex);

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

    /// <summary>The note with this id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Note<TFrontMatter> Get(string id) =>
        ById(id) ?? throw new KeyNotFoundException($"No note with id '{id}' in this corpus.");

    /// <summary>The notes directly in <paramref name="folder"/> ("" for the root), in id order.</summary>
    public new IReadOnlyList<Note<TFrontMatter>> InFolder(string folder) =>
        IndexesInFolder(folder).Select(i => _notes[i]).ToArray();

    /// <inheritdoc/>
    public IEnumerator<Note<TFrontMatter>> GetEnumerator() => ((IEnumerable<Note<TFrontMatter>>)_notes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
