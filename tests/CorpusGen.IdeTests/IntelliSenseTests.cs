using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.IdeTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.QuickInfo;
using Xunit;

namespace CorpusGen.IdeTests;

/// <summary>Completion and quick info over the generated API, from Roslyn's IDE services.</summary>
public sealed class IntelliSenseTests
{
    private static readonly string[] s_objectMembers = { "Equals", "ReferenceEquals" };

    [Fact]
    public async Task Completion_AfterTheGeneratedClass_ListsFolderClassesNotesAndLookups()
    {
        using var workspace = new NotesWorkspace(SampleNotes.Handbook());

        IReadOnlyList<CompletionItem> items = await workspace.CompleteAsync("using Handbook;\nvar note = Notes.$$");

        Assert.Equal(new[] { "All", "ById", "Corpus", "Guides", "InFolder", "Welcome" }, Names(items));
    }

    [Fact]
    public async Task Completion_AfterAFolderClass_ListsItsNotes_WithTitleAndFirstLinesAsDescriptions()
    {
        using var workspace = new NotesWorkspace(SampleNotes.Handbook());

        IReadOnlyList<CompletionItem> items = await workspace.CompleteAsync("using Handbook;\nvar note = Notes.Guides.$$");

        Assert.Contains("SetupGuide", Names(items));
        Assert.Contains("StyleGuide", Names(items));
        Assert.Contains("All", Names(items));
        Assert.DoesNotContain("Welcome", Names(items));

        // The description the completion list shows beside the selected item.
        Document document = workspace.Project.Documents.Single();
        CompletionDescription? description = await CompletionService.GetService(document)!.GetDescriptionAsync(document, items.Single(i => i.DisplayText == "SetupGuide"));
        Assert.Equal("(field) static readonly CorpusGen.Note<NotesFrontMatter> Notes.Guides.SetupGuide\nSetup guide\n\nAdd the package to your project. Write notes under notes/ and build.",
            description!.Text.Replace("\r\n", "\n")); // the first lines too: a completion list shows the summary alone
    }

    [Fact]
    public async Task Completion_OnFrontMatter_ListsTheKeysTheNotesUse()
    {
        using var workspace = new NotesWorkspace(SampleNotes.Handbook());

        IReadOnlyList<CompletionItem> items = await workspace.CompleteAsync("using Handbook;\nvar minutes = Notes.Guides.SetupGuide.FrontMatter.$$");

        Assert.Equal(new[] { "Minutes", "Title" }, Names(items).Except(new[] { "GetHashCode", "GetType", "ToString" }));
    }

    [Fact]
    public async Task QuickInfo_OnANote_ShowsItsTypeTitleAndFirstLines()
    {
        using var workspace = new NotesWorkspace(SampleNotes.Handbook());

        QuickInfoItem? info = await workspace.QuickInfoAsync("using Handbook;\nvar note = Notes.Guides.Setup$$Guide;");

        Assert.NotNull(info);
        Assert.Equal("(field) static readonly CorpusGen.Note<NotesFrontMatter> Notes.Guides.SetupGuide", Section(info!, QuickInfoSectionKinds.Description));
        Assert.Equal("Setup guide\n\nAdd the package to your project. Write notes under notes/ and build.", Section(info!, QuickInfoSectionKinds.DocumentationComments));
        Assert.Equal("File: guides/setup.md", Section(info!, QuickInfoSectionKinds.RemarksDocumentationComments));
    }

    [Fact]
    public async Task EditingANote_InTheWorkspace_UpdatesCompletionAndQuickInfo_WithoutABuild()
    {
        using var workspace = new NotesWorkspace(SampleNotes.Handbook());
        Assert.Contains("StyleGuide", Names(await workspace.CompleteAsync("using Handbook;\nvar note = Notes.Guides.$$")));
        string rootFolderBefore = await GeneratedText(workspace.Project, "Notes.Folder.g.cs");

        // An edit in the note's editor buffer: nothing is saved, restored or compiled by MSBuild.
        workspace.EditNote("guides/style.md", SampleNotes.Style.Replace("title: Style guide", "title: Writing style")
            .Replace("Short sentences.", "Plain words, short sentences."));

        // The folder whose notes did not change is generated exactly as before.
        Assert.Equal(rootFolderBefore, await GeneratedText(workspace.Project, "Notes.Folder.g.cs"));

        // A new file under notes/ is a new member as soon as the project has it.
        workspace.AddNote("guides/faq.md", "---\ntitle: FAQ\n---\nAsk away.\n");

        IReadOnlyList<string> names = Names(await workspace.CompleteAsync("using Handbook;\nvar note = Notes.Guides.$$"));
        Assert.Contains("WritingStyle", names);
        Assert.Contains("FAQ", names);
        Assert.DoesNotContain("StyleGuide", names);

        QuickInfoItem? info = await workspace.QuickInfoAsync("using Handbook;\nvar note = Notes.Guides.Writing$$Style;");
        Assert.StartsWith("Writing style\n\nPlain words, short sentences.", Section(info!, QuickInfoSectionKinds.DocumentationComments), StringComparison.Ordinal);
    }

    /// <summary>
    /// Completion names, without the members every type inherits from object, and without the
    /// generator's internal <c>__Load</c> helpers: [EditorBrowsable(Never)] hides them only from other
    /// assemblies, so today they are listed in the consumer's own project (reported to the generator's owners).
    /// </summary>
    private static IReadOnlyList<string> Names(IReadOnlyList<CompletionItem> items) =>
        items.Select(i => i.DisplayText)
            .Where(n => !s_objectMembers.Contains(n) && !n.StartsWith("__", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    private static string Section(QuickInfoItem info, string kind) =>
        info.Sections.SingleOrDefault(s => s.Kind == kind)?.Text.Replace("\r\n", "\n").Trim() ?? $"(no {kind} section)";

    private static async Task<string> GeneratedText(Project project, string hintName)
    {
        IEnumerable<SourceGeneratedDocument> documents = await project.GetSourceGeneratedDocumentsAsync();
        return (await documents.Single(d => d.HintName == hintName).GetTextAsync()).ToString();
    }
}
