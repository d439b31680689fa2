namespace CorpusGen;

/// <summary>A <c>[[target]]</c>, <c>[[target | text]]</c> or <c>[[target#Heading]]</c> link, resolved at build time.</summary>
public sealed class WikiLink
{
    internal WikiLink(Note source, string rawTarget, string? heading, string displayText, int targetIndex,
        bool isEmbed, int line, int column, Section? section)
    {
        Source = source;
        RawTarget = rawTarget;
        Heading = heading;
        DisplayText = displayText;
        TargetIndex = targetIndex;
        IsEmbed = isEmbed;
        Line = line;
        Column = column;
        Section = section;
    }

    /// <summary>The note that holds the link.</summary>
    public Note Source { get; }

    /// <summary>The target as written, without the heading and display text.</summary>
    public string RawTarget { get; }

    /// <summary>The heading after <c>#</c>, if the link names one.</summary>
    public string? Heading { get; }

    /// <summary>The text a reader sees: the part after <c>|</c>, or the target.</summary>
    public string DisplayText { get; }

    /// <summary>
    /// The note the link resolves to. Never null: the build fails on a link that resolves to nothing,
    /// and notes are looked up by index, so cycles are fine whichever note is touched first.
    /// </summary>
    public Note Target => Source.Corpus.GetNote(TargetIndex);

    /// <summary>The section named by <see cref="Heading"/> in the target, or null when the link names none (or a block).</summary>
    public Section? TargetSection => Heading is null || IsBlockReference ? null : NoteBody.FindSection(Target, Heading);

    /// <summary>True for <c>[[note#^id]]</c>: the link names a block, not a heading.</summary>
    public bool IsBlockReference => Heading is { Length: > 1 } && Heading[0] == '^';

    /// <summary>The block named by <c>#^id</c> in the target, or null when the link names none.</summary>
    public NoteBlock? TargetBlock
    {
        get
        {
            if (!IsBlockReference)
            {
                return null;
            }
            string id = Heading!.Substring(1);
            foreach (NoteBlock block in Target.Blocks)
            {
                if (block.Id == id)
                {
                    return block;
                }
            }
            return null;
        }
    }

    internal int TargetIndex { get; }

    /// <summary>True for <c>![[embed]]</c>.</summary>
    public bool IsEmbed { get; }

    /// <summary>1-based line of the <c>[[</c> in the source file.</summary>
    public int Line { get; }

    /// <summary>1-based column of the <c>[[</c>.</summary>
    public int Column { get; }

    /// <summary>The section the link sits in (its heading included), or null before the first heading.</summary>
    public Section? Section { get; }

    /// <summary>The display text.</summary>
    public override string ToString() => DisplayText;
}
