using System.Linq;
using System.Threading;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Parses one note text directly with the generator's NoteParser.</summary>
internal static class NoteParsing
{
    public static readonly CorpusOptions Options = new("TestCorpus", "Notes", GeneratorHarness.NotesRoot);

    public static ParsedNoteSpec Parse(string text, string relativePath = "note.md", CorpusGen.Core.Helpers.StringPool? pool = null) =>
        NoteParser.Parse(GeneratorHarness.NotesRoot + relativePath, text, Options, CancellationToken.None, pool);

    /// <summary>
    /// The whole body as a program reads it: the runtime's mode of the shared BodyParser (every section's
    /// text, every timestamp). The generator's NoteParser keeps only a summary, headings and links.
    /// </summary>
    public static BodyParser.Result ReadBody(string text)
    {
        NoteText note = NoteText.Create(text);
        return BodyParser.Parse(note, NoteSplitter.Split(note).BodyStart, problems: null, CancellationToken.None);
    }

    /// <summary>A note with front matter (title + extra YAML lines) and the given body.</summary>
    public static string Note(string title, string body, params string[] frontMatterLines) =>
        "---\ntitle: " + title + "\n" + string.Concat(frontMatterLines.Select(l => l + "\n")) + "---\n" + body;

    /// <summary>"id(line,col)" of each diagnostic, 1-based, for compact assertions.</summary>
    public static string[] Where(ParsedNoteSpec parsed) =>
        parsed.Diagnostics.Select(d => $"{d.Id}({d.Location!.Range.Line + 1},{d.Location.Range.Column + 1})").ToArray();
}
