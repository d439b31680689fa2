using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Core.Diagnostics;

/// <summary>
/// Every diagnostic CorpusGen reports, in one place. IDs are stable: tests, README and
/// AnalyzerReleases.*.md list the same table. Message formats hold no note text: note text is
/// always an argument.
/// </summary>
internal static class DiagnosticRules
{
    private const string Category = "CorpusGen";
    private const string HelpLink = "https://github.com/CorpusGen/CorpusGen/blob/main/README.md#";

    public static readonly DiagnosticRule BrokenWikiLink = Create("CG0001",
        "Broken wiki-link",
        "Wiki-link target '{0}' matches no note by file name, title or alias{1}",
        Severity.Error);

    public static readonly DiagnosticRule MalformedTimestamp = Create("CG0002",
        "Malformed timestamp",
        "Timestamp {0} '{1}' is not a valid time: {2}",
        Severity.Error);

    public static readonly DiagnosticRule TimestampMismatch = Create("CG0003",
        "Timestamp data-t disagrees with its label",
        "Timestamp anchor has data-t=\"{0}\" but its label reads [{1}]",
        Severity.Error);

    public static readonly DiagnosticRule MissingFrontMatter = Create("CG0004",
        "Note has no front matter",
        "Note has no YAML front matter; its title is taken from the file name '{0}'",
        Severity.Warning);

    public static readonly DiagnosticRule MissingTitle = Create("CG0005",
        "Front matter has no title",
        "Front matter has no string 'title'; the title is taken from the file name '{0}'",
        Severity.Warning);

    public static readonly DiagnosticRule InvalidYaml = Create("CG0006",
        "Front matter is not valid YAML",
        "Front matter is not valid YAML: {0}",
        Severity.Error);

    public static readonly DiagnosticRule FrontMatterNotMapping = Create("CG0007",
        "Front matter is not a mapping",
        "Front matter must be a YAML mapping of keys to values, but it is a {0}",
        Severity.Error);

    public static readonly DiagnosticRule DuplicateNoteId = Create("CG0008",
        "Duplicate note id",
        "Note id '{0}' is already used by '{1}'; this note is left out of the generated corpus",
        Severity.Error);

    public static readonly DiagnosticRule MissingHeading = Create("CG0009",
        "Wiki-link heading not found",
        "Note '{0}' has no heading '{1}'",
        Severity.Error);

    public static readonly DiagnosticRule DuplicateFrontMatterKey = Create("CG0010",
        "Duplicate front-matter key",
        "Front-matter key '{0}' appears more than once; the first value is kept",
        Severity.Warning);

    public static readonly DiagnosticRule IdentifierCollision = Create("CG0011",
        "Generated name collision",
        "Note '{0}' maps to the name '{1}', which is already taken in '{2}'; it is generated as '{3}'",
        Severity.Warning);

    public static readonly DiagnosticRule NoteUnreadable = Create("CG0012",
        "Note could not be processed",
        "Note could not be processed: {0}",
        Severity.Error);

    public static readonly DiagnosticRule NoteTooLarge = Create("CG0013",
        "Note exceeds a size limit",
        "Note exceeds a CorpusGen limit: {0}",
        Severity.Error);

    public static readonly DiagnosticRule UnsupportedFrontMatterValue = Create("CG0014",
        "Front-matter value is not typed",
        "Front-matter key '{0}' holds a {1}, which CorpusGen does not type; the key is left out of this note",
        Severity.Warning);

    public static readonly DiagnosticRule AmbiguousWikiLink = Create("CG0015",
        "Ambiguous wiki-link",
        "Wiki-link target '{0}' matches {1} notes ({2}); it resolves to '{3}'",
        Severity.Warning);

    public static readonly DiagnosticRule InvalidOption = Create("CG0016",
        "Invalid CorpusGen option",
        "MSBuild property '{0}' has the value '{1}', which is not valid here; '{2}' is used instead",
        Severity.Warning);

    public static readonly DiagnosticRule NotUtf8 = Create("CG0017",
        "Note is not valid UTF-8",
        "Note is not valid UTF-8 text: a character here could not be decoded (U+FFFD); save the file as UTF-8",
        Severity.Warning);

    public static readonly DiagnosticRule DiagnosticsCapped = Create("CG0018",
        "Diagnostics were capped",
        "CorpusGen reported {0} of {1} diagnostics ({2}). Totals by rule: {3}. Folders with the most: {4}.",
        Severity.Warning);

    public static readonly DiagnosticRule TwoPartDataT = Create("CG0019",
        "Two-part data-t",
        "Timestamp data-t=\"{0}\" has two parts, which the player reads as hours:minutes ({1}); write data-t=\"{2}\"",
        Severity.Warning);

    public static readonly DiagnosticRule EmptyWikiLink = Create("CG0020",
        "Empty wiki-link",
        "Wiki-link '{0}' names no note: its target is empty",
        Severity.Error);

    public static readonly DiagnosticRule LiteralWikiLink = Create("CG0021",
        "Wiki-link shown as literal text",
        "'{0}' is shown as literal text, not as a link: {1}",
        Severity.Warning);

    public static readonly DiagnosticRule UnclosedTimestampAnchor = Create("CG0022",
        "Timestamp anchor never closes",
        "Timestamp anchor '{0}' never closes on its line (no </a>), so readers see it as text",
        Severity.Error);

    public static readonly DiagnosticRule TimestampWithoutDataT = Create("CG0023",
        "Timestamp anchor without data-t",
        "Timestamp anchor '{0}' has no data-t attribute, so the player cannot seek; write data-t=\"HH:MM:SS\"",
        Severity.Error);

    public static readonly DiagnosticRule EmptyTimestampLabel = Create("CG0024",
        "Timestamp with an empty label",
        "Timestamp anchor '{0}' has an empty label: readers see nothing to click",
        Severity.Error);

    public static readonly DiagnosticRule MissingBlock = Create("CG0025",
        "Wiki-link block not found",
        "Note '{0}' has no block '^{1}' (a paragraph, list item or heading ending with ' ^{1}')",
        Severity.Error);

    public static IReadOnlyList<DiagnosticRule> All { get; } = new[]
    {
        BrokenWikiLink, MalformedTimestamp, TimestampMismatch, MissingFrontMatter, MissingTitle, InvalidYaml,
        FrontMatterNotMapping, DuplicateNoteId, MissingHeading, DuplicateFrontMatterKey, IdentifierCollision,
        NoteUnreadable, NoteTooLarge, UnsupportedFrontMatterValue, AmbiguousWikiLink, InvalidOption, NotUtf8, DiagnosticsCapped, TwoPartDataT,
        EmptyWikiLink, LiteralWikiLink, UnclosedTimestampAnchor, TimestampWithoutDataT, EmptyTimestampLabel,
        MissingBlock,
    };

    private static readonly Dictionary<string, DiagnosticRule> s_byId = All.ToDictionary(d => d.Id);

    public static DiagnosticRule ById(string id) => s_byId[id];

    public static bool TryById(string id, out DiagnosticRule? rule) => s_byId.TryGetValue(id, out rule);

    private static DiagnosticRule Create(string id, string title, string format, Severity severity) =>
        new(id, title, format, Category, severity, HelpLink + id.ToLowerInvariant());
}
