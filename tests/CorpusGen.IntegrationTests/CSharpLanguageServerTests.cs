using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CorpusGen.Cli.Tests.Lsp;
using CorpusGen.IntegrationTests.Infrastructure;
using Xunit;

namespace CorpusGen.IntegrationTests;

/// <summary>
/// The generated API in a real C# language server (csharp-ls, installed as a .NET tool), driven over stdio as
/// VS Code and Neovim drive it: Go to Definition on a note member opens the note, and the completion item's
/// documentation carries the note's first lines.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CSharpLanguageServerTests
{
    private const string CSharpLsVersion = "0.28.0";

    private readonly PackageFixture _package;

    public CSharpLanguageServerTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task CSharpLs_GoesFromANoteMemberToItsNote_AndDocumentsCompletionWithTheFirstLines()
    {
        string tools = Path.Combine(_package.TempRoot, "csharp-ls");
        CommandResult install = await DotNet.RunAsync(_package.TempRoot, null, "tool", "install", "csharp-ls", "--version", CSharpLsVersion, "--tool-path", tools);
        Assert.True(install.ExitCode == 0, install.ToString());

        Consumer consumer = _package.CreateConsumer("csharp-ls").WriteProject()
            .Write("notes/guides/setup.md", SampleNotes.Setup)
            .Write("notes/welcome.md", SampleNotes.Welcome)
            .Write("Program.cs", "System.Console.WriteLine(Handbook.Notes.Guides.SetupGuide.Title);\nvar next = Handbook.Notes.Guides.\n");
        CommandResult build = await consumer.BuildAsync();
        Assert.Contains("Program.cs", build.Output); // the unfinished second line does not compile; the restore and generator ran

        var startInfo = new ProcessStartInfo(Path.Combine(tools, "csharp-ls")) { WorkingDirectory = consumer.Directory };
        await using LspClient client = await LspClient.StartAsync(startInfo, consumer.Directory);
        string program = consumer.FullPath("Program.cs");
        await client.OpenAsync(program, File.ReadAllText(program));

        // The server loads the project in the background: ask until it answers.
        JsonNode? definition = await Retry(async () =>
        {
            JsonNode? result = await client.ResultAsync("textDocument/definition", LspClient.At(program, 0, 50));
            return result is JsonArray { Count: > 0 } ? result : null;
        });
        Assert.Equal(LspClient.Uri(consumer.FullPath("notes/guides/setup.md")), definition![0]!["uri"]!.GetValue<string>());
        Assert.Equal(0, definition[0]!["range"]!["start"]!["line"]!.GetValue<int>());

        JsonNode? item = await Retry(async () =>
        {
            JsonNode? list = await client.ResultAsync("textDocument/completion", LspClient.At(program, 1, 33));
            JsonArray? items = list as JsonArray ?? list?["items"] as JsonArray;
            return items?.FirstOrDefault(i => i?["label"]?.GetValue<string>() == "SetupGuide");
        });
        JsonNode? resolved = await client.ResultAsync("completionItem/resolve", item!.DeepClone());
        Assert.Equal("Setup guide\n\nAdd the package, write notes, build. Back to welcome.",
            resolved!["documentation"]!["value"]!.GetValue<string>().Replace("\r\n", "\n"));
    }

    private static async Task<JsonNode?> Retry(Func<Task<JsonNode?>> attempt)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (await attempt() is { } result)
            {
                return result;
            }
            await Task.Delay(500);
        }
        return null;
    }
}
