using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Model;

namespace CorpusGen.Core.Validation;

/// <summary>
/// Resolves wiki-link targets against every note's file name, title, aliases and id. Building the
/// index and each lookup are linear in the corpus and links. When several notes match, the one in
/// the linking note's folder wins; otherwise the choice is the first by id and the link is ambiguous.
/// </summary>
internal sealed class LinkResolver
{
    /// <summary>Tokens in more notes than this are too common to propose suggestions from.</summary>
    private const int MaxPostingsForSuggestions = 400;

    private readonly int _count;
    private readonly string[] _folders;
    private readonly string[] _stems;
    private readonly string[] _stemKeys;
    private readonly string[] _titleKeys;
    /// <summary>
    /// Link key → the one note with that key (value ≥ 0), or ~index into <see cref="_shared"/> when several
    /// notes have it: nearly every key names one note, so it costs no list.
    /// </summary>
    private readonly Dictionary<string, int> _byKey;
    private readonly List<List<int>> _shared = new();
    /// <summary>Keys of targets that are not already in key form (titles, "Some Note.md"): a target repeats across links.</summary>
    private readonly Dictionary<string, string> _keyOf = new(StringComparer.Ordinal);

    /// <param name="folders">Each note's <see cref="NoteSpec.Folder"/>, computed once by the caller.</param>
    /// <param name="rule">Which renderer's rule decides what a link reaches (<see cref="LinkRule"/>).</param>
    public LinkResolver(IReadOnlyList<NoteSpec> notes, string[] folders, System.Threading.CancellationToken cancellationToken, LinkRule rule = LinkRule.Obsidian)
        : this(notes.Count, i => notes[i].Id, i => notes[i].Title, i => notes[i].Aliases, folders, cancellationToken)
    {
        if (rule == LinkRule.Quartz)
        {
            _quartz = new QuartzLinks(notes.Count, i => notes[i].RelativePath, i => notes[i].Aliases, i => IsDraft(notes[i]));
        }
    }

    /// <summary>Quartz's RemoveDrafts: <c>draft: true</c> (or the string "true") keeps a note off the site.</summary>
    private static bool IsDraft(NoteSpec note)
    {
        foreach (FrontMatterEntrySpec entry in note.FrontMatter)
        {
            if (entry.Key == "draft")
            {
                return entry.Scalar is { } value && value.Trim().Equals("true", StringComparison.Ordinal);
            }
        }
        return false;
    }

    private readonly QuartzLinks? _quartz;

    /// <summary>An index over any host's notes (the runtime's, the tool's): note i is named by its id, title and aliases.</summary>
    /// <param name="folders">Each note's folder (<see cref="Paths.NotePaths.FolderOf"/> of its id).</param>
    public LinkResolver(int count, Func<int, string> idOf, Func<int, string> titleOf, Func<int, IReadOnlyList<string>> aliasesOf,
        string[] folders, System.Threading.CancellationToken cancellationToken)
    {
        _count = count;
        _folders = folders;
        _byKey = new Dictionary<string, int>(count * 3, StringComparer.Ordinal);
        _stems = new string[count];
        _stemKeys = new string[count];
        _titleKeys = new string[count];
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string id = idOf(i);
            Add(_stemKeys[i] = LinkKey.Normalize(_stems[i] = Paths.NotePaths.StemOf(id)), i);
            Add(_titleKeys[i] = LinkKey.Normalize(titleOf(i)), i);
            Add(LinkKey.Normalize(id), i);
            foreach (string alias in aliasesOf(i))
            {
                Add(LinkKey.Normalize(alias), i);
            }
        }
    }

    /// <summary>The note's <see cref="NoteSpec.FileStem"/>, computed once here (the member names use it too).</summary>
    public string StemOf(int note) => _stems[note];

    /// <summary>The note a link resolves to (-1: none); the candidates it was chosen from when the choice is ambiguous.</summary>
    /// <param name="Target">The note (≥ 0); -1 when the link is broken; -2 when it reaches a page that is not a note (Quartz's folder pages) or is not checked (external).</param>
    /// <param name="SitePath">Under <see cref="LinkRule.Quartz"/>, the path on the site the link goes to.</param>
    public readonly record struct Resolution(int Target, IReadOnlyList<int>? AmbiguousCandidates, string? SitePath = null)
    {
        public bool IsBroken => Target == -1;
        public bool IsAmbiguous => AmbiguousCandidates is not null;
    }

    public Resolution Resolve(string target, string sourceFolder)
    {
        if (_quartz is not null)
        {
            int reached = _quartz.Resolve(target, out string path);
            return new Resolution(reached, null, path);
        }
        if (!_byKey.TryGetValue(Key(target), out int entry))
        {
            return new Resolution(-1, null);
        }
        if (entry >= 0)
        {
            return new Resolution(entry, null);
        }

        // Candidates are in index order, which is ordinal id order: the first is a stable choice.
        List<int> candidates = _shared[~entry];
        int firstLocal = -1, localCount = 0;
        foreach (int candidate in candidates)
        {
            if (string.Equals(_folders[candidate], sourceFolder, StringComparison.Ordinal) && localCount++ == 0)
            {
                firstLocal = candidate;
            }
        }
        if (localCount == 1)
        {
            return new Resolution(firstLocal, null);
        }
        if (localCount == 0)
        {
            return new Resolution(candidates[0], candidates);
        }
        var local = new List<int>(localCount);
        foreach (int candidate in candidates)
        {
            if (string.Equals(_folders[candidate], sourceFolder, StringComparison.Ordinal))
            {
                local.Add(candidate);
            }
        }
        return new Resolution(firstLocal, local);
    }

    /// <summary><see cref="LinkKey.Normalize"/>, computed once per distinct text that is not already a key.</summary>
    private string Key(string text)
    {
        if (LinkKey.IsNormal(text))
        {
            return text;
        }
        if (!_keyOf.TryGetValue(text, out string? key))
        {
            _keyOf[text] = key = LinkKey.Normalize(text);
        }
        return key;
    }

    /// <summary>
    /// "; did you mean 'a' or 'b'?" for each target: the nearest notes by shared words, or "". One pass over
    /// the notes for all targets together, looking up only the words the targets use (the broken links that
    /// are reported are a handful; the notes are tens of thousands, so no index of every word is built).
    /// </summary>
    public Dictionary<string, string> Suggest(IEnumerable<string> targets)
    {
        var suggestions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string[]> pair in SuggestNames(targets))
        {
            suggestions[pair.Key] = pair.Value.Length == 0 ? "" : "; did you mean " + string.Join(" or ", pair.Value.Select(n => "'" + n + "'")) + "?";
        }
        return suggestions;
    }

    /// <summary>For each target, the file names of at most three nearest notes (best first), as <see cref="Suggest"/> words them.</summary>
    public Dictionary<string, string[]> SuggestNames(IEnumerable<string> targets)
    {
        var targetTokens = new Dictionary<string, string[]>(StringComparer.Ordinal); // by link key
        var words = new WordTable();
        foreach (string target in targets)
        {
            string key = LinkKey.Normalize(target);
            if (!targetTokens.ContainsKey(key))
            {
                var tokens = new List<string>();
                for (int start = 0; NextToken(key, ref start, out int tokenStart, out int length);)
                {
                    string token = key.Substring(tokenStart, length);
                    if (!tokens.Contains(token))
                    {
                        tokens.Add(token);
                        words.Add(token);
                    }
                }
                targetTokens[key] = tokens.ToArray();
            }
        }

        var suggestions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (targetTokens.Count == 0)
        {
            return suggestions;
        }
        int[] stemTokenCounts = IndexWords(words);
        var overlap = new int[_count];
        var touched = new List<int>();
        foreach (string target in targets)
        {
            string key = LinkKey.Normalize(target);
            if (!suggestions.ContainsKey(target))
            {
                suggestions[target] = Suggestion(targetTokens[key], words, stemTokenCounts, overlap, touched);
            }
        }
        return suggestions;
    }

    /// <summary>Adds each note to the postings of the table's words its file name or title uses; returns each note's count of file-name words.</summary>
    private int[] IndexWords(WordTable words)
    {
        var stemTokenCounts = new int[_count];
        var seen = new List<(string Text, int Start, int Length)>();
        for (int i = 0; i < _count; i++)
        {
            seen.Clear();
            string stem = _stemKeys[i];
            for (int start = 0; NextToken(stem, ref start, out int tokenStart, out int length);)
            {
                AddDistinct(seen, stem, tokenStart, length);
            }
            stemTokenCounts[i] = Math.Max(1, seen.Count);
            string title = _titleKeys[i];
            for (int start = 0; NextToken(title, ref start, out int tokenStart, out int length);)
            {
                AddDistinct(seen, title, tokenStart, length);
            }
            foreach ((string text, int start, int length) in seen)
            {
                words.Find(text, start, length)?.Add(i);
            }
        }
        return stemTokenCounts;
    }

    private static void AddDistinct(List<(string Text, int Start, int Length)> seen, string text, int start, int length)
    {
        foreach ((string other, int otherStart, int otherLength) in seen)
        {
            if (otherLength == length && string.CompareOrdinal(other, otherStart, text, start, length) == 0)
            {
                return;
            }
        }
        seen.Add((text, start, length));
    }

    private string[] Suggestion(string[] tokens, WordTable words, int[] stemTokenCounts, int[] overlap, List<int> touched)
    {
        // overlap[note] counts the target's words in the note's name; touched lists the notes to reset after.
        foreach (string token in tokens)
        {
            List<int>? postings = words.Find(token, 0, token.Length);
            if (postings is not null && postings.Count <= MaxPostingsForSuggestions)
            {
                foreach (int note in postings)
                {
                    if (overlap[note]++ == 0)
                    {
                        touched.Add(note);
                    }
                }
            }
        }

        var best = new List<(int Note, double Score)>();
        foreach (int note in touched)
        {
            double score = (double)overlap[note] / Math.Max(tokens.Length, stemTokenCounts[note]);
            overlap[note] = 0;
            if (score >= 0.5)
            {
                best.Add((note, score));
            }
        }
        touched.Clear();
        return best
            .OrderByDescending(x => x.Score).ThenBy(x => x.Note)
            .Take(3)
            .Select(x => _stems[x.Note])
            .ToArray();
    }

    private static readonly char[] s_tokenSeparators = { '_', '/', '.', ',', ':', '(', ')' };

    /// <summary>The next word (two characters or more) of a link key at or after <paramref name="start"/>; words may repeat.</summary>
    private static bool NextToken(string key, ref int start, out int tokenStart, out int length)
    {
        while (start < key.Length)
        {
            int end = key.IndexOfAny(s_tokenSeparators, start);
            if (end < 0)
            {
                end = key.Length;
            }
            tokenStart = start;
            length = end - start;
            start = end + 1;
            if (length > 1)
            {
                return true;
            }
        }
        tokenStart = length = 0;
        return false;
    }

    /// <summary>Words and the notes that use them, looked up by a slice of a string without copying it.</summary>
    private sealed class WordTable
    {
        private readonly Dictionary<int, List<(string Word, List<int> Postings)>> _buckets = new();

        public void Add(string word)
        {
            if (Find(word, 0, word.Length) is null)
            {
                int hash = Hash(word, 0, word.Length);
                if (!_buckets.TryGetValue(hash, out var bucket))
                {
                    _buckets[hash] = bucket = new List<(string, List<int>)>(1);
                }
                bucket.Add((word, new List<int>()));
            }
        }

        /// <summary>The postings of the word text[start, start + length), or null when the table does not hold it.</summary>
        public List<int>? Find(string text, int start, int length)
        {
            if (_buckets.TryGetValue(Hash(text, start, length), out var bucket))
            {
                foreach ((string word, List<int> postings) in bucket)
                {
                    if (word.Length == length && string.CompareOrdinal(word, 0, text, start, length) == 0)
                    {
                        return postings;
                    }
                }
            }
            return null;
        }

        private static int Hash(string text, int start, int length)
        {
            unchecked
            {
                int hash = (int)2166136261;
                for (int i = start; i < start + length; i++)
                {
                    hash = (hash ^ text[i]) * 16777619;
                }
                return hash;
            }
        }
    }

    private void Add(string key, int note)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!_byKey.TryGetValue(key, out int entry))
        {
            _byKey[key] = note;
        }
        else if (entry >= 0)
        {
            if (entry != note) // a note's title and file name often share a key
            {
                _byKey[key] = ~_shared.Count;
                _shared.Add(new List<int>(2) { entry, note });
            }
        }
        else if (_shared[~entry] is { } list && list[list.Count - 1] != note)
        {
            list.Add(note);
        }
    }
}
