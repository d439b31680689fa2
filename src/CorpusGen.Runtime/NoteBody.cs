using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen;

/// <summary>
/// Decodes the body record the generator wrote for one note. The format (records split by LF,
/// fields by TAB, text fields escaped as \\ \t \n) is shared with the generator's NoteBodyEncoder:
/// change both together.
/// </summary>
internal sealed class NoteBody
{
    private NoteBody(string lead, Section[] sections, WikiLink[] links, Timestamp[] timestamps, Note[] backlinks)
    {
        Lead = lead;
        Sections = sections;
        Links = links;
        Timestamps = timestamps;
        Backlinks = backlinks;
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
    public IReadOnlyList<Note> Backlinks { get; }

    public static NoteBody Decode(Note note, ReadOnlySpan<byte> encoded)
    {
        string lead = "";
        var sections = new List<Section>();
        var links = new List<WikiLink>();
        var timestamps = new List<Timestamp>();
        var backlinks = new List<Note>();

        foreach (string record in Encoding.UTF8.GetString(encoded).Split('\n'))
        {
            if (record.Length == 0)
            {
                continue;
            }

            string[] f = record.Split('\t');
            switch (f[0])
            {
                case "L":
                    lead = Unescape(f[1]);
                    break;
                case "S":
                    int parent = Int(f[3]);
                    sections.Add(new Section(note, sections.Count, Int(f[1]), Unescape(f[4]), Unescape(f[5]), Int(f[2]),
                        parent < 0 ? null : sections[parent]));
                    break;
                case "K":
                    links.Add(new WikiLink(note, rawTarget: Unescape(f[7]), heading: f[8].Length == 0 ? null : Unescape(f[8]),
                        displayText: Unescape(f[9]), targetIndex: Int(f[4]), targetSectionIndex: Int(f[5]),
                        isEmbed: f[6] == "1", line: Int(f[1]), column: Int(f[2]), section: SectionAt(sections, Int(f[3]))));
                    break;
                case "T":
                    timestamps.Add(new Timestamp(note, TimeSpan.FromSeconds(Int(f[4])), Unescape(f[5]), Int(f[1]), Int(f[2]),
                        SectionAt(sections, Int(f[3]))));
                    break;
                case "B":
                    for (int i = 1; i < f.Length; i++)
                    {
                        backlinks.Add(note.Corpus.GetNote(Int(f[i])));
                    }
                    break;
            }
        }

        return new NoteBody(lead, sections.ToArray(), links.ToArray(), timestamps.ToArray(), backlinks.ToArray());
    }

    private static Section? SectionAt(List<Section> sections, int index) => index < 0 ? null : sections[index];

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    internal static string Unescape(string s)
    {
        if (s.IndexOf('\\') < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                char next = s[++i];
                sb.Append(next switch { 't' => '\t', 'n' => '\n', _ => next });
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
