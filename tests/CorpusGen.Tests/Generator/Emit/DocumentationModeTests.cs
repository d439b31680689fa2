using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Emit;

/// <summary>
/// Note doc comments are most of the generated text: written where they are read (an IDE, a documentation
/// file, generated files written out), left out of a command-line build that reads none.
/// </summary>
public sealed class DocumentationModeTests
{
    private const string NoteDoc = "/// <summary><para>First talk</para>";

    [Theory]
    [InlineData(DocumentationMode.None, null, false)]
    [InlineData(DocumentationMode.None, "false", false)]
    [InlineData(DocumentationMode.None, "true", true)]
    [InlineData(DocumentationMode.Parse, null, true)]
    [InlineData(DocumentationMode.Diagnose, null, true)]
    public void NoteDocComments_OnlyWhereTheyAreRead(DocumentationMode mode, string? emitGeneratedFiles, bool expected)
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.CorpusGenNotesRoot"] = GeneratorHarness.NotesRoot,
            ["build_property.RootNamespace"] = "TestCorpus",
        };
        if (emitGeneratedFiles is not null)
        {
            options["build_property.EmitCompilerGeneratedFiles"] = emitGeneratedFiles;
        }
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, mode);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            SmallCorpus.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.NotesRoot + f.RelativePath, f.Text)),
            parseOptions,
            new TestOptionsProvider(options));

        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation("")).GetRunResult().Results.Single();

        string folder = result.GeneratedSources.Single(s => s.HintName == "Notes.Folder.channel.g.cs").SourceText.ToString();
        Assert.Equal(expected, folder.Contains(NoteDoc, System.StringComparison.Ordinal));
        Assert.Contains("public static readonly __Note FirstTalk = __C[1];", folder, System.StringComparison.Ordinal);
    }
}
