using System;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Emit;

/// <summary>Compiles the generated code, loads it and reads the notes back at run time.</summary>
public sealed class RuntimeValueTests
{
    private static readonly Lazy<CorpusGen.Note[]> s_notes = new(() => GeneratorHarness.Run(SmallCorpus.Files).LoadNotes().ToArray());

    private static CorpusGen.Note Get(string id) => s_notes.Value.Single(n => n.Id == id);

    [Fact]
    public void BlockReferences_ResolveToTypedBlocks_AtRunTime()
    {
        var files = new[]
        {
            new NoteFile("blocks.md", "---\ntitle: Blocks\n---\nIntro.\n\n## Part\n\nA paragraph with an id. ^para-1\n\n- an item ^item2\n"),
            new NoteFile("a.md", "---\ntitle: A\n---\nSee [[blocks#^item2]] and [[blocks#Part]].\n"),
        };
        CorpusGen.Note[] notes = GeneratorHarness.Run(files).LoadNotes().ToArray();
        CorpusGen.Note blocks = notes.Single(n => n.Id == "blocks"), a = notes.Single(n => n.Id == "a");

        Assert.Equal(new[] { ("para-1", "A paragraph with an id.", 8, "Part"), ("item2", "an item", 10, "Part") },
            blocks.Blocks.Select(b => (b.Id, b.Text, b.Line, b.Section!.Title)));
        Assert.Same(blocks.Blocks[1], a.Links[0].TargetBlock);
        Assert.True(a.Links[0].IsBlockReference);
        Assert.Null(a.Links[0].TargetSection);
        Assert.Null(a.Links[1].TargetBlock);
        Assert.Equal("Part", a.Links[1].TargetSection!.Title);
    }

    [Fact]
    public void EveryNoteMember_IsItsOwnNote_InEveryFolderClass()
    {
        // Members take their note from the corpus by index: each must land on the note of its own file.
        var files = new[]
        {
            new NoteFile("z.md", NoteParsing.Note("Zed", "")),
            new NoteFile("a/b/deep.md", NoteParsing.Note("Deep", "")),
            new NoteFile("a/shallow.md", NoteParsing.Note("Shallow", "")),
            new NoteFile("a/z/last.md", NoteParsing.Note("Last", "")),
            new NoteFile("b.md", NoteParsing.Note("Bee", "")),
            new NoteFile("a.md", NoteParsing.Note("Ay", "")),
        };
        System.Reflection.Assembly assembly = GeneratorHarness.Run(files).Load();
        var members = assembly.GetTypes()
            .Where(t => t.FullName!.StartsWith("TestCorpus.Notes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => typeof(CorpusGen.Note).IsAssignableFrom(f.FieldType))
            .Select(f => (f.DeclaringType!.FullName + "." + f.Name, ((CorpusGen.Note)f.GetValue(null)!).Title))
            .OrderBy(m => m.Item1, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(new[]
        {
            ("TestCorpus.Notes+A+B.Deep", "Deep"), ("TestCorpus.Notes+A+Z.Last", "Last"), ("TestCorpus.Notes+A.Shallow", "Shallow"),
            ("TestCorpus.Notes.Ay", "Ay"), ("TestCorpus.Notes.Bee", "Bee"), ("TestCorpus.Notes.Zed", "Zed"),
        }, members);
    }

    [Fact]
    public void Notes_AreOrderedByFolderThenId_WithPathsAndFolders()
    {
        Assert.Equal(new[] { "readme", "channel/channel", "channel/first_talk", "channel/second_talk" }, s_notes.Value.Select(n => n.Id));
        Assert.Equal("channel/first_talk.md", Get("channel/first_talk").RelativePath);
        Assert.Equal("channel", Get("channel/first_talk").Folder);
        Assert.Equal("", Get("readme").Folder);
    }

    [Fact]
    public void A_path_with_an_upper_case_extension_is_kept_as_written()
    {
        var files = new[] { new NoteFile("folder/Upper.MD", NoteParsing.Note("Upper", "Body.")), new NoteFile("lower.md", NoteParsing.Note("Lower", "Body.")) };
        CorpusGen.Note[] notes = GeneratorHarness.Run(files).LoadNotes().ToArray();

        Assert.Equal(("folder/Upper", "folder/Upper.MD"), notes.Where(n => n.Title == "Upper").Select(n => (n.Id, n.RelativePath)).Single());
        Assert.Equal(("lower", "lower.md"), notes.Where(n => n.Title == "Lower").Select(n => (n.Id, n.RelativePath)).Single());
    }

    [Fact]
    public void Sections_FormATreeWithTextAndLines()
    {
        CorpusGen.Note note = Get("channel/first_talk");
        Assert.Equal(new[] { "Part one", "Deeper" }, note.Sections.Select(s => s.Title));
        Assert.Equal(new[] { 14, 18 }, note.Sections.Select(s => s.Line));
        Assert.Same(note.Sections[0], note.Sections[1].Parent);
        Assert.Same(note.Sections[1], note.Sections[0].Children.Single());
        Assert.Equal(new[] { "Part one" }, note.RootSections.Select(s => s.Title));
        Assert.Equal("Details [00:01:30] and second_talk > Summary.", note.Sections[0].Text);
        Assert.Equal("From: channel\n\nOpening words [00:00:09].", note.Lead);
    }

    [Fact]
    public void Timestamps_HaveTimeLabelSectionLineAndPlayableUrl()
    {
        CorpusGen.Note note = Get("channel/first_talk");
        Assert.Equal(new[] { "00:00:09", "00:01:30", "1:02:03" }, note.Timestamps.Select(t => t.Label));
        Assert.Equal(new[] { TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(90), new TimeSpan(1, 2, 3) }, note.Timestamps.Select(t => t.Time));
        Assert.Equal(new string?[] { null, "Part one", "Deeper" }, note.Timestamps.Select(t => t.Section?.Title));
        Assert.Equal(new[] { 12, 16, 20 }, note.Timestamps.Select(t => t.Line));
        Assert.Equal("https://www.youtube.com/watch?v=abc123&t=3723s", note.Timestamps[2].Url);
        Assert.Null(Get("readme").VideoId);
    }

    [Fact]
    public void Links_ResolveToTheirNotes_WithDisplayTextAndHeadingSection()
    {
        CorpusGen.Note note = Get("channel/first_talk");
        Assert.Equal(new[] { ("channel", "channel/channel"), ("second_talk > Summary", "channel/second_talk") },
            note.Links.Select(l => (l.DisplayText, l.Target.Id)));
        Assert.Equal("Summary", note.Links[1].TargetSection!.Title);
        Assert.Equal((16, 24), (note.Links[1].Line, note.Links[1].Column));
        Assert.Equal("Part one", note.Links[1].Section!.Title);
        Assert.Equal("channel/channel", Get("readme").Links.Single().Target.Id); // by title "The Channel"
    }

    [Fact]
    public void Backlinks_ListEachLinkingNoteOnce()
    {
        Assert.Equal(new[] { "readme", "channel/first_talk", "channel/second_talk" }, Get("channel/channel").Backlinks.Select(n => n.Id));
        Assert.Equal(new[] { "channel/channel", "channel/second_talk" }, Get("channel/first_talk").Backlinks.Select(n => n.Id));
    }

    [Fact]
    public void Backlinks_ComeFromTheBuildsData_WithNoBodyParsed()
    {
        CorpusGen.Note[] notes = GeneratorHarness.Run(SmallCorpus.Files).LoadNotes().ToArray();

        Assert.Equal(new[] { "readme", "channel/first_talk", "channel/second_talk" },
            notes.Single(n => n.Id == "channel/channel").Backlinks.Select(n => n.Id));
        Assert.All(notes, n => Assert.False(n.IsBodyRead, n.Id + " was parsed"));
        Assert.Equal(notes.Single(n => n.Id == "channel/channel"), notes.Single(n => n.Id == "readme").Links.Single().Target);
        Assert.Equal(new[] { "readme" }, notes.Where(n => n.IsBodyRead).Select(n => n.Id));
    }

    [Fact]
    public void LinkTargets_AreTheBuildsResolution_UnderTheRuleItUsed()
    {
        // Under Quartz's rule a title is not a link target: the build reports [[Setup guide]] as broken, and the
        // program sees the one link the site serves, not what the lenient rule would have found.
        var files = new[]
        {
            new NoteFile("guides/setup.md", NoteParsing.Note("Setup guide", "x")),
            new NoteFile("index.md", NoteParsing.Note("Index", "[[setup]] and [[Setup guide]] and [[setup]] again")),
        };
        var quartz = new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.CorpusGenLinkResolution"] = "quartz",
            ["dotnet_diagnostic.CG0001.severity"] = "warning",
        };
        CorpusGen.Note index = GeneratorHarness.Run(files, extraOptions: quartz).LoadNotes().Single(n => n.Id == "index");
        Assert.Equal(new[] { ("setup", "guides/setup"), ("setup", "guides/setup") }, index.Links.Select(l => (l.RawTarget, l.Target.Id)));

        CorpusGen.Note lenient = GeneratorHarness.Run(files).LoadNotes().Single(n => n.Id == "index");
        Assert.Equal(3, lenient.Links.Count);
    }

    [Fact]
    public void Corpus_LooksUpByIdAndFolder()
    {
        CorpusGen.NoteCorpus corpus = s_notes.Value[0].Corpus;
        Assert.Same(Get("readme"), corpus.FindById("readme"));
        Assert.Null(corpus.FindById("README"));
        Assert.Equal(new[] { "", "channel" }, corpus.Folders);
        Assert.Equal(3, corpus.InFolder("channel").Count);
    }
}
