using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Fixes;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Validation;

namespace CorpusGen.Cli.Lsp;

/// <summary>Completion, hover, definition, references, symbols, rename and code actions.</summary>
internal sealed partial class LanguageServer
{
    /// <summary>One note's text with its full parse (every section, link and timestamp) and line starts.</summary>
    private sealed record NoteView(string Path, string Text, List<int> LineStarts, BodyParser.Result Body, FrontMatterSplit Split);

    private NoteView View(string path)
    {
        string text = _workspace!.TextOf(path) ?? throw new LspException(RequestFailed, $"'{path}' cannot be read");
        NoteText note = NoteText.Create(text);
        FrontMatterSplit split = NoteSplitter.Split(note);
        BodyParser.Result body;
        try
        {
            body = BodyParser.Parse(note, split.BodyStart, problems: null, CancellationToken.None);
        }
        catch (ArgumentException)
        {
            body = new BodyParser.Result("", new List<SectionSpec>(), new List<WikiLinkSpec>(), new List<TimestampSpec>()); // past a parser limit (CG0013)
        }
        return new NoteView(path, text, LspText.LineStarts(text), body, split);
    }

    /// <summary>The note a link of <paramref name="source"/> points at (-1: broken); "" targets the note itself.</summary>
    private int Target(string source, string target)
    {
        NoteWorkspace workspace = _workspace!;
        int self = workspace.IndexOf(source);
        if (target.Length == 0)
        {
            return self;
        }
        string folder = self >= 0 ? workspace.Folders[self] : CorpusGen.Core.Paths.NotePaths.FolderOf(
            CorpusGen.Core.Paths.NotePaths.IdOf(CorpusGen.Core.Paths.NotePaths.RelativePath(source, workspace.NotesRoot)));
        return workspace.Resolver.Resolve(target, folder).Target;
    }

    // ---- completion -------------------------------------------------------------------------------

    private JsonNode Completion(JsonObject? p)
    {
        string path = RequireDocument(p);
        (int line, int character) = RequirePosition(p);
        string text = _workspace!.TextOf(path) ?? "";
        List<int> starts = LspText.LineStarts(text);
        int offset = LspText.OffsetOf(text, starts, line, character);
        int lineStart = line < starts.Count ? starts[line] : text.Length;
        string before = text.Substring(lineStart, Math.Max(0, offset - lineStart));
        int open = before.LastIndexOf("[[", StringComparison.Ordinal);
        if (open < 0 || before.IndexOf("]]", open, StringComparison.Ordinal) >= 0)
        {
            return new JsonObject { ["isIncomplete"] = false, ["items"] = new JsonArray() };
        }
        bool embed = open > 0 && before[open - 1] == '!';
        string inner = before.Substring(open + 2);
        if (inner.Contains('|'))
        {
            return new JsonObject { ["isIncomplete"] = false, ["items"] = new JsonArray() }; // in the display text
        }
        int replaceFrom = open + 2;
        int hash = inner.IndexOf('#');
        if (hash >= 0)
        {
            string afterHash = inner.Substring(hash + 1);
            if (afterHash.StartsWith("^", StringComparison.Ordinal))
            {
                return BlockItems(path, inner.Substring(0, hash).Trim(), line, replaceFrom + hash + 2, character);
            }
            return HeadingItems(path, inner.Substring(0, hash).Trim(), line, replaceFrom + hash + 1, character);
        }
        return embed ? AttachmentAndNoteItems(inner, line, replaceFrom, character) : NoteItems(inner, line, replaceFrom, character);
    }

    /// <param name="from">The column after <c>[[</c> (completion works on the caret's line).</param>
    private JsonNode NoteItems(string typed, int line, int from, int character)
    {
        NoteWorkspace workspace = _workspace!;
        string key = LinkKey.Normalize(typed);
        NoteWorkspace.NameKeys keys = workspace.Keys;
        var items = new JsonArray();
        int total = 0;
        for (int i = 0; i < workspace.Notes.Count; i++)
        {
            if (key.Length > 0 && !keys.Matches(i, key))
            {
                continue;
            }
            if (++total > MaxCompletionItems)
            {
                continue;
            }
            NoteSpec note = workspace.Notes[i];
            bool ambiguous = keys.StemCounts[keys.Stems[i]] > 1;
            string insert = ambiguous ? note.Id : note.FileStem; // the folder only when the file name alone is ambiguous
            items.Add(new JsonObject
            {
                ["label"] = insert,
                ["kind"] = 17, // File
                ["detail"] = note.Title + (note.Folder.Length > 0 ? "  (" + note.Folder + "/)" : ""),
                ["documentation"] = new JsonObject { ["kind"] = "markdown", ["value"] = "**" + note.Title + "**\n\n" + note.Summary },
                ["filterText"] = string.Join(" ", new[] { insert, note.Title }.Concat(note.Aliases)),
                ["textEdit"] = new JsonObject { ["range"] = LspText.Range(line, from, line, character), ["newText"] = insert },
            });
        }
        return new JsonObject { ["isIncomplete"] = total > MaxCompletionItems, ["items"] = items };
    }

    private JsonNode HeadingItems(string source, string target, int line, int from, int character)
    {
        int index = Target(source, target);
        var items = new JsonArray();
        if (index >= 0)
        {
            NoteView view = View(_workspace!.Notes[index].FilePath);
            foreach (SectionSpec section in view.Body.Sections)
            {
                items.Add(new JsonObject
                {
                    ["label"] = section.Title,
                    ["kind"] = 22, // Struct: headings, as markdown servers show them
                    ["detail"] = new string('#', section.Level) + " " + section.Title,
                    ["documentation"] = new JsonObject { ["kind"] = "markdown", ["value"] = FirstLines(section.Text) },
                    ["textEdit"] = new JsonObject { ["range"] = LspText.Range(line, from, line, character), ["newText"] = section.Title },
                });
            }
        }
        return new JsonObject { ["isIncomplete"] = false, ["items"] = items };
    }

    /// <summary>Block ids: the target's paragraphs, list items and headings that end with <c> ^id</c>, as the parser finds them.</summary>
    private JsonNode BlockItems(string source, string target, int line, int from, int character)
    {
        int index = Target(source, target);
        var items = new JsonArray();
        if (index >= 0)
        {
            foreach (BlockSpec block in View(_workspace!.Notes[index].FilePath).Body.Blocks)
            {
                items.Add(new JsonObject
                {
                    ["label"] = block.Id,
                    ["kind"] = 18, // Reference
                    ["detail"] = block.Text.Length > 80 ? block.Text.Substring(0, 80) + "…" : block.Text,
                    ["textEdit"] = new JsonObject { ["range"] = LspText.Range(line, from, line, character), ["newText"] = block.Id },
                });
            }
        }
        return new JsonObject { ["isIncomplete"] = false, ["items"] = items };
    }

    private JsonNode AttachmentAndNoteItems(string typed, int line, int from, int character)
    {
        var items = new JsonArray();
        string folder = _workspace!.Folder;
        int count = 0;
        foreach (string file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            if (CorpusGen.Core.Paths.NotePaths.IsNoteFile(file))
            {
                continue;
            }
            string relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(s => s.StartsWith(".", StringComparison.Ordinal) || s is "bin" or "obj")
                || (typed.Length > 0 && relative.IndexOf(typed.Trim(), StringComparison.OrdinalIgnoreCase) < 0))
            {
                continue;
            }
            if (++count > MaxCompletionItems)
            {
                break;
            }
            items.Add(new JsonObject
            {
                ["label"] = Path.GetFileName(file),
                ["kind"] = 17,
                ["detail"] = relative,
                ["textEdit"] = new JsonObject { ["range"] = LspText.Range(line, from, line, character), ["newText"] = Path.GetFileName(file) },
            });
        }
        JsonNode notes = NoteItems(typed, line, from, character);
        foreach (JsonNode? item in (JsonArray)notes["items"]!)
        {
            items.Add(item!.DeepClone());
        }
        return new JsonObject { ["isIncomplete"] = count > MaxCompletionItems || notes["isIncomplete"]!.GetValue<bool>(), ["items"] = items };
    }

    private static string FirstLines(string text) => string.Join("\n", text.Split('\n').Where(l => l.Length > 0).Take(3));

    // ---- hover and definition ---------------------------------------------------------------------

    private (NoteView View, int Offset) At(JsonObject? p)
    {
        string path = RequireDocument(p);
        (int line, int character) = RequirePosition(p);
        NoteView view = View(path);
        return (view, LspText.OffsetOf(view.Text, view.LineStarts, line, character));
    }

    private JsonNode? Hover(JsonObject? p)
    {
        (NoteView view, int offset) = At(p);
        foreach (WikiLinkSpec link in view.Body.Links)
        {
            if (LspText.Contains(link.Range, offset))
            {
                int target = Target(view.Path, link.Target);
                string markdown;
                if (target < 0)
                {
                    markdown = $"No note matches `{link.Target}` by file name, title or alias.";
                }
                else
                {
                    NoteSpec note = _workspace!.Notes[target];
                    markdown = $"**{note.Title}**" + (link.Heading is null ? "" : " › " + link.Heading) + "\n\n"
                        + $"`{note.Id}`" + (note.Folder.Length > 0 ? $" in `{note.Folder}/`" : "") + "\n\n" + note.Summary;
                }
                return new JsonObject { ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = markdown }, ["range"] = LspText.Range(link.Range) };
            }
        }
        foreach (TimestampSpec timestamp in view.Body.Timestamps)
        {
            if (LspText.Contains(timestamp.Range, offset))
            {
                var time = TimeSpan.FromSeconds(timestamp.Seconds);
                string label = $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}";
                string? videoId = _workspace!.ParsedOf(view.Path)?.Note.VideoId;
                string markdown = $"**{label}**" + (videoId is null ? " (the note has no videoId)" : "\n\n" + VideoLinks.WatchUrl(videoId, timestamp.Seconds));
                return new JsonObject { ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = markdown }, ["range"] = LspText.Range(timestamp.Range) };
            }
        }
        return null;
    }

    private JsonNode? Definition(JsonObject? p)
    {
        (NoteView view, int offset) = At(p);
        foreach (WikiLinkSpec link in view.Body.Links)
        {
            if (!LspText.Contains(link.Range, offset))
            {
                continue;
            }
            int target = Target(view.Path, link.Target);
            if (target < 0)
            {
                return null;
            }
            string targetPath = _workspace!.Notes[target].FilePath;
            int line = 0;
            if (link.Heading is not null)
            {
                long key = LinkKey.HashOf(link.Heading);
                SectionSpec? section = View(targetPath).Body.Sections.FirstOrDefault(s => LinkKey.HashOf(s.Title) == key);
                line = section is null ? 0 : section.Line - 1;
            }
            return LspText.Location(targetPath, LspText.Range(line, 0, line, 0));
        }
        return null;
    }

    // ---- references, symbols ----------------------------------------------------------------------

    /// <summary>The heading of <paramref name="view"/> on the given line, or null.</summary>
    private static SectionSpec? HeadingOnLine(NoteView view, int line) => view.Body.Sections.FirstOrDefault(s => s.Line - 1 == line);

    private JsonNode References(JsonObject? p)
    {
        (int line, _) = RequirePosition(p);
        (NoteView view, _) = At(p);
        int self = _workspace!.IndexOf(view.Path);
        var locations = new JsonArray();
        if (self < 0)
        {
            return locations;
        }
        SectionSpec? heading = HeadingOnLine(view, line);
        foreach ((string source, LinkTargetSpec link) in LinksTo(self, heading?.Title))
        {
            locations.Add(LspText.Location(source, LspText.Range(link.Range)));
        }
        return locations;
    }

    /// <summary>Every link in the corpus that resolves to note <paramref name="target"/> (and to its heading, when given).</summary>
    private IEnumerable<(string Source, LinkTargetSpec Link)> LinksTo(int target, string? heading)
    {
        NoteWorkspace workspace = _workspace!;
        long? headingKey = heading is null ? null : LinkKey.HashOf(heading);
        for (int i = 0; i < workspace.Notes.Count; i++)
        {
            NoteSpec note = workspace.Notes[i];
            foreach (LinkTargetSpec link in note.Links)
            {
                int resolved = link.Target.Length == 0 ? i : workspace.Resolver.Resolve(link.Target, workspace.Folders[i]).Target;
                if (resolved != target || (headingKey is not null && (link.Heading is null || LinkKey.HashOf(link.Heading) != headingKey))
                    || (headingKey is null && link.Target.Length == 0))
                {
                    continue;
                }
                yield return (note.FilePath, link);
            }
        }
    }

    private JsonNode DocumentSymbols(JsonObject? p)
    {
        NoteView view = View(RequireDocument(p));
        List<SectionSpec> sections = view.Body.Sections;
        var symbols = new JsonObject[sections.Count];
        var roots = new JsonArray();
        int lastLine = view.LineStarts.Count - 1;
        for (int i = 0; i < sections.Count; i++)
        {
            SectionSpec section = sections[i];
            int start = section.Line - 1;
            int end = lastLine;
            for (int j = i + 1; j < sections.Count; j++)
            {
                if (sections[j].Level <= section.Level)
                {
                    end = Math.Max(start, sections[j].Line - 2);
                    break;
                }
            }
            int lineLength = LineLength(view, start);
            symbols[i] = new JsonObject
            {
                ["name"] = section.Title.Length == 0 ? "(empty heading)" : section.Title,
                ["detail"] = "h" + section.Level,
                ["kind"] = 15, // String, as markdown servers report headings
                ["range"] = LspText.Range(start, 0, end, LineLength(view, end)),
                ["selectionRange"] = LspText.Range(start, 0, start, lineLength),
                ["children"] = new JsonArray(),
            };
            if (section.ParentIndex >= 0)
            {
                ((JsonArray)symbols[section.ParentIndex]["children"]!).Add(symbols[i]);
            }
            else
            {
                roots.Add(symbols[i]);
            }
        }
        return roots;
    }

    private static int LineLength(NoteView view, int line)
    {
        if (line >= view.LineStarts.Count)
        {
            return 0;
        }
        int start = view.LineStarts[line];
        int end = line + 1 < view.LineStarts.Count ? view.LineStarts[line + 1] : view.Text.Length;
        while (end > start && view.Text[end - 1] is '\n' or '\r')
        {
            end--;
        }
        return end - start;
    }
}
