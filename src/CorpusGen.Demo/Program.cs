using System;
using System.Linq;
using AiNotes;
using CorpusGen;

// Everything below is typed: each note is a member, each folder a class, front matter has properties.
Console.WriteLine($"{Notes.All.Count} notes in {Notes.Corpus.Folders.Count} folders");
Console.WriteLine();

var note = Notes.Redpointai.OpenSourceModelsVersusProprietaryAIModels;
Console.WriteLine($"# {note.Title}  ({note.RelativePath})");
Console.WriteLine($"video: {note.FrontMatter.VideoId}");
Console.WriteLine($"lead: {note.Lead}");
foreach (Section section in note.Sections)
{
    Console.WriteLine($"{new string(' ', 2 * (section.Level - 2))}- {section.Title} (line {section.Line}, {section.Text.Length} chars)");
}

Console.WriteLine();
Console.WriteLine("Links:");
foreach (var group in note.Links.GroupBy(l => l.Target))
{
    Console.WriteLine($"  → {group.Key.Title} ({group.Key.Id}) ×{group.Count()}, first at line {group.First().Line}");
}

Console.WriteLine();
Console.WriteLine("First timestamps:");
foreach (Timestamp timestamp in note.Timestamps.Take(3))
{
    Console.WriteLine($"  [{timestamp.Label}] {timestamp.Time} in '{timestamp.Section?.Title ?? "(lead)"}' → {timestamp.Url}");
}

Console.WriteLine();
var hub = Notes.Redpointai.RedpointAI;
Console.WriteLine($"Notes linking to '{hub.Title}': {hub.Backlinks.Count}");
foreach (Note backlink in hub.Backlinks.Take(5))
{
    Console.WriteLine($"  ← {backlink.Title}");
}

Console.WriteLine();
var busiest = Notes.All.OrderByDescending(n => n.Timestamps.Count).ThenBy(n => n.Id, StringComparer.Ordinal).First();
Console.WriteLine($"Most timestamps: {busiest.Title} ({busiest.Timestamps.Count}), total video time covered up to {busiest.Timestamps.Max(t => t.Time)}");
Console.WriteLine($"Lookup by id: {Notes.ById("hu-po/meta_ai_research")?.Title ?? "(missing)"}");
