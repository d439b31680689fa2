using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace CorpusGen;

/// <summary>All notes of one generated corpus, with lookups by id and by folder.</summary>
public abstract class NoteCorpus
{
    private Dictionary<string, int>? _byId;
    private Dictionary<string, int[]>? _byFolder;

    /// <summary>Number of notes.</summary>
    public abstract int Count { get; }

    /// <summary>Every note, ordered by id (ordinal).</summary>
    public IReadOnlyList<Note> Notes => NotesCore;

    /// <summary>The folders that hold notes ("" for the root), ordered ordinally.</summary>
    public IReadOnlyList<string> Folders => FolderIndex.Keys.OrderBy(f => f, StringComparer.Ordinal).ToArray();

    /// <summary>Typed access for derived corpora.</summary>
    private protected abstract IReadOnlyList<Note> NotesCore { get; }

    /// <summary>The note at <paramref name="index"/>.</summary>
    public abstract Note GetNote(int index);

    /// <summary>The note with this id (ordinal comparison), or null.</summary>
    public Note? FindById(string id) => IdIndex.TryGetValue(id, out int index) ? GetNote(index) : null;

    /// <summary>The notes directly in <paramref name="folder"/> ("" for the root), in id order.</summary>
    public IReadOnlyList<Note> InFolder(string folder) =>
        FolderIndex.TryGetValue(folder, out int[]? indexes) ? indexes.Select(GetNote).ToArray() : Array.Empty<Note>();

    private protected IEnumerable<int> IndexesInFolder(string folder) =>
        FolderIndex.TryGetValue(folder, out int[]? indexes) ? indexes : Array.Empty<int>();

    private protected bool TryGetIndex(string id, out int index) => IdIndex.TryGetValue(id, out index);

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
    public NoteCorpus(Note<TFrontMatter>[] notes) => _notes = notes;

    /// <inheritdoc/>
    public override int Count => _notes.Length;

    /// <summary>The note at <paramref name="index"/>.</summary>
    public Note<TFrontMatter> this[int index] => _notes[index];

    /// <summary>Every note, ordered by id (ordinal).</summary>
    public new IReadOnlyList<Note<TFrontMatter>> Notes => _notes;

    private protected override IReadOnlyList<Note> NotesCore => _notes;

    /// <inheritdoc/>
    public override Note GetNote(int index) => _notes[index];

    /// <summary>The note with this id (ordinal comparison), or null.</summary>
    public Note<TFrontMatter>? ById(string id) => TryGetIndex(id, out int index) ? _notes[index] : null;

    /// <summary>The notes directly in <paramref name="folder"/> ("" for the root), in id order.</summary>
    public new IReadOnlyList<Note<TFrontMatter>> InFolder(string folder) =>
        IndexesInFolder(folder).Select(i => _notes[i]).ToArray();

    /// <inheritdoc/>
    public IEnumerator<Note<TFrontMatter>> GetEnumerator() => ((IEnumerable<Note<TFrontMatter>>)_notes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
