using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Fixes;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;

namespace CorpusGen.Cli.Lsp;

/// <summary>Rename of a heading or a title, with every link to it; quick fixes.</summary>
internal sealed partial class LanguageServer
{
    private JsonNode Rename(JsonObject? p)
    {
        (int line, _) = RequirePosition(p);
        string newName = p?["newName"]?.GetValue<string>()?.Trim() ?? throw new LspException(InvalidParams, "newName is missing");
        if (newName.Length == 0 || newName.IndexOfAny(new[] { '[', ']', '|', '#', '\n', '\r' }) >= 0)
        {
            throw new LspException(RequestFailed, "a heading or title cannot be empty or hold [, ], |, # or a line break");
        }
        (NoteView view, _) = At(p);
        int self = _workspace!.IndexOf(view.Path);
        if (self < 0)
        {
            throw new LspException(RequestFailed, "this file is not a note of the folder");
        }
        var edits = new Dictionary<string, JsonArray>(StringComparer.Ordinal);

        if (HeadingOnLine(view, line) is { } heading)
        {
            // The heading's own line: its title text, wherever it sits after the #s.
            int start = view.LineStarts[line];
            int at = view.Text.IndexOf(heading.Title, start, LineLength(view, line), StringComparison.Ordinal);
            if (at < 0)
            {
                throw new LspException(RequestFailed, "this heading's title is not written out on its line");
            }
            Add(edits, view.Path, LspText.Range(line, at - start, line, at - start + heading.Title.Length), newName);
            foreach ((string source, LinkTargetSpec link) in LinksTo(self, heading.Title))
            {
                EditLinkPart(edits, source, link, newName, heading: true);
            }
        }
        else if (TitleLine(view) is { } title && title.Line == line)
        {
            string oldKey = LinkKey.Normalize(title.Value);
            Add(edits, view.Path, LspText.Range(line, title.Column, line, title.Column + title.Length), newName);
            foreach ((string source, LinkTargetSpec link) in LinksTo(self, null))
            {
                if (LinkKey.Normalize(link.Target) == oldKey) // links by file name or alias keep working as they are
                {
                    EditLinkPart(edits, source, link, newName, heading: false);
                }
            }
        }
        else
        {
            throw new LspException(RequestFailed, "rename works on a heading line or on the front matter's title line");
        }

        var changes = new JsonObject();
        foreach (KeyValuePair<string, JsonArray> pair in edits)
        {
            changes[LspText.UriOf(pair.Key)] = pair.Value;
        }
        return new JsonObject { ["changes"] = changes };
    }

    /// <summary>The front matter's <c>title:</c> line: its 0-based line, the value's column and length, the value.</summary>
    private static (int Line, int Column, int Length, string Value)? TitleLine(NoteView view)
    {
        if (view.Split.Kind != FrontMatterSplitKind.Closed)
        {
            return null;
        }
        for (int line = 1; line < view.LineStarts.Count && view.LineStarts[line] < view.Split.YamlEnd; line++)
        {
            int start = view.LineStarts[line];
            string text = view.Text.Substring(start, LineLength(view, line));
            if (!text.StartsWith("title:", StringComparison.Ordinal))
            {
                continue;
            }
            int column = 6;
            while (column < text.Length && text[column] == ' ')
            {
                column++;
            }
            int end = text.Length;
            while (end > column && text[end - 1] == ' ')
            {
                end--;
            }
            if (end - column >= 2 && (text[column] is '"' or '\'') && text[end - 1] == text[column])
            {
                column++;
                end--;
            }
            return (line, column, end - column, text.Substring(column, end - column));
        }
        return null;
    }

    private void EditLinkPart(Dictionary<string, JsonArray> edits, string source, LinkTargetSpec link, string newText, bool heading)
    {
        string? text = _workspace!.TextOf(source);
        if (text is null || LinkParts.Find(text, link.Range.Start, link.Range.Length) is not { } parts)
        {
            return;
        }
        (int start, int length) = heading ? (parts.HeadingStart, parts.HeadingLength) : (parts.TargetStart, parts.TargetLength);
        if (start < 0)
        {
            return;
        }
        List<int> starts = LspText.LineStarts(text);
        Add(edits, source, RangeOf(starts, start, length), newText);
    }

    private static JsonObject RangeOf(List<int> lineStarts, int offset, int length)
    {
        (int line, int column) = LineAndColumn(lineStarts, offset);
        (int endLine, int endColumn) = LineAndColumn(lineStarts, offset + length);
        return LspText.Range(line, column, endLine, endColumn);
    }

    private static (int Line, int Column) LineAndColumn(List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line, offset - lineStarts[line]);
    }

    private static void Add(Dictionary<string, JsonArray> edits, string path, JsonObject range, string newText)
    {
        if (!edits.TryGetValue(path, out JsonArray? list))
        {
            edits[path] = list = new JsonArray();
        }
        list.Add(new JsonObject { ["range"] = range, ["newText"] = newText });
    }

    // ---- code actions ------------------------------------------------------------------------------

    private JsonNode CodeActions(JsonObject? p)
    {
        string path = RequireDocument(p);
        JsonNode? range = p?["range"];
        int fromLine = range?["start"]?["line"]?.GetValue<int>() ?? 0;
        int toLine = range?["end"]?["line"]?.GetValue<int>() ?? int.MaxValue;
        NoteView view = View(path);
        string uri = LspText.UriOf(path);
        var actions = new JsonArray();

        // "Did you mean": the build's suggestions for each broken link on these lines.
        foreach (WikiLinkSpec link in view.Body.Links)
        {
            if (link.Range.Line > toLine || link.Range.EndLine < fromLine || link.Target.Length == 0 || Target(path, link.Target) >= 0)
            {
                continue;
            }
            string[] names = _workspace!.Resolver.SuggestNames(new[] { link.Target }).TryGetValue(link.Target, out string[]? found) ? found : Array.Empty<string>();
            if (LinkParts.Find(view.Text, link.Range.Start, link.Range.Length) is not { } parts)
            {
                continue;
            }
            foreach (string name in names)
            {
                actions.Add(QuickFix($"Change to '{name}'", uri, RangeOf(view.LineStarts, parts.TargetStart, parts.TargetLength), name,
                    DiagnosticRules.BrokenWikiLink.Id, link.Range, preferred: actions.Count == 0));
            }
        }

        // The three-part form of a two-part data-t, which the player reads as hours:minutes.
        foreach (TextEdit edit in TimestampFixes.Find(view.Text))
        {
            if (edit.Line < fromLine || edit.Line > toLine)
            {
                continue;
            }
            actions.Add(QuickFix($"Write data-t as \"{edit.NewText}\" (the player reads {edit.OldText} as hours:minutes)", uri,
                RangeOf(view.LineStarts, edit.Start, edit.Length), edit.NewText, null, null, preferred: false));
        }
        return actions;
    }

    private static JsonObject QuickFix(string title, string uri, JsonObject range, string newText, string? diagnosticId, SourceRange? diagnosticRange, bool preferred)
    {
        var action = new JsonObject
        {
            ["title"] = title,
            ["kind"] = "quickfix",
            ["isPreferred"] = preferred,
            ["edit"] = new JsonObject
            {
                ["changes"] = new JsonObject { [uri] = new JsonArray(new JsonObject { ["range"] = range, ["newText"] = newText }) },
            },
        };
        if (diagnosticId is not null && diagnosticRange is { } r)
        {
            action["diagnostics"] = new JsonArray(new JsonObject { ["range"] = LspText.Range(r), ["code"] = diagnosticId, ["source"] = "corpusgen" });
        }
        return action;
    }
}
