using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Validation;

public sealed class LinkResolutionTests
{
    [Fact]
    public void Targets_MatchFileNameTitleOrAlias_IgnoringCaseSpacesHyphensAndUnderscores()
    {
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("foundation_models_in_ai.md", Note("Foundation models in AI", "x")),
            new NoteFile("meta.md", Note("Meta AI research", "x", "aliases: [Facebook AI]")),
            new NoteFile("source.md", Note("Source",
                "[[Foundation Models In AI]] [[foundation-models-in-ai]] [[meta ai_research]] [[facebook-ai]] [[META]] [[foundation_models_in_ai.md]]")),
        });

        Assert.Empty(run.Diagnostics);
        CorpusGen.Note source = run.LoadNotes().Single(n => n.Id == "source");
        Assert.Equal(new[] { "foundation_models_in_ai", "foundation_models_in_ai", "meta", "meta", "meta", "foundation_models_in_ai" },
            source.Links.Select(l => l.Target.Id));
    }

    [Fact]
    public void BrokenLink_IsAnErrorAtTheBrackets_AndSuggestsTheNearestNote()
    {
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("open_source_ai_models_and_limitations.md", Note("Limits", "x")),
            new NoteFile("a.md", Note("A", "\nSee [[open_source_models_and_limitations]] and [[zzz]].")),
        });

        Assert.Equal(new[] { "a.md(5,5): error CG0001", "a.md(5,48): error CG0001" }, run.DiagnosticLines);
        Assert.Contains("did you mean 'open_source_ai_models_and_limitations'?", run.Diagnostics[0].GetMessage());
        Assert.DoesNotContain("did you mean", run.Diagnostics[1].GetMessage());
        Assert.Empty(run.CompilationProblems);
        Assert.Empty(run.LoadNotes().Single(n => n.Id == "a").Links); // a broken link is left out of Links
    }

    [Fact]
    public void HeadingLinks_ResolveToTheSection_OrFailWhenTheHeadingIsMissing()
    {
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("target.md", Note("Target", "## First part\n\ntext\n\n## Second Part\n\ntext")),
            new NoteFile("source.md", Note("Source", "[[target#second part]] [[target#Nowhere]] [[#Mine]]\n\n## Mine")),
        });

        Assert.Equal(new[] { "source.md(4,24): error CG0009" }, run.DiagnosticLines);
        Assert.Equal(new[] { "target", "Nowhere" }, run.Diagnostics.Single().Arguments());
        CorpusGen.Note source = run.LoadNotes().Single(n => n.Id == "source");
        Assert.Equal("Second Part", source.Links[0].TargetSection!.Title);
        Assert.Null(source.Links[1].TargetSection);
        Assert.Same(source, source.Links[2].Target);
        Assert.Equal("Mine", source.Links[2].TargetSection!.Title);
    }

    [Fact]
    public void SameNameInTwoFolders_TheLinkingNotesFolderWins_ElseTheLinkIsAmbiguous()
    {
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("alpha/intro.md", Note("Intro A", "x")),
            new NoteFile("beta/intro.md", Note("Intro B", "x")),
            new NoteFile("alpha/page.md", Note("Page", "[[intro]]")),
            new NoteFile("gamma/page.md", Note("Page G", "[[intro]]")),
        });

        Assert.Equal(new[] { "gamma/page.md(4,1): warning CG0015" }, run.DiagnosticLines);
        Assert.Contains("'alpha/intro', 'beta/intro'", run.Diagnostics.Single().GetMessage());
        var notes = run.LoadNotes();
        Assert.Equal("alpha/intro", notes.Single(n => n.Id == "alpha/page").Links.Single().Target.Id);
        Assert.Equal("alpha/intro", notes.Single(n => n.Id == "gamma/page").Links.Single().Target.Id); // stable: first by id
    }

    [Fact]
    public void AmbiguousLink_ResolvesAtRunTimeToTheNoteTheDiagnosticNames()
    {
        // The corpus array is ordered by folder ("" first), the tie-break by id: "alpha/intro" < "intro".
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("intro.md", Note("Intro root", "x")),
            new NoteFile("alpha/intro.md", Note("Intro A", "x")),
            new NoteFile("gamma/page.md", Note("Page G", "[[intro]]")),
        });

        Assert.Contains("it resolves to 'alpha/intro'", run.Diagnostics.Single(d => d.Id == "CG0015").GetMessage());
        Assert.Equal("alpha/intro", run.LoadNotes().Single(n => n.Id == "gamma/page").Links.Single().Target.Id);
    }

    [Fact]
    public void Cycles_EveryTargetIsSetWhicheverNoteIsTouchedFirst_AndBacklinksAreKnown()
    {
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("a.md", Note("A", "[[b]] [[a]]")),
            new NoteFile("b.md", Note("B", "[[a]]")),
            new NoteFile("c.md", Note("C", "[[a]] [[a]]")),
        });
        Assert.Empty(run.Diagnostics);

        var notes = run.LoadNotes();
        CorpusGen.Note b = notes.Single(n => n.Id == "b"); // touch b first
        CorpusGen.Note a = b.Links.Single().Target;
        Assert.Equal("a", a.Id);
        Assert.Same(b, a.Links[0].Target);
        Assert.Same(a, a.Links[1].Target);
        Assert.Equal(new[] { "b", "c" }, a.Backlinks.Select(n => n.Id)); // self-links are not backlinks; each source once
        Assert.Equal(new[] { "a" }, b.Backlinks.Select(n => n.Id));
    }

    [Fact]
    public void DuplicateIds_SecondNoteIsReportedAndLeftOut()
    {
        CorpusRun run = GeneratorHarness.Run(new[]
        {
            new NoteFile("x.md", Note("X one", "x")),
            new NoteFile("x.MD", Note("X two", "x")),
        });
        Assert.Equal(new[] { "x.md(1,1): error CG0008" }, run.DiagnosticLines);
        Assert.Equal("/corpus/notes/x.md", run.Diagnostics.Single().Location.GetLineSpan().Path);
        Assert.Single(run.LoadNotes());
    }
}

internal static class DiagnosticExtensions
{
    /// <summary>The message arguments CorpusGen passed (note text only ever travels this way).</summary>
    public static string[] Arguments(this Diagnostic diagnostic) =>
        ((System.Collections.Generic.IReadOnlyList<object?>)diagnostic.GetType()
            .GetProperty("Arguments", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .GetValue(diagnostic)!).Select(a => a?.ToString() ?? "").ToArray();
}
