using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using CorpusGen.Cli.Workspace;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Fixes;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Validation;

namespace CorpusGen.Cli.Lsp;

/// <summary>
/// <c>corpusgen lsp</c>: the build's checks while a note is written, over the Language Server Protocol.
/// Messages are handled one at a time, in order (file-system changes join the same queue), so every
/// answer sees one consistent corpus. A request that fails gets an error response; the server keeps serving.
/// </summary>
internal sealed partial class LanguageServer
{
    private const int MethodNotFound = -32601;
    private const int InvalidParams = -32602;
    private const int InternalError = -32603;
    private const int ParseError = -32700;
    private const int ServerNotInitialized = -32002;
    private const int RequestFailed = -32803;
    private const int MaxCompletionItems = 200;

    private readonly LspConnection _connection;
    private readonly string? _folder;
    private readonly TextWriter _log;
    private readonly Channel<JsonObject> _inbox = Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true });
    private NoteWorkspace? _workspace;
    private FileSystemWatcher? _watcher;
    private bool _shutdown;

    /// <param name="folder">The notes folder; null to take the workspace root the editor sends.</param>
    /// <param name="log">Where the server writes what it does (an editor shows the error stream as the server's log).</param>
    public LanguageServer(LspConnection connection, string? folder, TextWriter log)
    {
        _connection = connection;
        _folder = folder;
        _log = log;
    }

    /// <summary>Serves until the editor sends exit or closes the input; 0 after a shutdown request, else 1 (as the protocol says).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        Task reader = Task.Run(() => ReadLoopAsync(cancellationToken), cancellationToken);
        await foreach (JsonObject message in _inbox.Reader.ReadAllAsync(cancellationToken))
        {
            if (message["method"]?.GetValue<string>() == "exit")
            {
                break;
            }
            await HandleAsync(message);
        }
        _watcher?.Dispose();
        return _shutdown ? 0 : 1;
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                LspConnection.ReadResult read = await _connection.ReadAsync(cancellationToken);
                if (read.EndOfInput)
                {
                    break;
                }
                if (read.Message is null)
                {
                    _log.WriteLine("corpusgen lsp: " + read.Malformed);
                    await _connection.WriteAsync(Error(null, ParseError, read.Malformed ?? "malformed message"));
                    continue;
                }
                await _inbox.Writer.WriteAsync(read.Message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // the editor went away
        }
        _inbox.Writer.TryComplete();
    }

    private async Task HandleAsync(JsonObject message)
    {
        JsonNode? id = message["id"]?.DeepClone();
        string? method = message["method"] is JsonValue m && m.TryGetValue(out string? name) ? name : null;
        bool isRequest = message.ContainsKey("id");
        if (method is null)
        {
            if (isRequest && !message.ContainsKey("result") && !message.ContainsKey("error"))
            {
                await _connection.WriteAsync(Error(id, InvalidParams, "a request needs a method"));
            }
            return; // a response to a request of ours, or nothing we can answer
        }

        try
        {
            JsonNode? result = Dispatch(method, message["params"] as JsonObject, isRequest, out bool known);
            if (isRequest)
            {
                await _connection.WriteAsync(known ? Result(id, result) : Error(id, MethodNotFound, $"method '{method}' is not supported"));
            }
        }
        catch (LspException ex)
        {
            _log.WriteLine($"corpusgen lsp: {method}: {ex.Message}");
            if (isRequest)
            {
                await _connection.WriteAsync(Error(id, ex.Code, ex.Message));
            }
        }
        catch (Exception ex)
        {
            _log.WriteLine($"corpusgen lsp: {method} failed: {ex}");
            if (isRequest)
            {
                await _connection.WriteAsync(Error(id, InternalError, $"{method} failed: {ex.GetType().Name}: {ex.Message}"));
            }
        }
        await FlushPublishesAsync();
    }

    private JsonNode? Dispatch(string method, JsonObject? p, bool isRequest, out bool known)
    {
        known = true;
        if (method == "initialize")
        {
            return Initialize(p);
        }
        if (method == "shutdown")
        {
            _shutdown = true;
            return null;
        }
        if (_workspace is null)
        {
            if (isRequest)
            {
                throw new LspException(ServerNotInitialized, "the server is not initialized yet");
            }
            return null;
        }
        switch (method)
        {
            case "initialized":
                StartWatching();
                return null;
            case "textDocument/didOpen":
                DidOpen(p);
                return null;
            case "textDocument/didChange":
                DidChange(p);
                return null;
            case "textDocument/didClose":
                DidClose(p);
                return null;
            case "textDocument/didSave":
                return null;
            case "workspace/didChangeWatchedFiles":
                DidChangeWatchedFiles(p);
                return null;
            case "textDocument/completion":
                return Completion(p);
            case "textDocument/hover":
                return Hover(p);
            case "textDocument/definition":
                return Definition(p);
            case "textDocument/references":
                return References(p);
            case "textDocument/documentSymbol":
                return DocumentSymbols(p);
            case "textDocument/rename":
                return Rename(p);
            case "textDocument/codeAction":
                return CodeActions(p);
            default:
                known = !isRequest || method.StartsWith("$/", StringComparison.Ordinal); // $/cancelRequest, $/setTrace …
                return null;
        }
    }

    private JsonNode Initialize(JsonObject? p)
    {
        string? folder = _folder
            ?? LspText.PathOf((p?["workspaceFolders"] as JsonArray)?.FirstOrDefault()?["uri"]?.GetValue<string>())
            ?? LspText.PathOf(p?["rootUri"]?.GetValue<string>())
            ?? p?["rootPath"]?.GetValue<string>();
        if (folder is null || !Directory.Exists(folder))
        {
            throw new LspException(InvalidParams, folder is null
                ? "no notes folder: open a folder, or start the server as 'corpusgen lsp <folder>'"
                : $"the folder '{folder}' does not exist");
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var workspace = new NoteWorkspace(folder, AnalyzerConfig.Discover(folder, Array.Empty<string>()));
        workspace.Load();
        _workspace = workspace;
        _log.WriteLine($"corpusgen lsp: {workspace.Notes.Count} notes under {workspace.Folder} loaded in {watch.Elapsed.TotalSeconds:0.00} s");

        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 1, ["save"] = new JsonObject { ["includeText"] = false } },
                ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray("[", "#", "^"), ["resolveProvider"] = false },
                ["hoverProvider"] = true,
                ["definitionProvider"] = true,
                ["referencesProvider"] = true,
                ["documentSymbolProvider"] = true,
                ["renameProvider"] = true,
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix") },
            },
            ["serverInfo"] = new JsonObject
            {
                ["name"] = "corpusgen",
                ["version"] = typeof(LanguageServer).Assembly.GetName().Version?.ToString(3),
            },
        };
    }

    private static JsonObject Result(JsonNode? id, JsonNode? result) => new() { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result };

    private static JsonObject Error(JsonNode? id, int code, string message) =>
        new() { ["jsonrpc"] = "2.0", ["id"] = id, ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static JsonObject Notification(string method, JsonNode? p) => new() { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = p };

    /// <summary>A failure that becomes an error response with its own code.</summary>
    private sealed class LspException : Exception
    {
        public LspException(int code, string message) : base(message) => Code = code;

        public int Code { get; }
    }

    private static string RequireDocument(JsonObject? p)
    {
        string? uri = p?["textDocument"]?["uri"]?.GetValue<string>();
        return LspText.PathOf(uri) ?? throw new LspException(InvalidParams, uri is null ? "textDocument.uri is missing" : $"'{uri}' is not a file URI");
    }

    private static (int Line, int Character) RequirePosition(JsonObject? p)
    {
        JsonNode? position = p?["position"];
        if (position?["line"] is not JsonValue line || position["character"] is not JsonValue character
            || !line.TryGetValue(out int l) || !character.TryGetValue(out int c))
        {
            throw new LspException(InvalidParams, "position.line and position.character are required");
        }
        return (l, c);
    }
}
