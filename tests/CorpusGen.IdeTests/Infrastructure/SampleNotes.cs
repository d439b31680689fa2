using System.Collections.Generic;

namespace CorpusGen.IdeTests.Infrastructure;

/// <summary>A small handbook: a note at the root, two in guides/, one with a broken link and a bad timestamp.</summary>
internal static class SampleNotes
{
    public const string Welcome = """
        ---
        title: Welcome
        ---
        Start here, then read [[Setup guide]].

        ## The launch talk
        The demo starts at [01:30].

        """;

    public const string Setup = """
        ---
        title: Setup guide
        minutes: 5
        ---
        Add the package to your project.
        Write notes under notes/ and build.

        ## Troubleshooting
        Rebuild when in doubt.

        """;

    public const string Style = """
        ---
        title: Style guide
        ---
        Short sentences. One idea per paragraph.

        """;

    /// <summary>A broken wiki-link (CG0001 at line 5, column 21) and a malformed timestamp (CG0002 at line 7, column 13).</summary>
    public const string Broken = """
        ---
        title: Release checklist
        ---

        Before shipping see [[nowhere]].

        The talk at [1:75] covers it.

        """;

    public static Dictionary<string, string> Handbook() => new()
    {
        ["welcome.md"] = Welcome,
        ["guides/setup.md"] = Setup,
        ["guides/style.md"] = Style,
    };
}
