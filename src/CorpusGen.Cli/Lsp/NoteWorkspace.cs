using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Cli.Workspace;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Paths;
using CorpusGen.Core.Validation;

namespace CorpusGen.Cli.Lsp;

/// <summary>
/// The notes of the folder the server serves, as the build would see them, kept up to date one note at a
/// time: an open note's text comes from the editor, every other note from disk. Editing a note re-parses
/// that note only; the link index is rebuilt only when a note's names (id, title, aliases) change, and then
/// the notes whose links those names decide are re-checked too.
/// </summary>
internal sealed class NoteWorkspace
{
    private readonly Dictionary<string, ParsedNoteSpec> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _openTexts = new(StringComparer.Ordinal);
    private readonly StringPool _pool = new();
    private readonly EditorConfigSeverities _folderSeverities = new();
    private List<NoteSpec> _notes = new();
    private Dictionary<string, int> _indexOfPath = new(StringComparer.Ordinal);
    private string[] _folders = Array.Empty<string>();
    private LinkResolver _resolver = null!;
    private NameKeys? _keys;

    public NoteWorkspace(string folder, AnalyzerConfig config)
    {
        Folder = Path.GetFullPath(folder);
        Config = config;
        NotesRoot = NotePaths.AsNotesRoot(Folder);
        Options = CorpusOptionsReader.Read(name => name == "CorpusGenNotesRoot" ? NotesRoot : config.Property(name)).Options;
    }

    public string Folder { get; }

    public string NotesRoot { get; }

    public AnalyzerConfig Config { get; }

    public CorpusOptions Options { get; }

    /// <summary>The notes in id order, each id once.</summary>
    public IReadOnlyList<NoteSpec> Notes => _notes;

    public IReadOnlyList<string> Folders => _folders;

    public LinkResolver Resolver => _resolver;

    /// <summary>Each note's names as link keys, for completion; made once per index (names change rarely, typing often).</summary>
    public NameKeys Keys => _keys ??= new NameKeys(_notes);

    /// <summary>The link keys of every note's file name, title and aliases, and how many notes share each file name.</summary>
    internal sealed class NameKeys
    {
        public NameKeys(IReadOnlyList<NoteSpec> notes)
        {
            Stems = new string[notes.Count];
            Titles = new string[notes.Count];
            Aliases = new string[notes.Count][];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < notes.Count; i++)
            {
                Stems[i] = LinkKey.Normalize(notes[i].FileStem);
                Titles[i] = LinkKey.Normalize(notes[i].Title);
                Aliases[i] = notes[i].Aliases.Select(LinkKey.Normalize).ToArray();
                counts[Stems[i]] = counts.TryGetValue(Stems[i], out int n) ? n + 1 : 1;
            }
            StemCounts = counts;
        }

        public string[] Stems { get; }

        public string[] Titles { get; }

        public string[][] Aliases { get; }

        public IReadOnlyDictionary<string, int> StemCounts { get; }

        /// <summary>True when any of note i's names contains <paramref name="key"/>.</summary>
        public bool Matches(int i, string key) =>
            Stems[i].Contains(key, StringComparison.Ordinal) || Titles[i].Contains(key, StringComparison.Ordinal)
            || Aliases[i].Any(a => a.Contains(key, StringComparison.Ordinal));
    }

    /// <summary>Reads and parses every note of the folder, on every core.</summary>
    public void Load(CancellationToken cancellationToken = default)
    {
        List<string> files = NoteFolder.FindNotes(Folder);
        ParsedNoteSpec[] parsed = NoteFolder.ParseAll(files, Options, _pool, cancellationToken: cancellationToken);
        for (int i = 0; i < files.Count; i++)
        {
            _parsed[files[i]] = parsed[i];
        }
        Reindex();
    }

    /// <summary>True when the path is a note of this folder (an .md file under it, not under bin/ or obj/).</summary>
    public bool IsNote(string path) =>
        NotePaths.IsNoteFile(path) && NotePaths.IsUnderNotesRoot(path, NotesRoot)
        && !NotePaths.RelativePath(path, NotesRoot).Split('/').SkipLast(1).Any(s => s is "bin" or "obj");

    public bool IsOpen(string path) => _openTexts.ContainsKey(path);

    /// <summary>The note's current text: the editor's when open, else the file's (null when unreadable).</summary>
    public string? TextOf(string path) => _openTexts.TryGetValue(path, out string? text) ? text : NoteFolder.Read(path, out _);

    public int IndexOf(string path) => _indexOfPath.TryGetValue(path, out int index) ? index : -1;

    public ParsedNoteSpec? ParsedOf(string path) => _parsed.TryGetValue(path, out ParsedNoteSpec? parsed) ? parsed : null;

    public void Open(string path, string text) => _openTexts[path] = text;

    /// <summary>The editor closed the note: from now on its text is the file's.</summary>
    public void Close(string path) => _openTexts.Remove(path);

    /// <summary>
    /// Parses the note again (from <paramref name="text"/>, else from disk) and returns the other notes whose
    /// diagnostics may have changed with it: none when its names stayed the same.
    /// </summary>
    public IReadOnlyList<string> Update(string path, string? text = null)
    {
        if (text is not null)
        {
            _openTexts[path] = text;
        }
        string? current = text ?? (_openTexts.TryGetValue(path, out string? open) ? open : NoteFolder.Read(path, out _));
        string error = current is null ? "the file could not be read" : "";
        ParsedNoteSpec parsed = NoteParser.Parse(path, current, Options, CancellationToken.None, _pool, error);
        _parsed.TryGetValue(path, out ParsedNoteSpec? before);
        _parsed[path] = parsed;

        int index = IndexOf(path);
        if (before is not null && index >= 0 && SameNames(before.Note, parsed.Note))
        {
            _notes[index] = parsed.Note; // same names: the index stays valid, the links it resolves are this note's own
            return Array.Empty<string>();
        }
        return Reindex(NamesOf(before?.Note).Concat(NamesOf(parsed.Note)));
    }

    /// <summary>The note's file is gone: it leaves the corpus unless the editor still has it open.</summary>
    public IReadOnlyList<string> Remove(string path)
    {
        if (_openTexts.ContainsKey(path) || !_parsed.TryGetValue(path, out ParsedNoteSpec? before))
        {
            return Array.Empty<string>();
        }
        _parsed.Remove(path);
        return Reindex(NamesOf(before.Note));
    }

    /// <summary>The diagnostics of one note, as the build reports them, with the configured severities (uncapped).</summary>
    public List<ReportedDiagnostic> DiagnosticsOf(string path)
    {
        var result = new List<ReportedDiagnostic>();
        if (!_parsed.TryGetValue(path, out ParsedNoteSpec? parsed))
        {
            return result;
        }
        IEnumerable<DiagnosticInfo> all = parsed.Diagnostics;
        int index = IndexOf(path);
        if (index >= 0)
        {
            all = all.Concat(CorpusBuilder.LinkDiagnosticsOf(_notes, _folders, _resolver, index));
        }
        FileSeverities? folder = _folderSeverities.For(path);
        foreach (DiagnosticInfo diagnostic in all)
        {
            // As the build: a global config entry wins, else the note's folder's (.editorconfig), else the rule's own.
            Severity? folderSeverity = folder?.Overrides.Where(o => o.Id == diagnostic.Id).Select(o => (Severity?)o.Severity).FirstOrDefault();
            Severity severity = Config.SeverityOf(diagnostic.Rule, folderSeverity);
            if (severity != Severity.None)
            {
                result.Add(new ReportedDiagnostic(diagnostic, severity));
            }
        }
        return result;
    }

    /// <summary>Orders the notes, rebuilds the link index, and returns the notes that link to any of <paramref name="changedKeys"/>.</summary>
    private IReadOnlyList<string> Reindex(IEnumerable<string>? changedKeys = null)
    {
        _notes = CorpusBuilder.OrderById(_parsed.Values.Select(p => p.Note).ToList());
        _indexOfPath = new Dictionary<string, int>(_notes.Count, StringComparer.Ordinal);
        _folders = new string[_notes.Count];
        for (int i = 0; i < _notes.Count; i++)
        {
            _indexOfPath[_notes[i].FilePath] = i;
            _folders[i] = _notes[i].Folder;
        }
        _resolver = new LinkResolver(_notes, _folders, CancellationToken.None, Options.LinkRule);
        _keys = null;
        if (changedKeys is null)
        {
            return Array.Empty<string>();
        }
        var keys = new HashSet<string>(changedKeys.Where(k => k.Length > 0), StringComparer.Ordinal);
        return _notes.Where(n => n.Links.Any(l => l.Target.Length > 0 && keys.Contains(LinkKey.Normalize(l.Target)))).Select(n => n.FilePath).ToList();
    }

    private static bool SameNames(NoteSpec a, NoteSpec b) =>
        a.Id == b.Id && a.Title == b.Title && a.Aliases.Equals(b.Aliases);

    private static IEnumerable<string> NamesOf(NoteSpec? note) => note is null
        ? Enumerable.Empty<string>()
        : new[] { note.FileStem, note.Title, note.Id }.Concat(note.Aliases).Select(LinkKey.Normalize);
}
