using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CorpusGen.Cli.Workspace;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Cli.Lsp;

/// <summary>Document sync, file watching and published diagnostics.</summary>
internal sealed partial class LanguageServer
{
    /// <summary>Notes whose diagnostics are due, the edited note first.</summary>
    private readonly List<string> _toPublish = new();

    private void DidOpen(JsonObject? p)
    {
        string path = RequireDocument(p);
        string text = p!["textDocument"]?["text"]?.GetValue<string>() ?? throw new LspException(InvalidParams, "textDocument.text is missing");
        Changed(path, text);
    }

    private void DidChange(JsonObject? p)
    {
        string path = RequireDocument(p);
        // Full sync (the capability says so): the last change holds the whole text.
        string text = (p!["contentChanges"] as JsonArray)?.LastOrDefault()?["text"]?.GetValue<string>()
            ?? throw new LspException(InvalidParams, "contentChanges[].text is missing");
        Changed(path, text);
    }

    private void DidClose(JsonObject? p)
    {
        string path = RequireDocument(p);
        NoteWorkspace workspace = _workspace!;
        workspace.Close(path);
        if (!workspace.IsNote(path))
        {
            return;
        }
        if (File.Exists(path))
        {
            Changed(path, null); // the file's text counts again
        }
        else
        {
            Removed(path); // deleted while it was open
        }
    }

    private void DidChangeWatchedFiles(JsonObject? p)
    {
        foreach (JsonNode? change in p?["changes"] as JsonArray ?? new JsonArray())
        {
            string? path = LspText.PathOf(change?["uri"]?.GetValue<string>());
            if (path is not null)
            {
                FileChanged(path, change!["type"]?.GetValue<int>() == 3);
            }
        }
    }

    /// <summary>A change on disk: an open note keeps the editor's text; any other note is read again, or leaves.</summary>
    private void FileChanged(string path, bool deleted)
    {
        NoteWorkspace workspace = _workspace!;
        if (!workspace.IsNote(path) || workspace.IsOpen(path))
        {
            return;
        }
        if (deleted || !File.Exists(path))
        {
            Removed(path);
        }
        else
        {
            Changed(path, null);
        }
    }

    private void Changed(string path, string? text)
    {
        NoteWorkspace workspace = _workspace!;
        if (text is not null)
        {
            workspace.Open(path, text);
        }
        if (!workspace.IsNote(path))
        {
            return; // a markdown file outside the notes folder: no diagnostics
        }
        IReadOnlyList<string> affected = workspace.Update(path, text);
        Due(path);
        foreach (string other in affected)
        {
            Due(other);
        }
    }

    private void Removed(string path)
    {
        IReadOnlyList<string> affected = _workspace!.Remove(path);
        Due(path);
        foreach (string other in affected)
        {
            Due(other);
        }
    }

    private void Due(string path)
    {
        if (!_toPublish.Contains(path, StringComparer.Ordinal))
        {
            _toPublish.Add(path);
        }
    }

    private async Task FlushPublishesAsync()
    {
        if (_workspace is null || _toPublish.Count == 0)
        {
            return;
        }
        string[] paths = _toPublish.ToArray();
        _toPublish.Clear();
        foreach (string path in paths)
        {
            var diagnostics = new JsonArray();
            foreach (ReportedDiagnostic d in _workspace.DiagnosticsOf(path))
            {
                diagnostics.Add(ToLsp(d));
            }
            await _connection.WriteAsync(Notification("textDocument/publishDiagnostics",
                new JsonObject { ["uri"] = LspText.UriOf(path), ["diagnostics"] = diagnostics }));
        }
    }

    private static JsonObject ToLsp(ReportedDiagnostic d)
    {
        SourceRange range = d.Info.Location?.Range ?? SourceRange.FileStart;
        return new JsonObject
        {
            ["range"] = LspText.Range(range),
            ["severity"] = d.Severity switch { Severity.Error => 1, Severity.Warning => 2, _ => 3 },
            ["code"] = d.Info.Id,
            ["codeDescription"] = new JsonObject { ["href"] = d.Rule.HelpLink },
            ["source"] = "corpusgen",
            ["message"] = d.Message,
        };
    }

    /// <summary>Notes added, changed or deleted outside the editor join the message queue, so they are handled in order.</summary>
    private void StartWatching()
    {
        if (_watcher is not null)
        {
            return;
        }
        try
        {
            _watcher = new FileSystemWatcher(_workspace!.Folder, "*.md") { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler onChange = (_, e) => Enqueue(e.FullPath, e.ChangeType == WatcherChangeTypes.Deleted);
            _watcher.Created += onChange;
            _watcher.Changed += onChange;
            _watcher.Deleted += onChange;
            _watcher.Renamed += (_, e) =>
            {
                Enqueue(e.OldFullPath, deleted: true);
                Enqueue(e.FullPath, deleted: false);
            };
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            _log.WriteLine("corpusgen lsp: cannot watch the folder (" + ex.Message + "); changes outside the editor are seen through workspace/didChangeWatchedFiles only");
        }
    }

    private void Enqueue(string path, bool deleted) => _inbox.Writer.TryWrite(Notification("workspace/didChangeWatchedFiles", new JsonObject
    {
        ["changes"] = new JsonArray(new JsonObject { ["uri"] = LspText.UriOf(path), ["type"] = deleted ? 3 : 2 }),
    }));
}
