using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.IdeTests.Infrastructure;

/// <summary>
/// An in-memory IDE workspace holding one C# project as a project system would describe it: the
/// notes as additional documents, the generator as an analyzer reference, and the MSBuild properties
/// CorpusGen.props makes compiler-visible as a global analyzer config (build_property.*). Nothing is
/// written to disk: the paths are only names.
/// </summary>
internal sealed class NotesWorkspace : IDisposable
{
    /// <summary>Where the caret goes in code passed to <see cref="SetCode"/>.</summary>
    public const string Caret = "$$";

    private readonly AdhocWorkspace _workspace = new();
    private readonly ProjectId _projectId;
    private readonly DocumentId _codeId;

    public NotesWorkspace(IReadOnlyDictionary<string, string> notes, string rootNamespace = "Handbook")
    {
        ProjectDirectory = Path.Combine(Path.GetTempPath(), "corpusgen-ide", rootNamespace);
        _projectId = ProjectId.CreateNewId(rootNamespace);
        _codeId = DocumentId.CreateNewId(_projectId, "Program.cs");

        string globalConfig = $"""
            is_global = true
            build_property.RootNamespace = {rootNamespace}
            build_property.CorpusGenNotesRoot = {NotesDirectory}{Path.DirectorySeparatorChar}

            """;
        string configPath = Path.Combine(ProjectDirectory, "obj", rootNamespace + ".GeneratedMSBuildEditorConfig.editorconfig");

        var project = ProjectInfo.Create(
                _projectId, VersionStamp.Create(), rootNamespace, rootNamespace, LanguageNames.CSharp,
                filePath: Path.Combine(ProjectDirectory, rootNamespace + ".csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: References.Value,
                analyzerReferences: new[] { GeneratorLoader.CreateReference() })
            .WithDocuments(new[] { Document(_codeId, "Program.cs", "") })
            .WithAdditionalDocuments(notes.Select(pair => Document(DocumentId.CreateNewId(_projectId, pair.Key), NotePath(pair.Key), pair.Value)))
            .WithAnalyzerConfigDocuments(new[] { Document(DocumentId.CreateNewId(_projectId, configPath), configPath, globalConfig) });

        _workspace.AddSolution(SolutionInfo.Create(SolutionId.CreateNewId(), VersionStamp.Create(), projects: new[] { project }));
    }

    /// <summary>The project folder (a name only: nothing exists there).</summary>
    public string ProjectDirectory { get; }

    /// <summary>The notes folder, CorpusGenNotesRoot.</summary>
    public string NotesDirectory => Path.Combine(ProjectDirectory, "notes");

    public Project Project => _workspace.CurrentSolution.GetProject(_projectId)!;

    /// <summary>The full path of a note, from its path under notes/ ("guides/setup.md").</summary>
    public string NotePath(string relativePath) => Path.Combine(NotesDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Types code into Program.cs, as an editor would; returns the caret position.</summary>
    public int SetCode(string codeWithCaret)
    {
        int caret = codeWithCaret.IndexOf(Caret, StringComparison.Ordinal);
        Apply(_workspace.CurrentSolution.WithDocumentText(_codeId, SourceText.From(codeWithCaret.Replace(Caret, ""))));
        return caret;
    }

    /// <summary>Edits a note in the workspace (an editor buffer change: nothing is saved or built).</summary>
    public void EditNote(string relativePath, string text)
    {
        TextDocument note = Project.AdditionalDocuments.Single(d => d.FilePath == NotePath(relativePath));
        Apply(_workspace.CurrentSolution.WithAdditionalDocumentText(note.Id, SourceText.From(text)));
    }

    /// <summary>Adds a note to the project, as a new file under notes/ would be.</summary>
    public void AddNote(string relativePath, string text) =>
        Apply(_workspace.CurrentSolution.AddAdditionalDocument(DocumentInfo.Create(DocumentId.CreateNewId(_projectId, relativePath),
            NotePath(relativePath), loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Create())), filePath: NotePath(relativePath))));

    /// <summary>What completion offers at the caret of <paramref name="codeWithCaret"/>.</summary>
    public async Task<IReadOnlyList<CompletionItem>> CompleteAsync(string codeWithCaret)
    {
        int caret = SetCode(codeWithCaret);
        Document document = Project.GetDocument(_codeId)!;
        CompletionList list = await CompletionService.GetService(document)!.GetCompletionsAsync(document, caret);
        return list.ItemsList;
    }

    /// <summary>Quick info (hover) at the caret of <paramref name="codeWithCaret"/>, section by section.</summary>
    public async Task<QuickInfoItem?> QuickInfoAsync(string codeWithCaret)
    {
        int caret = SetCode(codeWithCaret);
        Document document = Project.GetDocument(_codeId)!;
        return await QuickInfoService.GetService(document)!.GetQuickInfoAsync(document, caret);
    }

    public void Dispose() => _workspace.Dispose();

    private void Apply(Solution solution)
    {
        if (!_workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace refused the change.");
        }
    }

    private static DocumentInfo Document(DocumentId id, string path, string text) =>
        DocumentInfo.Create(id, Path.GetFileName(path), loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Create())), filePath: path);

    /// <summary>The framework (the test host's own assemblies) and CorpusGen's runtime types.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is { } name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Append(typeof(global::CorpusGen.Note).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());
}
