using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusGen.Cli.Output;
using CorpusGen.Cli.Workspace;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Model;
using CorpusGen.Core.Paths;
using CorpusGen.Core.Validation;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen stats [folder]</c>: notes, links, broken links by rule and by folder (uncapped), orphans (no
/// backlinks), hubs (most backlinks) and the notes an index note does not reach.
/// </summary>
internal static class StatsCommand
{
    /// <summary>The rules that make a link broken for a reader.</summary>
    private static readonly string[] s_linkRules = { DiagnosticRules.BrokenWikiLink.Id, DiagnosticRules.MissingHeading.Id, DiagnosticRules.AmbiguousWikiLink.Id };

    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var index = new Option<string?>("--index") { Description = "Id of the note readers start from (default: 'index' when there is one)." };
        var top = new Option<int>("--top") { Description = "How many hubs and folders to list (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("stats", "Link statistics of a folder of notes: broken links by rule and folder, orphans, hubs, notes the index does not reach.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(index);
        command.Options.Add(top);
        command.SetAction(parse => Program.Guard(context, () =>
        {
            Workspace workspace = common.Resolve(parse, context);
            var uncapped = new Dictionary<string, string>(workspace.Properties, StringComparer.OrdinalIgnoreCase)
            {
                ["CorpusGenMaxDiagnostics"] = "0",
                ["CorpusGenMaxDiagnosticsPerFile"] = "0",
            };
            CheckResult result = (workspace with { Properties = uncapped }).Check(context);
            Stats stats = Compute(result, parse.GetValue(index), Math.Max(1, parse.GetValue(top)));
            if (parse.GetValue(format) == "json")
            {
                WriteJson(stats, context.Out);
            }
            else
            {
                WriteText(stats, context.Out);
            }
            return stats.IndexError is null ? ExitCodes.Success : ExitCodes.UsageError;
        }));
        return command;
    }

    internal sealed record Stats(
        int Notes, int Links, IReadOnlyList<(string Rule, string Title, int Count)> BrokenByRule,
        IReadOnlyList<(string Folder, int Count)> BrokenByFolder, IReadOnlyList<string> Orphans,
        IReadOnlyList<(string Id, int Backlinks)> Hubs, string? IndexId, IReadOnlyList<string>? Unreachable, string? IndexError);

    internal static Stats Compute(CheckResult result, string? indexId, int top)
    {
        LinkGraph graph = LinkGraph.Build(result.Parsed.Select(p => p.Note).ToList(), default, result.Options.LinkRule);
        int links = graph.Notes.Sum(n => n.Links.Count);

        var linkProblems = result.Diagnostics.Where(d => s_linkRules.Contains(d.Info.Id)).ToList();
        var byRule = s_linkRules
            .Select(id => (id, DiagnosticRules.ById(id).Title, linkProblems.Count(d => d.Info.Id == id)))
            .ToList();
        var byFolder = linkProblems
            .Where(d => d.Info.Location is not null)
            .GroupBy(d => NotePaths.FolderOf(NotePaths.IdOf(NotePaths.RelativePath(d.Info.Location!.FilePath, result.NotesRoot))), StringComparer.Ordinal)
            .Select(g => (Folder: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Folder, StringComparer.Ordinal)
            .Take(top)
            .ToList();

        var orphans = Enumerable.Range(0, graph.Notes.Count).Where(i => graph.BacklinksOf(i).Count == 0).Select(i => graph.Notes[i].Id).ToList();
        var hubs = Enumerable.Range(0, graph.Notes.Count)
            .Select(i => (graph.Notes[i].Id, graph.BacklinksOf(i).Count))
            .Where(h => h.Count > 0)
            .OrderByDescending(h => h.Count).ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();

        string? chosen = indexId ?? (graph.IndexOf("index") >= 0 ? "index" : null);
        IReadOnlyList<string>? unreachable = null;
        string? indexError = null;
        if (chosen is not null)
        {
            int start = graph.IndexOf(chosen);
            if (start < 0)
            {
                indexError = $"no note has the id '{chosen}' (an id is the path under the folder without .md)";
            }
            else
            {
                bool[] reached = graph.ReachableFrom(start);
                unreachable = Enumerable.Range(0, graph.Notes.Count).Where(i => !reached[i]).Select(i => graph.Notes[i].Id).ToList();
            }
        }
        return new Stats(graph.Notes.Count, links, byRule, byFolder, orphans, hubs, chosen, unreachable, indexError);
    }

    private static void WriteText(Stats s, TextWriter output)
    {
        output.WriteLine($"notes: {s.Notes}");
        output.WriteLine($"wiki-links: {s.Links}");
        output.WriteLine("broken links by rule:");
        foreach ((string rule, string title, int count) in s.BrokenByRule)
        {
            output.WriteLine($"  {rule} {title.ToLowerInvariant()}: {count}");
        }
        output.WriteLine("broken links by folder (most first):");
        foreach ((string folder, int count) in s.BrokenByFolder)
        {
            output.WriteLine($"  {(folder.Length == 0 ? "(root)" : folder + "/")}: {count}");
        }
        output.WriteLine($"orphans (no backlinks): {s.Orphans.Count}");
        output.WriteLine("hubs (most backlinks):");
        foreach ((string id, int backlinks) in s.Hubs)
        {
            output.WriteLine($"  {id}: {backlinks}");
        }
        if (s.IndexError is not null)
        {
            output.WriteLine("unreachable from the index: " + s.IndexError);
        }
        else if (s.Unreachable is null)
        {
            output.WriteLine("unreachable from the index: no note 'index' (choose one with --index)");
        }
        else
        {
            output.WriteLine($"unreachable from '{s.IndexId}': {s.Unreachable.Count}");
        }
    }

    private static void WriteJson(Stats s, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("notes", s.Notes);
            json.WriteNumber("links", s.Links);
            json.WriteStartObject("brokenByRule");
            foreach ((string rule, _, int count) in s.BrokenByRule)
            {
                json.WriteNumber(rule, count);
            }
            json.WriteEndObject();
            json.WriteStartObject("brokenByFolder");
            foreach ((string folder, int count) in s.BrokenByFolder)
            {
                json.WriteNumber(folder, count);
            }
            json.WriteEndObject();
            json.WriteStartArray("orphans");
            foreach (string id in s.Orphans)
            {
                json.WriteStringValue(id);
            }
            json.WriteEndArray();
            json.WriteStartArray("hubs");
            foreach ((string id, int backlinks) in s.Hubs)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteNumber("backlinks", backlinks);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (s.IndexId is not null)
            {
                json.WriteString("index", s.IndexId);
            }
            if (s.IndexError is not null)
            {
                json.WriteString("indexError", s.IndexError);
            }
            if (s.Unreachable is not null)
            {
                json.WriteStartArray("unreachable");
                foreach (string id in s.Unreachable)
                {
                    json.WriteStringValue(id);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
