using System;
using System.Collections.Generic;
using System.Threading;

namespace CorpusGen;

/// <summary>
/// Returns the encoded body of one note (sections, links, timestamps, backlinks), as generated code
/// stores it in a UTF-8 literal. Decoded once, on first access, so a program that touches one note
/// never pays for the other 20 000.
/// </summary>
public delegate ReadOnlySpan<byte> NoteBodySource(int key);

/// <summary>One markdown note of a corpus, as CorpusGen compiled it.</summary>
public abstract class Note
{
    private readonly NoteBodySource _bodySource;
    private readonly int _bodyKey;
    private NoteBody? _body;

    /// <summary>Called by generated code only.</summary>
    protected Note(NoteCorpus corpus, int index, string id, string title, string relativePath, string? videoId,
        NoteBodySource bodySource, int bodyKey)
    {
        Corpus = corpus;
        Index = index;
        Id = id;
        Title = title;
        RelativePath = relativePath;
        VideoId = videoId;
        _bodySource = bodySource;
        _bodyKey = bodyKey;
        int slash = id.LastIndexOf('/');
        Folder = slash < 0 ? "" : id.Substring(0, slash);
    }

    /// <summary>The corpus this note belongs to.</summary>
    public NoteCorpus Corpus { get; }

    /// <summary>Position of the note in <see cref="NoteCorpus.Notes"/> (ordinal order of ids).</summary>
    public int Index { get; }

    /// <summary>Unique id: the path relative to the notes folder, with '/' separators and no extension.</summary>
    public string Id { get; }

    /// <summary>The front matter's <c>title</c>, or the file name when the note has none.</summary>
    public string Title { get; }

    /// <summary>Path of the source file relative to the notes folder, with '/' separators.</summary>
    public string RelativePath { get; }

    /// <summary>Folder of the note relative to the notes folder ("" at the root).</summary>
    public string Folder { get; }

    /// <summary>The front matter's <c>videoId</c>, when it has one: timestamps then carry a playable URL.</summary>
    public string? VideoId { get; }

    /// <summary>Text before the first heading, as plain text.</summary>
    public string Lead => Body.Lead;

    /// <summary>Every heading of the note in document order; <see cref="Section.Parent"/> makes the tree.</summary>
    public IReadOnlyList<Section> Sections => Body.Sections;

    /// <summary>The top level of the section tree (headings with no enclosing heading).</summary>
    public IReadOnlyList<Section> RootSections => Body.RootSections;

    /// <summary>Every wiki-link of the note in document order, each resolved to its target note.</summary>
    public IReadOnlyList<WikiLink> Links => Body.Links;

    /// <summary>Every timestamp of the note in document order.</summary>
    public IReadOnlyList<Timestamp> Timestamps => Body.Timestamps;

    /// <summary>The notes that link to this note, in corpus order, each once.</summary>
    public IReadOnlyList<Note> Backlinks => Body.Backlinks;

    private NoteBody Body
    {
        get
        {
            NoteBody? body = Volatile.Read(ref _body);
            if (body is not null)
            {
                return body;
            }

            body = NoteBody.Decode(this, _bodySource(_bodyKey));
            return Interlocked.CompareExchange(ref _body, body, null) ?? body;
        }
    }

    /// <summary>The id.</summary>
    public override string ToString() => Id;
}

/// <summary>A note with its typed front matter, as generated for one corpus.</summary>
/// <typeparam name="TFrontMatter">The front-matter record generated for the corpus.</typeparam>
public sealed class Note<TFrontMatter> : Note
{
    /// <summary>Called by generated code only.</summary>
    public Note(NoteCorpus corpus, int index, string id, string title, string relativePath, string? videoId,
        TFrontMatter frontMatter, NoteBodySource bodySource, int bodyKey)
        : base(corpus, index, id, title, relativePath, videoId, bodySource, bodyKey)
    {
        FrontMatter = frontMatter;
    }

    /// <summary>The note's front matter: one typed property per key used anywhere in the corpus.</summary>
    public TFrontMatter FrontMatter { get; }
}
