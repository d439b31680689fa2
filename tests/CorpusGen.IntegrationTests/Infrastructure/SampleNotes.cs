using System.Linq;

namespace CorpusGen.IntegrationTests.Infrastructure;

/// <summary>
/// The files of the README's "Use it in your project" walk-through (README.md shows the same
/// text), plus a broken note for the diagnostics tests.
/// </summary>
internal static class SampleNotes
{
    public const string Welcome = """
        ---
        title: Welcome
        tags: [handbook, start]
        ---
        Start here, then read [[Setup guide]].

        ## The launch talk
        The demo starts at [01:30] and the questions at <a class="yt-timestamp" data-t="00:12:05">[12:05]</a>.

        """;

    public const string Setup = """
        ---
        title: Setup guide
        aliases: [install]
        minutes: 5
        ---
        Add the package, write notes, build. Back to [[welcome]].

        """;

    public const string Program = """
        using Handbook;

        Console.WriteLine($"{Notes.All.Count} notes");
        foreach (var note in Notes.All)
        {
            Console.WriteLine($"{note.Id}: {note.Title}, {note.Links.Count} link(s), {note.Timestamps.Count} timestamp(s)");
        }

        var setup = Notes.Guides.SetupGuide;
        Console.WriteLine($"{setup.Title} takes {setup.FrontMatter.Minutes} minutes; linked from {string.Join(", ", setup.Backlinks.Select(n => n.Title))}");
        Console.WriteLine($"The talk starts at {Notes.Welcome.Timestamps[0].Time} in '{Notes.Welcome.Sections[0].Title}'");
        Console.WriteLine($"By id: {Notes.ById("guides/setup")?.Title}");

        """;

    /// <summary>What <see cref="Program"/> prints over <see cref="Welcome"/> and <see cref="Setup"/>.</summary>
    public const string ProgramOutput = """
        2 notes
        welcome: Welcome, 1 link(s), 2 timestamp(s)
        guides/setup: Setup guide, 1 link(s), 0 timestamp(s)
        Setup guide takes 5 minutes; linked from Welcome
        The talk starts at 00:01:30 in 'The launch talk'
        By id: Setup guide

        """;

    /// <summary>
    /// A note with one broken wiki-link (CG0001, line 5 column 25), one malformed timestamp (CG0002, line 7
    /// column 20) and one anchor whose data-t disagrees with its label (CG0003, line 7 column 31).
    /// </summary>
    public const string Broken = """
        ---
        title: Index
        ---

        See [[Setup guide]] and [[nowhere]].

        Questions start at [1:75] and <a class="yt-timestamp" data-t="00:02:00">[02:30]</a>.

        """;

    /// <summary>A program over <see cref="Broken"/>, whose broken link is left out of <c>Links</c>.</summary>
    public const string BrokenProgram = """
        using Handbook;

        Console.WriteLine($"{Notes.Index.Title} links to: {string.Join(", ", Notes.Index.Links.Select(l => l.Target.Title))}");

        """;

    /// <summary>The exact lines MSBuild prints for <see cref="Broken"/> (the note's and the project's paths as MSBuild prints them).</summary>
    public static string[] BrokenErrors(string note, string project) => new[]
    {
        $"{note}(5,25): error CG0001: Wiki-link target 'nowhere' matches no note by file name, title or alias ({HelpLink}cg0001) [{project}]",
        $"{note}(7,20): error CG0002: Timestamp label '1:75' is not a valid time: seconds are 60 or more ({HelpLink}cg0002) [{project}]",
        $"{note}(7,31): error CG0003: Timestamp anchor has data-t=\"00:02:00\" but its label reads [02:30] ({HelpLink}cg0003) [{project}]",
    };

    /// <summary><see cref="BrokenErrors"/> once <see cref="LoweringGlobalConfig"/> applies: two warnings, no CG0003.</summary>
    public static string[] LoweredWarnings(string note, string project) =>
        BrokenErrors(note, project).Where(line => !line.Contains("CG0003")).Select(line => line.Replace(": error CG", ": warning CG")).ToArray();

    /// <summary>The README's way to change severities: a global analyzer config beside the project.</summary>
    public const string LoweringGlobalConfig = """
        is_global = true

        # CorpusGen: a broken link or a bad timestamp label warns instead of failing the build.
        dotnet_diagnostic.CG0001.severity = warning
        dotnet_diagnostic.CG0002.severity = warning
        dotnet_diagnostic.CG0003.severity = none

        """;

    /// <summary>The README's options example.</summary>
    public const string OptionsProperties = """
        <PropertyGroup>
          <CorpusGenNotesDir>content/kb</CorpusGenNotesDir>
          <CorpusGenNamespace>Team.Knowledge</CorpusGenNamespace>
          <CorpusGenClassName>Pages</CorpusGenClassName>
        </PropertyGroup>
        """;

    private const string HelpLink = "https://github.com/CorpusGen/CorpusGen/blob/main/README.md#";
}
