using Markdig.Syntax.Inlines;

namespace CorpusGen.Core.Parsing.WikiLinks;

/// <summary>A <c>[[target#Heading | text]]</c> or <c>![[embed]]</c> in the Markdig tree. Never leaves the parser.</summary>
internal sealed class WikiLinkInline : LeafInline
{
    public string Target { get; set; } = "";
    public string? Heading { get; set; }
    public string DisplayText { get; set; } = "";
    public bool IsEmbed { get; set; }

    /// <summary>Why this <c>[[…]]</c> is not a link, or <see cref="WikiLinkProblem.None"/>.</summary>
    public WikiLinkProblem Problem { get; set; }
}

/// <summary>What keeps a <c>[[…]]</c> from being a link: reported, never dropped without a word.</summary>
internal enum WikiLinkProblem
{
    None,

    /// <summary><c>[[]]</c>, <c>[[ | text]]</c>, <c>[[#]]</c>: nothing to link to.</summary>
    Empty,

    /// <summary><c>[[a [b] c]]</c>: renderers do not read a wiki-link whose text holds '[' or ']'.</summary>
    Brackets,
}
