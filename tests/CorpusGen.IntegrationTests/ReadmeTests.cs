using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.IntegrationTests.Infrastructure;
using Xunit;

namespace CorpusGen.IntegrationTests;

/// <summary>
/// The README's "Use it in your project" section shows exactly what these tests do: every file and
/// command in it is the one the tests use.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadmeTests
{
    private const string Heading = "## Use it in your project";

    private readonly PackageFixture _package;

    public ReadmeTests(PackageFixture package) => _package = package;

    public static IEnumerable<object[]> Snippets() => new[]
    {
        new object[] { "pack command", $"dotnet pack {PackageFixture.PackProject} -c Release -o artifacts/packages\n" },
        new object[] { "nuget.config", PackageFixture.NuGetConfig("path/to/CorpusGen/artifacts/packages", new[] { ("nuget.org", "https://api.nuget.org/v3/index.json") }) },
        new object[] { "notes/welcome.md", SampleNotes.Welcome },
        new object[] { "notes/guides/setup.md", SampleNotes.Setup },
        new object[] { "Program.cs", SampleNotes.Program },
        new object[] { "build and run", "dotnet build\ndotnet run\n" },
        new object[] { "program output", SampleNotes.ProgramOutput },
        new object[] { "notes/index.md", SampleNotes.Broken },
        new object[] { "error lines", string.Join("\n", SampleNotes.BrokenErrors("…/Handbook/notes/index.md", "…/Handbook/Handbook.csproj")) + "\n" },
        new object[] { ".globalconfig", SampleNotes.LoweringGlobalConfig },
        new object[] { "options example", SampleNotes.OptionsProperties + "\n" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Section_ShowsTheTestsOwnFilesAndCommands(string what, string snippet)
    {
        Assert.True(CodeBlocks().Contains(snippet.TrimEnd('\n') + "\n"), $"the README section has no code block with the {what} the tests use:\n{snippet}");
    }

    [Fact]
    public void Section_ShowsTheProjectFile_WithTheVersionThatIsPacked()
    {
        Assert.Contains(Consumer.ProjectFile(_package.Version), CodeBlocks());
    }

    [Fact]
    public void OptionsTable_DocumentsEveryCorpusGenProperty()
    {
        string props = File.ReadAllText(Path.Combine(RepoPaths.GeneratorDirectory, "build", "CorpusGen.props"));
        string targets = File.ReadAllText(Path.Combine(RepoPaths.GeneratorDirectory, "build", "CorpusGen.targets"));
        var properties = Regex.Matches(props, "<CompilerVisibleProperty Include=\"(CorpusGen[A-Za-z]*)\"").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(props + targets, @"\$\((CorpusGen[A-Za-z]*|EnableDefaultCorpusGenItems)\)").Select(m => m.Groups[1].Value))
            .Distinct()
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        Assert.Contains("CorpusGenNotesDir", properties);
        string section = Section();
        Assert.All(properties, property => Assert.Contains($"| `{property}` |", section, StringComparison.Ordinal));
    }

    private static List<string> CodeBlocks() =>
        Regex.Matches(Section(), "^```[a-z]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

    private static string Section()
    {
        string readme = Path.Combine(RepoPaths.Root, "README.md");
        string text = File.Exists(readme) ? File.ReadAllText(readme).Replace("\r\n", "\n") : "";
        int start = text.IndexOf(Heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "no '" + Heading + "' section");

        // The section ends at the next level-2 heading outside a code block (notes in it have headings too).
        var lines = text.Substring(start).Split('\n');
        bool inFence = false;
        int count = 1;
        for (; count < lines.Length; count++)
        {
            if (lines[count].StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && lines[count].StartsWith("## ", StringComparison.Ordinal))
            {
                break;
            }
        }
        return string.Join("\n", lines.Take(count));
    }
}
