using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using CorpusGen.Core.Model;
using CorpusGen.Core.Helpers;

namespace CorpusGen.Core.Parsing;

/// <summary>
/// Remembers the parse of each note file. Roslyn pairs additional files by position, so renaming or
/// inserting one note shifts every later one and re-runs their parse step (10 637 of 21 273 notes on the
/// real corpus). Keyed by path and checked against the very text object the host handed in (Roslyn's
/// SourceText: the same object for an unchanged file) and the options, a shifted note is not parsed again.
/// One cache belongs to one host instance (a generator instance lives as long as the compiler server keeps
/// the analyzer loaded); it owns the <see cref="StringPool"/> its notes share.
/// The text is held weakly, so the cache never keeps a note's text alive; entries whose text is gone are
/// swept as the cache grows. A weak GCHandle (freed by the cache), not a ConditionalWeakTable, whose dependent
/// handles made every garbage collection of a cold run slower (GC pauses 0.5-0.7 s instead of 0.3 s on the real
/// corpus), nor a WeakReference, a finalizable object per note.
/// </summary>
internal sealed class NoteParseCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _sweepAt = 1024;
    private int _parseCount;

    /// <summary>The pool through which this cache's notes share repeated strings.</summary>
    public StringPool Pool { get; } = new();

    /// <summary>How many notes this cache has parsed (the others were answered from it).</summary>
    public int ParseCount => Volatile.Read(ref _parseCount);

    /// <param name="text">The host's text object for the file (its identity says "unchanged"), or null when unreadable.</param>
    /// <param name="read">Reads the note's characters out of <paramref name="text"/>.</param>
    public ParsedNoteSpec GetOrParse<TText>(string path, TText? text, Func<TText, string> read, CorpusOptions options, CancellationToken cancellationToken)
        where TText : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (text is not null)
        {
            lock (_entries)
            {
                if (_entries.TryGetValue(path, out Entry? entry)
                    && ReferenceEquals(entry.Text.Target, text) && entry.Options.Equals(options))
                {
                    return entry.Result;
                }
            }
        }

        Interlocked.Increment(ref _parseCount);
        ParsedNoteSpec result = NoteParser.Parse(path, text is null ? null : read(text), options, cancellationToken, Pool);
        if (text is not null)
        {
            lock (_entries)
            {
                if (_entries.TryGetValue(path, out Entry? replaced))
                {
                    replaced.Text.Free();
                }
                _entries[path] = new Entry(GCHandle.Alloc(text, GCHandleType.Weak), options, result);
                if (_entries.Count >= _sweepAt)
                {
                    Sweep();
                }
            }
        }
        return result;
    }

    /// <summary>A dropped cache frees its weak handles (they are not collected on their own).</summary>
    ~NoteParseCache()
    {
        foreach (Entry entry in _entries.Values)
        {
            entry.Text.Free();
        }
    }

    /// <summary>Drops entries whose text was collected; amortised: the next sweep waits until the cache doubles.</summary>
    private void Sweep()
    {
        var dead = new List<string>();
        foreach (KeyValuePair<string, Entry> pair in _entries)
        {
            if (pair.Value.Text.Target is null)
            {
                dead.Add(pair.Key);
            }
        }
        foreach (string path in dead)
        {
            _entries[path].Text.Free();
            _entries.Remove(path);
        }
        _sweepAt = Math.Max(1024, _entries.Count * 2);
    }

    private sealed class Entry
    {
        public Entry(GCHandle text, CorpusOptions options, ParsedNoteSpec result)
        {
            Text = text;
            Options = options;
            Result = result;
        }

        /// <summary>A weak handle, freed when the entry is replaced or swept.</summary>
        public GCHandle Text { get; }

        public CorpusOptions Options { get; }

        public ParsedNoteSpec Result { get; }
    }
}
