using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Validation;

namespace CorpusGen;

/// <summary>
/// The parsed body of one note: read from its embedded text with the generator's own parser, on first
/// access. Links resolve by the generator's rules, so each target is one the build validated.
/// </summary>
internal sealed class NoteBody
{
    private static readonly NoteBody s_empty = new("", Array.Empty<Section>(), Array.Empty<WikiLink>(), Array.Empty<Timestamp>());

    private NoteBody(string lead, Section[] sections, WikiLink[] links, Timestamp[] timestamps, NoteBlock[]? blocks = null)
    {
        Blocks = blocks ?? Array.Empty<NoteBlock>();
        Lead = lead;
        Sections = sections;
        Links = links;
        Timestamps = timestamps;
        var roots = new List<Section>();
        foreach (Section section in sections)
        {
            if (section.Parent is null)
            {
                roots.Add(section);
            }
            else
            {
                section.Parent.ChildList.Add(section);
            }
        }
        RootSections = roots;
    }

    public string Lead { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<Section> RootSections { get; }
    public IReadOnlyList<WikiLink> Links { get; }
    public IReadOnlyList<Timestamp> Timestamps { get; }
    public IReadOnlyList<NoteBlock> Blocks { get; }

    public static NoteBody Read(Note note)
    {
        string original = note.Corpus.ReadText(note);
        if (original.Length > NoteText.MaxLength)
        {
            return s_empty; // the build reported CG0013 and kept this note without a body
        }

        NoteText text = NoteText.Create(original);
        BodyParser.Result parsed;
        try
        {
            parsed = BodyParser.Parse(text, NoteSplitter.Split(text).BodyStart, problems: null, CancellationToken.None);
        }
        catch (ArgumentException)
        {
            return s_empty; // past Markdig's nesting limit: the build reported CG0013
        }

        var sections = new Section[parsed.Sections.Count];
        for (int i = 0; i < sections.Length; i++)
        {
            SectionSpec s = parsed.Sections[i];
            sections[i] = new Section(note, i, s.Level, s.Title, s.Text, s.Line, s.ParentIndex < 0 ? null : sections[s.ParentIndex]);
        }

        var links = new List<WikiLink>(parsed.Links.Count);
        var distinct = new List<string>();
        foreach (WikiLinkSpec link in parsed.Links)
        {
            int target = link.Target.Length == 0 ? note.Index : BuildTargetOf(note, link.Target, distinct);
            if (target < 0)
            {
                continue; // a broken link: the build reported CG0001 (an error unless lowered)
            }
            links.Add(new WikiLink(note, link.Target, link.Heading, link.DisplayText, target, link.IsEmbed,
                link.Range.Line + 1, link.Range.Column + 1, link.SectionIndex < 0 ? null : sections[link.SectionIndex]));
        }

        var timestamps = new Timestamp[parsed.Timestamps.Count];
        for (int i = 0; i < timestamps.Length; i++)
        {
            TimestampSpec t = parsed.Timestamps[i];
            timestamps[i] = new Timestamp(note, TimeSpan.FromSeconds(t.Seconds), t.Label, t.Range.Line + 1, t.Range.Column + 1,
                t.SectionIndex < 0 ? null : sections[t.SectionIndex]);
        }

        var blocks = new NoteBlock[parsed.Blocks.Count];
        for (int i = 0; i < blocks.Length; i++)
        {
            BlockSpec b = parsed.Blocks[i];
            blocks[i] = new NoteBlock(note, b.Id, b.Text, b.Line, b.SectionIndex < 0 ? null : sections[b.SectionIndex]);
        }

        return new NoteBody(parsed.Lead, sections, links.ToArray(), timestamps, blocks);
    }

    /// <summary>
    /// The build's resolution of a link target (Note.LinkTargets, the same parser's distinct targets in the same
    /// order): no index of the corpus to build, and the very target the build checked. Resolved here only for a
    /// note without build data.
    /// </summary>
    private static int BuildTargetOf(Note note, string target, List<string> distinct)
    {
        int position = distinct.IndexOf(target);
        if (position < 0)
        {
            position = distinct.Count;
            distinct.Add(target);
        }
        return note.LinkTargets is { } targets && position < targets.Length
            ? targets[position]
            : note.Corpus.Resolve(target, note.Folder);
    }

    /// <summary>The section of <paramref name="note"/> whose title matches <paramref name="heading"/>, compared like link targets.</summary>
    public static Section? FindSection(Note note, string heading)
    {
        string key = LinkKey.Normalize(heading);
        foreach (Section section in note.Sections)
        {
            if (LinkKey.Normalize(section.Title) == key)
            {
                return section;
            }
        }
        return null;
    }
}
