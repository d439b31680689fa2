using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emit;

/// <summary>
/// Encodes the bulky part of a note (lead, sections, links, timestamps, backlinks) as one text record
/// that generated code embeds as a UTF-8 literal and the runtime decodes on first access. UTF-8 literals
/// live in the data section, not the 16 MB string-literal heap (CS8103). Records are split by LF,
/// fields by TAB, and text fields escape \ TAB LF. Shared with CorpusGen.Runtime's NoteBody: change both.
/// </summary>
internal static class NoteBodyEncoder
{
    /// <param name="linkTargets">Per link: target note index, or -1 for a broken link (left out).</param>
    /// <param name="linkSections">Per link: section index in the target, or -1.</param>
    public static string Encode(NoteSpec note, int[] linkTargets, int[] linkSections, IReadOnlyList<int> backlinks)
    {
        var sb = new StringBuilder();
        if (note.Lead.Length > 0)
        {
            sb.Append("L\t");
            AppendText(sb, note.Lead);
            sb.Append('\n');
        }
        foreach (SectionSpec section in note.Sections)
        {
            sb.Append("S\t").Append(Int(section.Level)).Append('\t').Append(Int(section.Line)).Append('\t').Append(Int(section.ParentIndex)).Append('\t');
            AppendText(sb, section.Title);
            sb.Append('\t');
            AppendText(sb, section.Text);
            sb.Append('\n');
        }
        for (int i = 0; i < note.Links.Count; i++)
        {
            if (linkTargets[i] < 0)
            {
                continue;
            }
            WikiLinkSpec link = note.Links[i];
            sb.Append("K\t").Append(Int(link.Range.Line + 1)).Append('\t').Append(Int(link.Range.Column + 1)).Append('\t')
              .Append(Int(link.SectionIndex)).Append('\t').Append(Int(linkTargets[i])).Append('\t').Append(Int(linkSections[i])).Append('\t')
              .Append(link.IsEmbed ? '1' : '0').Append('\t');
            AppendText(sb, link.Target);
            sb.Append('\t');
            AppendText(sb, link.Heading ?? "");
            sb.Append('\t');
            AppendText(sb, link.DisplayText);
            sb.Append('\n');
        }
        foreach (TimestampSpec timestamp in note.Timestamps)
        {
            sb.Append("T\t").Append(Int(timestamp.Range.Line + 1)).Append('\t').Append(Int(timestamp.Range.Column + 1)).Append('\t')
              .Append(Int(timestamp.SectionIndex)).Append('\t').Append(Int(timestamp.Seconds)).Append('\t');
            AppendText(sb, timestamp.Label);
            sb.Append('\n');
        }
        if (backlinks.Count > 0)
        {
            sb.Append('B');
            foreach (int source in backlinks)
            {
                sb.Append('\t').Append(Int(source));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AppendText(StringBuilder sb, string text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
