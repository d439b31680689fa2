using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CorpusGen.Cli.Tests.Lsp;

// Shared with tests/CorpusGen.Benchmarks (lsp-latency), so it depends on no test framework.

/// <summary>
/// An editor's side of the protocol: starts <c>corpusgen lsp</c> as a process and speaks to it over its
/// standard streams, framing every message with Content-Length as VS Code and Neovim do.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    /// <summary>Completed (and replaced) whenever a notification arrives: waiters wake at once, not on a poll.</summary>
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder _log = new();
    private readonly Task _reader;
    private int _nextId;

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoop);
        process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
    }

    public string Log { get { lock (_log) { return _log.ToString(); } } }

    /// <summary>The server's working set now, in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>The server's peak working set so far, in bytes.</summary>
    public long PeakWorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    /// <param name="serverDll">corpusgen.dll; by default the one beside this assembly.</param>
    public static Task<LspClient> StartAsync(string folder, string? serverDll = null)
    {
        var startInfo = new ProcessStartInfo("dotnet");
        startInfo.ArgumentList.Add(serverDll ?? Path.Combine(AppContext.BaseDirectory, "corpusgen.dll"));
        startInfo.ArgumentList.Add("lsp");
        return StartAsync(startInfo, folder);
    }

    /// <summary>Starts any language server and initializes it on <paramref name="folder"/> as an editor opening that folder.</summary>
    public static async Task<LspClient> StartAsync(ProcessStartInfo startInfo, string folder, JsonObject? capabilities = null)
    {
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        if (string.IsNullOrEmpty(startInfo.WorkingDirectory))
        {
            startInfo.WorkingDirectory = folder;
        }
        var client = new LspClient(Process.Start(startInfo)!);
        JsonObject init = await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(folder).AbsoluteUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
        });
        if (init["result"] is not JsonObject)
        {
            throw new InvalidOperationException("initialize failed: " + init.ToJsonString() + "\n" + client.Log);
        }
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    public static string Uri(string path) => new Uri(path).AbsoluteUri;

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        int id;
        var done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            id = ++_nextId;
            _pending[id] = done;
        }
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await done.Task.WaitAsync(s_timeout);
    }

    /// <summary>The result of a request that must succeed.</summary>
    public async Task<JsonNode?> ResultAsync(string method, JsonNode? parameters)
    {
        JsonObject response = await RequestAsync(method, parameters);
        if (response.ContainsKey("error"))
        {
            throw new InvalidOperationException(method + " failed: " + response.ToJsonString() + "\n" + Log);
        }
        return response["result"];
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public async Task SendAsync(JsonObject message) => await SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    /// <summary>Any bytes as one framed message (for malformed input).</summary>
    public async Task SendRawAsync(byte[] body)
    {
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _input.WriteAsync(header);
        await _input.WriteAsync(body);
        await _input.FlushAsync();
    }

    public Task OpenAsync(string path, string text) => NotifyAsync("textDocument/didOpen", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
    });

    public Task ChangeAsync(string path, int version, string text) => NotifyAsync("textDocument/didChange", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
    });

    public static JsonObject At(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri(path) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    /// <summary>The newest diagnostics published for the file after <paramref name="since"/> notifications, waiting for them.</summary>
    public async Task<JsonArray> DiagnosticsAsync(string path, int since = 0, Func<JsonArray, bool>? until = null)
    {
        string uri = Uri(path);
        var deadline = DateTime.UtcNow + s_timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_notifications)
            {
                JsonObject? latest = _notifications.Skip(since)
                    .LastOrDefault(n => n["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && n["params"]?["uri"]?.GetValue<string>() == uri);
                if (latest?["params"]?["diagnostics"] is JsonArray diagnostics && (until is null || until(diagnostics)))
                {
                    return diagnostics;
                }
            }
            await NextArrivalAsync(deadline);
        }
        throw new TimeoutException("no matching diagnostics for " + uri + "\n" + Log);
    }

    private async Task NextArrivalAsync(DateTime deadline)
    {
        Task arrived;
        lock (_notifications)
        {
            arrived = _arrived.Task;
        }
        TimeSpan left = deadline - DateTime.UtcNow;
        if (left > TimeSpan.Zero)
        {
            await Task.WhenAny(arrived, Task.Delay(left));
        }
    }

    private void Arrived(JsonObject message)
    {
        TaskCompletionSource previous;
        lock (_notifications)
        {
            _notifications.Add(message);
            previous = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }

    public int NotificationCount { get { lock (_notifications) { return _notifications.Count; } } }

    /// <summary>Waits for an error response without an id (what the server answers to a message it could not read).</summary>
    public async Task<JsonObject> ErrorWithoutIdAsync()
    {
        var deadline = DateTime.UtcNow + s_timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_notifications)
            {
                if (_notifications.FirstOrDefault(n => n.ContainsKey("error") && n["id"] is null) is { } error)
                {
                    return error;
                }
            }
            await NextArrivalAsync(deadline);
        }
        throw new TimeoutException("no error response without an id\n" + Log);
    }

    private async Task ReadLoop()
    {
        Stream output = _process.StandardOutput.BaseStream;
        while (true)
        {
            int length = -1;
            string? line;
            while ((line = await ReadLineAsync(output)) is not null && line.Length > 0)
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line.Substring(15).Trim());
                }
            }
            if (line is null || length < 0)
            {
                return;
            }
            byte[] body = new byte[length];
            int read = 0;
            while (read < length)
            {
                int n = await output.ReadAsync(body.AsMemory(read));
                if (n == 0)
                {
                    return;
                }
                read += n;
            }
            var message = (JsonObject)JsonNode.Parse(body)!;
            if (message.ContainsKey("method"))
            {
                if (message.ContainsKey("id"))
                {
                    // A request of the server's (workspace/configuration, client/registerCapability …): answered as an
                    // editor with no settings answers it.
                    await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = null });
                }
                Arrived(message);
                continue;
            }
            int? id = message["id"] is JsonValue v && v.TryGetValue(out int i) ? i : null;
            TaskCompletionSource<JsonObject>? waiting = null;
            if (id is int key)
            {
                lock (_pending)
                {
                    _pending.Remove(key, out waiting);
                }
            }
            else
            {
                Arrived(message); // an error without an id: for a message the server could not read
            }
            waiting?.TrySetResult(message);
        }
    }

    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        byte[] one = new byte[1];
        while (true)
        {
            int n = await stream.ReadAsync(one);
            if (n == 0)
            {
                return null;
            }
            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }
            line.Append((char)one[0]);
        }
    }

    /// <summary>Shuts the server down as an editor does; the exit code it ends with.</summary>
    public async Task<int> ShutdownAsync()
    {
        await ResultAsync("shutdown", null);
        await NotifyAsync("exit", null);
        await _process.WaitForExitAsync().WaitAsync(s_timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _input.Close();
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }
}
