namespace CorpusGen.Core.Model;

/// <summary>Which renderer's rule decides what a wiki-link reaches (MSBuild property CorpusGenLinkResolution).</summary>
internal enum LinkRule
{
    /// <summary>Obsidian's intent: file name, title, alias or path, case and '-', '_', space folded; the linking note's folder wins.</summary>
    Obsidian,

    /// <summary>What a Quartz 4.5 site serves (markdownLinkResolution "shortest"): see <c>Validation/QuartzLinks</c>.</summary>
    Quartz,
}
