using Markdig.Syntax.Inlines;

namespace CorpusGen.Core.Parsing.WikiLinks;

/// <summary>A <c>[[target#Heading | text]]</c> or <c>![[embed]]</c> in the Markdig tree. Never leaves the parser.</summary>
internal sealed class WikiLinkInline : LeafInline
{
    public string Target { get; set; } = "";
    public string? Heading { get; set; }
    public string DisplayText { get; set; } = "";
    public bool IsEmbed { get; set; }
}
