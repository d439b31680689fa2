using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace CorpusGen.Cli.Tests.Lsp;

/// <summary>The language server driven over its stdio protocol, as an editor drives it, on small corpora.</summary>
public sealed class LanguageServerTests
{
    private static TempNotes Corpus() => new TempNotes()
        .Write("notes/index.md", "---\ntitle: Index\n---\nStart with [[Setup guide]] and [[guides/setup#Install steps]].\n")
        .Write("notes/guides/setup.md", "---\ntitle: Setup guide\nvideoId: abc123\n---\nAdd the package.\n\n## Install steps\n\nRun it at [00:01:30].\n\n### Details\n\nBack to [[index]].\n")
        .Write("notes/other.md", "---\ntitle: Other\n---\nSee [[#Local]] and [[index]].\n\n## Local\n\ntext\n");

    private static string P(TempNotes notes, string relative) => Path.Combine(notes.Notes, relative);

    [Fact]
    public async Task Initialize_AnnouncesEveryFeature_AndShutdownExitsZero()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);

        Assert.Equal(0, await client.ShutdownAsync());
        Assert.Contains("3 notes under", client.Log);
    }

    [Fact]
    public async Task DiagnosticsAsYouType_AppearAndClear_WithTheBuildsMessageAndRange()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string index = P(notes, "index.md");

        await client.OpenAsync(index, "---\ntitle: Index\n---\nSee [[nowhere]].\n");
        JsonArray diagnostics = await client.DiagnosticsAsync(index, until: d => d.Count == 1);

        JsonNode d = diagnostics[0]!;
        Assert.Equal("CG0001", d["code"]!.GetValue<string>());
        Assert.Equal(1, d["severity"]!.GetValue<int>());
        Assert.Equal("Wiki-link target 'nowhere' matches no note by file name, title or alias", d["message"]!.GetValue<string>());
        Assert.Equal("{\"start\":{\"line\":3,\"character\":4},\"end\":{\"line\":3,\"character\":15}}", d["range"]!.ToJsonString());

        int before = client.NotificationCount;
        await client.ChangeAsync(index, 2, "---\ntitle: Index\n---\nSee [[other]].\n");
        Assert.Empty(await client.DiagnosticsAsync(index, before));
    }

    [Fact]
    public async Task RenamingATitle_BreaksTheLinksThatUsedIt_InOtherNotes()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string setup = P(notes, "guides/setup.md");

        await client.OpenAsync(setup, File.ReadAllText(setup));
        int before = client.NotificationCount;
        await client.ChangeAsync(setup, 2, File.ReadAllText(setup).Replace("title: Setup guide", "title: Installing"));

        JsonArray inIndex = await client.DiagnosticsAsync(P(notes, "index.md"), before);
        Assert.Equal("Wiki-link target 'Setup guide' matches no note by file name, title or alias; did you mean 'setup'?",
            inIndex.Single()!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Completion_OffersNotesAfterTwoBrackets_AndHeadingsAfterAHash()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string other = P(notes, "other.md");
        await client.OpenAsync(other, "---\ntitle: Other\n---\nGo to [[set\nand [[setup#\n");

        JsonNode? found = await client.ResultAsync("textDocument/completion", LspClient.At(other, 3, 11));
        JsonNode item = found!["items"]!.AsArray().Single()!;
        Assert.Equal("setup", item["label"]!.GetValue<string>());
        Assert.Equal("Setup guide  (guides/)", item["detail"]!.GetValue<string>());
        Assert.Equal("**Setup guide**\n\nAdd the package.", item["documentation"]!["value"]!.GetValue<string>());
        Assert.Equal("{\"start\":{\"line\":3,\"character\":8},\"end\":{\"line\":3,\"character\":11}}", item["textEdit"]!["range"]!.ToJsonString());

        JsonNode? headings = await client.ResultAsync("textDocument/completion", LspClient.At(other, 4, 12));
        Assert.Equal(new[] { "Install steps", "Details" }, headings!["items"]!.AsArray().Select(i => i!["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Completion_AfterHashCaret_OffersTheTargetsBlockIds()
    {
        using TempNotes notes = Corpus();
        notes.Write("notes/blocks.md", "---\ntitle: Blocks\n---\nA paragraph with an id. ^para-1\n\n- a list item ^item2\n\nNo id here.\n");
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string other = P(notes, "other.md");
        await client.OpenAsync(other, "---\ntitle: Other\n---\nSee [[blocks#^\n");

        JsonNode? blocks = await client.ResultAsync("textDocument/completion", LspClient.At(other, 3, 14));

        Assert.Equal(new[] { "para-1", "item2" }, blocks!["items"]!.AsArray().Select(i => i!["label"]!.GetValue<string>()));
        Assert.Equal("A paragraph with an id.", blocks["items"]![0]!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hover_ShowsTheTargetOfALink_AndTheTimeAndUrlOfATimestamp()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);

        JsonNode? link = await client.ResultAsync("textDocument/hover", LspClient.At(P(notes, "index.md"), 3, 14));
        Assert.Equal("**Setup guide**\n\n`guides/setup` in `guides/`\n\nAdd the package.", link!["contents"]!["value"]!.GetValue<string>());

        JsonNode? time = await client.ResultAsync("textDocument/hover", LspClient.At(P(notes, "guides/setup.md"), 8, 12));
        Assert.Equal("**00:01:30**\n\nhttps://www.youtube.com/watch?v=abc123&t=90s", time!["contents"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Definition_LandsOnTheTargetNote_OrItsHeading()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string index = P(notes, "index.md");

        JsonNode? note = await client.ResultAsync("textDocument/definition", LspClient.At(index, 3, 14));
        Assert.Equal(LspClient.Uri(P(notes, "guides/setup.md")), note!["uri"]!.GetValue<string>());
        Assert.Equal(0, note["range"]!["start"]!["line"]!.GetValue<int>());

        JsonNode? heading = await client.ResultAsync("textDocument/definition", LspClient.At(index, 3, 40));
        Assert.Equal(6, heading!["range"]!["start"]!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task References_OfANote_AreItsBacklinks_AndOfAHeading_TheLinksToIt()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string setup = P(notes, "guides/setup.md");

        JsonArray note = (await client.ResultAsync("textDocument/references", LspClient.At(setup, 3, 0)))!.AsArray();
        Assert.Equal(new[] { "index.md:3:11", "index.md:3:31" }, note.Select(l => Where(notes, l!)));

        JsonArray heading = (await client.ResultAsync("textDocument/references", LspClient.At(setup, 6, 3)))!.AsArray();
        Assert.Equal(new[] { "index.md:3:31" }, heading.Select(l => Where(notes, l!)));

        JsonArray local = (await client.ResultAsync("textDocument/references", LspClient.At(P(notes, "other.md"), 5, 3)))!.AsArray();
        Assert.Equal(new[] { "other.md:3:4" }, local.Select(l => Where(notes, l!)));
    }

    private static string Where(TempNotes notes, JsonNode location) =>
        Path.GetRelativePath(notes.Notes, new Uri(location["uri"]!.GetValue<string>()).LocalPath).Replace('\\', '/')
        + ":" + location["range"]!["start"]!["line"] + ":" + location["range"]!["start"]!["character"];

    [Fact]
    public async Task DocumentSymbols_AreTheHeadingTree()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);

        JsonArray symbols = (await client.ResultAsync("textDocument/documentSymbol",
            new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(P(notes, "guides/setup.md")) } }))!.AsArray();

        JsonNode root = symbols.Single()!;
        Assert.Equal(("Install steps", 6), (root["name"]!.GetValue<string>(), root["selectionRange"]!["start"]!["line"]!.GetValue<int>()));
        Assert.Equal("Details", root["children"]!.AsArray().Single()!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task RenamingAHeading_RewritesItAndEveryLinkToIt()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string setup = P(notes, "guides/setup.md");

        JsonNode? edit = await client.ResultAsync("textDocument/rename", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(setup) },
            ["position"] = new JsonObject { ["line"] = 6, ["character"] = 4 },
            ["newName"] = "Installing",
        });

        JsonObject changes = edit!["changes"]!.AsObject();
        Assert.Equal("[{\"range\":{\"start\":{\"line\":6,\"character\":3},\"end\":{\"line\":6,\"character\":16}},\"newText\":\"Installing\"}]",
            changes[LspClient.Uri(setup)]!.ToJsonString());
        Assert.Equal("[{\"range\":{\"start\":{\"line\":3,\"character\":46},\"end\":{\"line\":3,\"character\":59}},\"newText\":\"Installing\"}]",
            changes[LspClient.Uri(P(notes, "index.md"))]!.ToJsonString());
    }

    [Fact]
    public async Task RenamingATitle_RewritesTheLinksThatUseTheTitle_NotThoseByFileName()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string setup = P(notes, "guides/setup.md");

        JsonNode? edit = await client.ResultAsync("textDocument/rename", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(setup) },
            ["position"] = new JsonObject { ["line"] = 1, ["character"] = 9 },
            ["newName"] = "Install guide",
        });

        JsonObject changes = edit!["changes"]!.AsObject();
        Assert.Equal("[{\"range\":{\"start\":{\"line\":1,\"character\":7},\"end\":{\"line\":1,\"character\":18}},\"newText\":\"Install guide\"}]",
            changes[LspClient.Uri(setup)]!.ToJsonString());
        // [[Setup guide]] uses the title; [[guides/setup#…]] uses the path and stays.
        Assert.Equal("[{\"range\":{\"start\":{\"line\":3,\"character\":13},\"end\":{\"line\":3,\"character\":24}},\"newText\":\"Install guide\"}]",
            changes[LspClient.Uri(P(notes, "index.md"))]!.ToJsonString());
    }

    [Fact]
    public async Task CodeActions_OfferTheBuildsSuggestions_AndTheThreePartDataT()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string other = P(notes, "other.md");
        await client.OpenAsync(other, "---\ntitle: Other\n---\nSee [[setup_guid]] at <a class=\"yt-timestamp\" data-t=\"41:50\">[41:50]</a>.\n");

        JsonArray actions = (await client.ResultAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(other) },
            ["range"] = LspText(3, 0, 3, 0),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        }))!.AsArray();

        Assert.Equal(new[] { "Change to 'setup'", "Write data-t as \"00:41:50\" (the player reads 41:50 as hours:minutes)" },
            actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("{\"start\":{\"line\":3,\"character\":6},\"end\":{\"line\":3,\"character\":16}}",
            actions[0]!["edit"]!["changes"]![LspClient.Uri(other)]![0]!["range"]!.ToJsonString());
    }

    private static JsonObject LspText(int line, int character, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    [Fact]
    public async Task NotesAddedOnDisk_ArePickedUp_AndRepairTheLinksToThem()
    {
        using TempNotes notes = Corpus();
        await using LspClient client = await LspClient.StartAsync(notes.Notes);
        string index = P(notes, "index.md");
        await client.OpenAsync(index, "---\ntitle: Index\n---\nSee [[later]].\n");
        await client.DiagnosticsAsync(index, until: d => d.Count == 1);

        int before = client.NotificationCount;
        File.WriteAllText(P(notes, "later.md"), "---\ntitle: Later\n---\nx\n");

        Assert.Empty(await client.DiagnosticsAsync(index, before, d => d.Count == 0));
    }
}
