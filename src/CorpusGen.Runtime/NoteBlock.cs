namespace CorpusGen;

/// <summary>
/// A block that links can name with <c>[[note#^id]]</c>: a paragraph, list item or heading whose text ends with
/// <c> ^id</c> (Obsidian's block references).
/// </summary>
public sealed class NoteBlock
{
    internal NoteBlock(Note note, string id, string text, int line, Section? section)
    {
        Note = note;
        Id = id;
        Text = text;
        Line = line;
        Section = section;
    }

    /// <summary>The note that holds the block.</summary>
    public Note Note { get; }

    /// <summary>The id, without its <c>^</c>.</summary>
    public string Id { get; }

    /// <summary>The block's text on the id's line, before the id.</summary>
    public string Text { get; }

    /// <summary>1-based line of the id in the source file.</summary>
    public int Line { get; }

    /// <summary>The section the block sits in, or null before the first heading.</summary>
    public Section? Section { get; }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
