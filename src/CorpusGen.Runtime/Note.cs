using System.Collections.Generic;
using System.Threading;
using CorpusGen.Core.Paths;

namespace CorpusGen;

/// <summary>One markdown note of a corpus, as CorpusGen compiled it.</summary>
public abstract class Note
{
    private NoteBody? _body;

    /// <summary>Called by generated code only.</summary>
    /// <param name="relativePath">The file's path under the notes folder; null for the usual <c>id + ".md"</c>.</param>
    protected Note(NoteCorpus corpus, int index, string id, string title, string? relativePath, string? videoId, IReadOnlyList<string>? aliases)
    {
        Corpus = corpus;
        Index = index;
        Id = id;
        Title = title;
        RelativePath = relativePath ?? id + ".md";
        VideoId = videoId;
        Aliases = aliases ?? System.Array.Empty<string>();
        Folder = NotePaths.FolderOf(id);
        FileStem = NotePaths.StemOf(id);
    }

    /// <summary>
    /// What the build resolved each distinct link target of this note to (in order of first use): a note's
    /// <see cref="Index"/>, or -1 for a broken link. Null for a note made by hand, whose links resolve on first use.
    /// </summary>
    internal int[]? LinkTargets { get; init; }

    /// <summary>The corpus this note belongs to.</summary>
    public NoteCorpus Corpus { get; }

    /// <summary>Position of the note in <see cref="NoteCorpus.Notes"/> (ordered by folder, then by id).</summary>
    public int Index { get; }

    /// <summary>Unique id: the path relative to the notes folder, with '/' separators and no extension.</summary>
    public string Id { get; }

    /// <summary>The front matter's <c>title</c>, or the file name when the note has none.</summary>
    public string Title { get; }

    /// <summary>Path of the source file relative to the notes folder, with '/' separators.</summary>
    public string RelativePath { get; }

    /// <summary>Folder of the note relative to the notes folder ("" at the root).</summary>
    public string Folder { get; }

    /// <summary>File name without extension: the usual wiki-link target.</summary>
    public string FileStem { get; }

    /// <summary>The front matter's <c>aliases</c>: other names wiki-links may use.</summary>
    public IReadOnlyList<string> Aliases { get; }

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

    /// <summary>The note's blocks with an id (<c> ^id</c>), which <c>[[note#^id]]</c> links name; parsed on first access.</summary>
    public IReadOnlyList<NoteBlock> Blocks => Body.Blocks;

    /// <summary>
    /// The notes that link to this note, in corpus order, each once. The first call reads every note
    /// of the corpus (links live in the note text).
    /// </summary>
    public IReadOnlyList<Note> Backlinks => Corpus.BacklinksOf(this);

    /// <summary>Whether the body has been read and parsed (tests: what a program's first calls cost).</summary>
    internal bool IsBodyRead => Volatile.Read(ref _body) is not null;

    /// <summary>The body is read from the embedded note text on first access, once, thread-safely.</summary>
    private NoteBody Body
    {
        get
        {
            NoteBody? body = Volatile.Read(ref _body);
            if (body is not null)
            {
                return body;
            }

            body = NoteBody.Read(this);
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
    public Note(NoteCorpus corpus, int index, string id, string title, string? relativePath, string? videoId,
        IReadOnlyList<string>? aliases, TFrontMatter frontMatter)
        : base(corpus, index, id, title, relativePath, videoId, aliases)
    {
        FrontMatter = frontMatter;
    }

    /// <summary>The note's front matter: one typed property per key used anywhere in the corpus.</summary>
    public TFrontMatter FrontMatter { get; }
}
