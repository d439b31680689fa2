using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Parsing;

/// <summary>
/// Remembers the parse of each note file. Roslyn pairs additional files by position, so renaming or
/// inserting one note shifts every later one and re-runs their parse step (10 637 of 21 273 notes on the
/// real corpus). Keyed by path and checked against the very SourceText object (the same for an unchanged
/// file) and the options, a shifted note is not parsed again.
/// The text is held weakly, so the cache never keeps a note's text alive; entries whose text is gone are
/// swept as the cache grows. A weak GCHandle (freed by the cache), not a ConditionalWeakTable, whose dependent
/// handles made every garbage collection of a cold run slower (GC pauses 0.5-0.7 s instead of 0.3 s on the real
/// corpus), nor a WeakReference, a finalizable object per note.
/// </summary>
internal static class NoteParseCache
{
    private static readonly Dictionary<string, Entry> s_entries = new(StringComparer.Ordinal);
    private static int s_sweepAt = 1024;

    /// <summary>How many notes were actually parsed (for tests that prove a change parsed one note).</summary>
    internal static int ParseCount;

    public static ParsedNoteSpec GetOrParse(AdditionalText file, CorpusOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SourceText? text = file.GetText(cancellationToken);
        if (text is not null)
        {
            lock (s_entries)
            {
                if (s_entries.TryGetValue(file.Path, out Entry? entry)
                    && ReferenceEquals(entry.Text.Target, text) && entry.Options.Equals(options))
                {
                    return entry.Result;
                }
            }
        }

        Interlocked.Increment(ref ParseCount);
        ParsedNoteSpec result = NoteParser.Parse(file.Path, text, options, cancellationToken);
        if (text is not null)
        {
            lock (s_entries)
            {
                if (s_entries.TryGetValue(file.Path, out Entry? replaced))
                {
                    replaced.Text.Free();
                }
                s_entries[file.Path] = new Entry(GCHandle.Alloc(text, GCHandleType.Weak), options, result);
                if (s_entries.Count >= s_sweepAt)
                {
                    Sweep();
                }
            }
        }
        return result;
    }

    /// <summary>Forgets every note, as a new compiler process starts (benchmarks of a cold run call it).</summary>
    internal static void Clear()
    {
        lock (s_entries)
        {
            foreach (Entry entry in s_entries.Values)
            {
                entry.Text.Free();
            }
            s_entries.Clear();
            s_sweepAt = 1024;
        }
    }

    /// <summary>Drops entries whose text was collected; amortised: the next sweep waits until the cache doubles.</summary>
    private static void Sweep()
    {
        var dead = new List<string>();
        foreach (KeyValuePair<string, Entry> pair in s_entries)
        {
            if (pair.Value.Text.Target is null)
            {
                dead.Add(pair.Key);
            }
        }
        foreach (string path in dead)
        {
            s_entries[path].Text.Free();
            s_entries.Remove(path);
        }
        s_sweepAt = Math.Max(1024, s_entries.Count * 2);
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
