using System.Collections.Generic;

namespace CorpusGen;

/// <summary>A heading of a note and the text under it, up to the next heading.</summary>
public sealed class Section
{
    internal readonly List<Section> ChildList = new();

    internal Section(Note note, int index, int level, string title, string text, int line, Section? parent)
    {
        Note = note;
        Index = index;
        Level = level;
        Title = title;
        Text = text;
        Line = line;
        Parent = parent;
    }

    /// <summary>The note the section belongs to.</summary>
    public Note Note { get; }

    /// <summary>Position in <see cref="CorpusGen.Note.Sections"/>.</summary>
    public int Index { get; }

    /// <summary>Heading level: 1 for <c>#</c>, 2 for <c>##</c> …</summary>
    public int Level { get; }

    /// <summary>Heading text as plain text (wiki-links show their display text).</summary>
    public string Title { get; }

    /// <summary>Plain text of the section's own content, up to the next heading of any level.</summary>
    public string Text { get; }

    /// <summary>1-based line of the heading in the source file.</summary>
    public int Line { get; }

    /// <summary>The enclosing section (a heading of a lower level), or null at the top.</summary>
    public Section? Parent { get; }

    /// <summary>Sections nested under this one.</summary>
    public IReadOnlyList<Section> Children => ChildList;

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}
