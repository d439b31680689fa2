using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Validation;
using Xunit;

namespace CorpusGen.Tests.Validation;

/// <summary>
/// The quartz rule, case by case: what Quartz 4.5's own path.ts and links.ts do with each link (markdownLinkResolution
/// "shortest", a multi-threaded build), read from its source and run on test vaults; expected is the note reached or null.
/// </summary>
public sealed class QuartzLinksTests
{
    private static readonly (string Path, string[] Aliases, bool Draft)[] s_vault =
    {
        ("index.md", new string[0], false),
        ("redpointai/Open Source.md", new string[0], false),
        ("redpointai/redpointai.md", new string[0], false),
        ("redpointai/ai_in_creative_workflows.md", new string[0], false),
        ("lexfridman/ai_in_creative_workflows.md", new string[0], false),
        ("lexfridman/ai_safety.md", new string[0], false),
        ("notes/Café Crème.md", new string[0], false),
        ("notes/R&D Plan.md", new string[0], false),
        ("notes/100% Done.md", new string[0], false),
        ("notes/What is AI?.md", new string[0], false),
        ("notes/C# Tips.md", new string[0], false),
        ("notes/v1.2 release.md", new string[0], false),
        ("notes/UPPER.md", new string[0], false),
        ("notes/with_underscore.md", new string[0], false),
        ("notes/dash-name.md", new string[0], false),
        ("notes/dup.md", new string[0], false),
        ("notes/Dup.md", new string[0], false),
        ("notes/draft note.md", new string[0], true),
        ("notes/aliased.md", new[] { "Other Name", "folder x/Deep Alias" }, false),
        ("Folder With Space/Sub Note.md", new string[0], false),
        ("folderonly/child.md", new string[0], false),
        ("withindex/index.md", new string[0], false),
        ("withindex/page.md", new string[0], false),
        ("blueprint.financial/blueprint.financial.md", new string[0], false),
        ("deep/a/b/Target.md", new string[0], false),
        ("foo.md", new string[0], false),
        ("x/foo.md", new string[0], false),
        ("a/twin.md", new string[0], false),
        ("b/twin.md", new string[0], false),
        ("d/solo.md", new string[0], true),
        ("e/solo.md", new string[0], false),
    };

    private static readonly QuartzLinks s_links = new(s_vault.Length, i => s_vault[i].Path, i => s_vault[i].Aliases, i => s_vault[i].Draft);

    /// <summary>The note a link reaches, "(page)" for a folder page, or null when the site serves nothing there.</summary>
    private static string? Reached(string target)
    {
        int note = s_links.Resolve(target, out _);
        return note >= 0 ? s_vault[note].Path : note == -2 ? "(page)" : null;
    }

    public static IEnumerable<object?[]> Cases() => new[]
    {
        new object?[] { "Open Source", "redpointai/Open Source.md" }, // a unique file name, from any folder
        new object?[] { "open source", null }, // case is kept
        new object?[] { "Open-Source", "redpointai/Open Source.md" }, // a space is a '-'
        new object?[] { "Open_Source", null }, // '_' is not
        new object?[] { "Open Source.md", "redpointai/Open Source.md" },
        new object?[] { "Open Source.MD", null }, // only a lower-case .md is dropped
        new object?[] { "redpointai/Open Source", "redpointai/Open Source.md" },
        new object?[] { "/redpointai/Open Source", "redpointai/Open Source.md" },
        new object?[] { "Redpointai/Open Source", null },
        new object?[] { "lexfridman/Open Source", null }, // a path is never matched by file name
        new object?[] { "Open  Source", null }, // two spaces, two '-'
        new object?[] { "Open%20Source", "redpointai/Open Source.md" }, // decodeURI
        new object?[] { "ai_in_creative_workflows", null }, // two files share the name: a path from the root, which has none
        new object?[] { "./ai_in_creative_workflows", null },
        new object?[] { "redpointai/ai_in_creative_workflows", "redpointai/ai_in_creative_workflows.md" },
        new object?[] { "ai_safety", "lexfridman/ai_safety.md" },
        new object?[] { "../ai_safety", null }, // '..' makes it a path from the root
        new object?[] { "../lexfridman/ai_safety", "lexfridman/ai_safety.md" },
        new object?[] { "Café Crème", "notes/Café Crème.md" },
        new object?[] { "Cafe Creme", null },
        new object?[] { "R&D Plan", "notes/R&D Plan.md" },
        new object?[] { "R-and-D-Plan", "notes/R&D Plan.md" },
        new object?[] { "100% Done", "notes/100% Done.md" },
        new object?[] { "50%off", null }, // decodeURI throws: Quartz cannot build the site
        new object?[] { "What is AI?", "notes/What is AI?.md" },
        new object?[] { "What is AI", "notes/What is AI?.md" },
        new object?[] { "C Tips", "notes/C# Tips.md" },
        new object?[] { "v1.2 release", "notes/v1.2 release.md" },
        new object?[] { "UPPER", "notes/UPPER.md" },
        new object?[] { "upper", null },
        new object?[] { "with underscore", null },
        new object?[] { "dash name", "notes/dash-name.md" },
        new object?[] { "dup", "notes/dup.md" }, // dup and Dup are two names
        new object?[] { "Dup", "notes/Dup.md" },
        new object?[] { "draft note", null }, // matched, but drafts are not published
        new object?[] { "Other Name", "notes/aliased.md" }, // the alias's redirect page at the root
        new object?[] { "other name", null },
        new object?[] { "folder x/Deep Alias", "notes/aliased.md" },
        new object?[] { "Deep Alias", null }, // a multi-threaded build does not match alias names
        new object?[] { "folderonly", "(page)" }, // a folder page
        new object?[] { "folderonly/", "(page)" },
        new object?[] { "child", "folderonly/child.md" },
        new object?[] { "withindex", "withindex/index.md" },
        new object?[] { "index", "index.md" }, // the site's root
        new object?[] { "redpointai", "redpointai/redpointai.md" }, // the unique name wins over the folder page
        new object?[] { "redpointai/", "redpointai/redpointai.md" },
        new object?[] { "blueprint.financial", "blueprint.financial/blueprint.financial.md" },
        new object?[] { "Note: colon", null }, // read as a URL with an unknown scheme
        new object?[] { "Sub Note", "Folder With Space/Sub Note.md" },
        new object?[] { "Folder With Space/Sub Note", "Folder With Space/Sub Note.md" },
        new object?[] { "Target", "deep/a/b/Target.md" },
        new object?[] { "a/b/Target", null }, // no suffix matching
        new object?[] { "foo", "foo.md" }, // shared name: the path from the root exists
        new object?[] { "twin", null },
        new object?[] { "a/twin", "a/twin.md" },
        new object?[] { "solo", null }, // a draft shares the name, so it is a path from the root
        new object?[] { "e/solo", "e/solo.md" },
        new object?[] { "d/solo", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Link_ReachesWhatTheQuartzSiteServes(string target, string? expected)
    {
        Assert.Equal(expected, Reached(target));
    }

    [Theory]
    [InlineData("redpointai/Open Source.md", "redpointai/Open-Source")]
    [InlineData("notes/R&D Plan.md", "notes/R-and-D-Plan")]
    [InlineData("notes/100% Done.md", "notes/100-percent-Done")]
    [InlineData("notes/What is AI?.md", "notes/What-is-AI")]
    [InlineData("notes/C# Tips.md", "notes/C-Tips")]
    [InlineData("x/_index.md", "x/index")]
    [InlineData("assets/My Pic.png", "assets/My-Pic.png")]
    public void NoteSlug_IsQuartzsSlugifyFilePath(string path, string slug)
    {
        Assert.Equal(slug, QuartzLinks.SlugifyFilePath(path));
    }

    [Fact]
    public void UnderTheQuartzRule_ABrokenLinkSaysWhereTheSiteSendsTheReader()
    {
        var options = new Dictionary<string, string> { ["build_property.CorpusGenLinkResolution"] = "quartz" };
        var run = Infrastructure.GeneratorHarness.Run(new[]
        {
            new Infrastructure.NoteFile("guides/setup.md", Infrastructure.NoteParsing.Note("Setup guide", "x")),
            new Infrastructure.NoteFile("index.md", Infrastructure.NoteParsing.Note("Index", "[[setup]] and [[Setup guide]]")),
        }, extraOptions: options);

        Assert.Equal("Wiki-link target 'Setup guide' matches no note by file name, title or alias; on the Quartz site it links to /Setup-guide, which the site does not serve",
            run.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
