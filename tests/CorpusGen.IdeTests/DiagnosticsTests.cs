using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.IdeTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.IdeTests;

/// <summary>
/// Diagnostics on notes, as the IDE gets them: the workspace project's own generator, additional
/// documents and options, and locations the IDE can map back to the note's document.
/// </summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task BrokenLinkAndMalformedTimestamp_AreReportedAtTheirPlaceInTheMarkdownFile()
    {
        var notes = SampleNotes.Handbook();
        notes["checklist.md"] = SampleNotes.Broken;
        using var workspace = new NotesWorkspace(notes);

        ImmutableArray<Diagnostic> diagnostics = await GeneratorDiagnosticsAsync(workspace.Project);

        string path = workspace.NotePath("checklist.md");
        Assert.Equal(
            new[]
            {
                $"{path}(5,21): error CG0001",
                $"{path}(7,13): error CG0002",
            },
            diagnostics.Select(Describe).OrderBy(d => d, System.StringComparer.Ordinal));

        // Each location is in a document of the project, and its span starts at the markup it is about.
        TextDocument note = workspace.Project.AdditionalDocuments.Single(d => d.FilePath == path);
        SourceText text = await note.GetTextAsync();
        Diagnostic link = diagnostics.Single(d => d.Id == "CG0001");
        Diagnostic timestamp = diagnostics.Single(d => d.Id == "CG0002");
        Assert.Equal(LocationKind.ExternalFile, link.Location.Kind);
        // CG0001 starts at the link's "[[" (today its span is just those two characters: reported, not pinned here).
        Assert.Equal(text.ToString().IndexOf("[[nowhere]]", System.StringComparison.Ordinal), link.Location.SourceSpan.Start);
        Assert.StartsWith("[[", text.ToString(link.Location.SourceSpan), System.StringComparison.Ordinal);
        Assert.Equal("[1:75]", text.ToString(timestamp.Location.SourceSpan));
        Assert.Equal("Wiki-link target 'nowhere' matches no note by file name, title or alias", link.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task FixingTheNote_InTheWorkspace_ClearsItsDiagnostics_AndTheGeneratedCodeCompiles()
    {
        var notes = SampleNotes.Handbook();
        notes["checklist.md"] = SampleNotes.Broken;
        using var workspace = new NotesWorkspace(notes);
        Assert.Equal(2, (await GeneratorDiagnosticsAsync(workspace.Project)).Length);

        workspace.EditNote("checklist.md", SampleNotes.Broken.Replace("[[nowhere]]", "[[welcome]]").Replace("[1:75]", "[1:15]"));

        Assert.Empty(await GeneratorDiagnosticsAsync(workspace.Project));
        workspace.SetCode("using Handbook;\nSystem.Console.WriteLine(Notes.ReleaseChecklist.Links[0].Target.Title);\n");
        Compilation compilation = (await workspace.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Contains(compilation.SyntaxTrees, tree => tree.FilePath.EndsWith("Notes.Folder.g.cs", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs the project's generators over exactly the project's inputs (additional documents and
    /// analyzer config), as the IDE's diagnostic service does: the workspace has no public API that
    /// returns generator diagnostics, so this drives the same generator instance directly.
    /// </summary>
    private static async Task<ImmutableArray<Diagnostic>> GeneratorDiagnosticsAsync(Project project)
    {
        Compilation compilation = (await project.WithAnalyzerReferences(Enumerable.Empty<AnalyzerReference>()).GetCompilationAsync())!;
        IEnumerable<ISourceGenerator> generators = project.AnalyzerReferences.SelectMany(r => r.GetGenerators(LanguageNames.CSharp));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, project.AnalyzerOptions.AdditionalFiles,
            (CSharpParseOptions)project.ParseOptions!, project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);
        return diagnostics;
    }

    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}";
    }
}
