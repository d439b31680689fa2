using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CorpusGen.Cli.Tests.Lsp;

/// <summary>Whatever an editor or a file sends, the server answers with an error or a diagnostic and keeps serving.</summary>
public sealed class LanguageServerBadInputTests
{
    private static TempNotes Corpus() => new TempNotes()
        .Write("notes/a.md", "---\ntitle: A\n---\nSee [[b]].\n")
        .Write("notes/b.md", "---\ntitle: B\n---\n## Part\n\ntext\n");

    private static string P(TempNotes notes, string relative) => Path.Combine(notes.Notes, relative);

    private static async Task AssertStillServes(LspClient client, TempNotes notes)
    {
        JsonNode? hover = await client.ResultAsync("textDocument/hover", LspClient.At(P(notes, "a.md"), 3, 6));
        Assert.StartsWith("**B**", hover!["contents"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedJson_GetsAParseError_AndTheServerKeepsServing()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);

        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": "));

        JsonObject error = await client.ErrorWithoutIdAsync();
        Assert.Equal(-32700, error["error"]!["code"]!.GetValue<int>());
        Assert.StartsWith("the message is not valid JSON", error["error"]!["message"]!.GetValue<string>());
        await AssertStillServes(client, notes);
    }

    [Fact]
    public async Task UnknownMethod_AndMissingParameters_GetErrorResponses()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);

        JsonObject unknown = await client.RequestAsync("textDocument/frobnicate", new JsonObject());
        Assert.Equal(-32601, unknown["error"]!["code"]!.GetValue<int>());

        JsonObject missing = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject() });
        Assert.Equal(-32602, missing["error"]!["code"]!.GetValue<int>());
        Assert.Equal("textDocument.uri is missing", missing["error"]!["message"]!.GetValue<string>());

        JsonObject wrongType = await client.RequestAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(P(notes, "a.md")) },
            ["position"] = new JsonObject { ["line"] = "three", ["character"] = 1 },
        });
        Assert.Equal(-32602, wrongType["error"]!["code"]!.GetValue<int>());

        await AssertStillServes(client, notes);
    }

    [Fact]
    public async Task NoteThatIsNotUtf8_GetsCG0017()
    {
        using TempNotes notes = Corpus();
        notes.WriteBytes("notes/latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\n---\nx\n"));
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string path = P(notes, "latin1.md");

        int before = client.NotificationCount;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = LspClient.Uri(path), ["type"] = 2 }),
        });

        JsonArray diagnostics = await client.DiagnosticsAsync(path, before);
        Assert.Equal("CG0017", diagnostics.Single()!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task FiveMegabyteLine_IsCheckedLikeAnyNote()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string path = P(notes, "big.md");

        await client.OpenAsync(path, "---\ntitle: Big\n---\n" + new string('x', 5 * 1024 * 1024) + " [[gone]]\n");

        JsonArray diagnostics = await client.DiagnosticsAsync(path, until: d => d.Count == 1);
        Assert.Equal("CG0001", diagnostics[0]!["code"]!.GetValue<string>());
        Assert.Equal(3, diagnostics[0]!["range"]!["start"]!["line"]!.GetValue<int>());
        await AssertStillServes(client, notes);
    }

    [Fact]
    public async Task NoteDeletedWhileOpen_KeepsTheEditorsText_AndLeavesWhenClosed()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string b = P(notes, "b.md");
        await client.OpenAsync(b, File.ReadAllText(b));
        File.Delete(b);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = LspClient.Uri(b), ["type"] = 3 }),
        });

        await AssertStillServes(client, notes); // a.md's link still resolves to the open b.md

        int before = client.NotificationCount;
        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(b) } });
        JsonArray inA = await client.DiagnosticsAsync(P(notes, "a.md"), before);
        Assert.Equal("CG0001", inA.Single()!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task RequestsOutsideTheNotesFolder_OrOnMissingFiles_GetErrorsOrNothing()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);

        JsonObject missing = await client.RequestAsync("textDocument/hover", LspClient.At(P(notes, "nope.md"), 0, 0));
        Assert.Equal(-32803, missing["error"]!["code"]!.GetValue<int>());

        JsonObject notFile = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "untitled:Untitled-1" },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        Assert.Equal(-32602, notFile["error"]!["code"]!.GetValue<int>());
        await AssertStillServes(client, notes);
    }
}
