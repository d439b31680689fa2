using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Validation;

/// <summary>
/// Resolves wiki-link targets against every note's file name, title, aliases and id. Building the
/// index and each lookup are linear in the corpus and links. When several notes match, the one in
/// the linking note's folder wins; otherwise the choice is the first by id and the link is ambiguous.
/// </summary>
internal sealed class LinkResolver
{
    /// <summary>Tokens in more notes than this are too common to propose suggestions from.</summary>
    private const int MaxPostingsForSuggestions = 400;

    private readonly IReadOnlyList<NoteSpec> _notes;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _suggestionCache = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? _byToken;
    private int[]? _tokenCounts;

    public LinkResolver(IReadOnlyList<NoteSpec> notes, System.Threading.CancellationToken cancellationToken)
    {
        _notes = notes;
        for (int i = 0; i < notes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NoteSpec note = notes[i];
            Add(note.FileStem, i);
            Add(note.Title, i);
            Add(note.Id, i);
            foreach (string alias in note.Aliases)
            {
                Add(alias, i);
            }
        }
    }

    public readonly record struct Resolution(int Target, IReadOnlyList<int> Candidates)
    {
        public bool IsBroken => Target < 0;
        public bool IsAmbiguous => Candidates.Count > 1;
    }

    public Resolution Resolve(string target, string sourceFolder)
    {
        if (!_byKey.TryGetValue(LinkKey.Normalize(target), out List<int>? candidates))
        {
            return new Resolution(-1, Array.Empty<int>());
        }
        if (candidates.Count == 1)
        {
            return new Resolution(candidates[0], candidates);
        }

        List<int> local = candidates.Where(i => string.Equals(_notes[i].Folder, sourceFolder, StringComparison.Ordinal)).ToList();
        if (local.Count == 1)
        {
            return new Resolution(local[0], local);
        }
        // Candidates are in index order, which is ordinal id order: the first is a stable choice.
        List<int> pool = local.Count > 1 ? local : candidates;
        return new Resolution(pool[0], pool);
    }

    /// <summary>"; did you mean 'a' or 'b'?" for the nearest notes by shared words, or "".</summary>
    public string Suggest(string target)
    {
        string key = LinkKey.Normalize(target);
        if (_suggestionCache.TryGetValue(key, out string? cached))
        {
            return cached;
        }

        string[] tokens = Tokens(key);
        var overlap = new Dictionary<int, int>();
        foreach (string token in tokens)
        {
            if (ByToken.TryGetValue(token, out List<int>? postings) && postings.Count <= MaxPostingsForSuggestions)
            {
                foreach (int note in postings)
                {
                    overlap[note] = overlap.TryGetValue(note, out int n) ? n + 1 : 1;
                }
            }
        }

        string[] best = overlap
            .Select(pair => (Note: pair.Key, Score: (double)pair.Value / Math.Max(tokens.Length, _tokenCounts![pair.Key])))
            .Where(x => x.Score >= 0.5)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Note)
            .Take(3)
            .Select(x => "'" + _notes[x.Note].FileStem + "'")
            .ToArray();

        string suggestion = best.Length == 0 ? "" : "; did you mean " + string.Join(" or ", best) + "?";
        _suggestionCache[key] = suggestion;
        return suggestion;
    }

    private Dictionary<string, List<int>> ByToken => _byToken ??= BuildTokenIndex();

    private Dictionary<string, List<int>> BuildTokenIndex()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _tokenCounts = new int[_notes.Count];
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _notes.Count; i++)
        {
            tokens.Clear();
            AddTokens(LinkKey.Normalize(_notes[i].FileStem), tokens);
            _tokenCounts[i] = Math.Max(1, tokens.Count);
            AddTokens(LinkKey.Normalize(_notes[i].Title), tokens);
            foreach (string token in tokens)
            {
                if (!index.TryGetValue(token, out List<int>? list))
                {
                    index[token] = list = new List<int>();
                }
                list.Add(i);
            }
        }
        return index;
    }

    private static readonly char[] s_tokenSeparators = { '_', '/', '.', ',', ':', '(', ')' };

    /// <summary>The distinct words (two characters or more) of a link key.</summary>
    private static string[] Tokens(string key)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        AddTokens(key, tokens);
        return tokens.ToArray();
    }

    private static void AddTokens(string key, HashSet<string> tokens)
    {
        int start = 0;
        while (start < key.Length)
        {
            int end = key.IndexOfAny(s_tokenSeparators, start);
            if (end < 0)
            {
                end = key.Length;
            }
            if (end - start > 1)
            {
                tokens.Add(key.Substring(start, end - start));
            }
            start = end + 1;
        }
    }

    private void Add(string name, int note)
    {
        string key = LinkKey.Normalize(name);
        if (key.Length == 0)
        {
            return;
        }
        if (!_byKey.TryGetValue(key, out List<int>? list))
        {
            _byKey[key] = list = new List<int>();
        }
        if (list.Count == 0 || list[list.Count - 1] != note)
        {
            list.Add(note);
        }
    }
}
