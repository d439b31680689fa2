using System;
using System.Threading;

namespace CorpusGen.Core.Helpers;

/// <summary>
/// A lossy, fixed-size pool that lets equal strings from different notes share one instance (link targets,
/// front-matter keys and tags repeat across thousands of notes). Parsed notes live for the whole build, and
/// every byte they keep is copied by the garbage collector as it promotes them: a shared target is kept once.
/// Like Roslyn's own StringTable: one slot per hash, a newcomer overwrites the slot, so the pool never holds
/// more than <see cref="Size"/> strings of at most <see cref="MaxLength"/> characters (mostly strings the parsed
/// notes of the last build hold anyway), needs no lock (a race only loses a share, never changes a value) and
/// never changes what a string compares equal to. One pool belongs to one parse cache (one generator instance,
/// one tool run): a new instance starts empty, as a new compiler process does.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Slots: enough that a target linked from notes far apart in a 50 000-note corpus is usually still there.</summary>
    private const int Size = 1 << 16;

    private readonly string?[] _slots = new string?[Size];

    /// <summary>Strings longer than this are rarely repeated and not worth hashing.</summary>
    private const int MaxLength = 256;

    /// <summary>An instance equal to <paramref name="text"/>: the pooled one when there is one, else <paramref name="text"/> (then pooled).</summary>
    public string Share(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return text.Length == 0 ? "" : text;
        }
        int slot = SampledHash(text) & (Size - 1);
        string? pooled = Volatile.Read(ref _slots[slot]);
        if (pooled is not null && string.Equals(pooled, text))
        {
            return pooled;
        }
        Volatile.Write(ref _slots[slot], text);
        return text;
    }

    /// <summary>
    /// A hash of the length and at most nine characters spread over the text: a full hash of every target of every
    /// link (FNV, then the runtime's Marvin) was 3 % of a cold run. Texts that share a slot only lose their share.
    /// </summary>
    private static int SampledHash(string text)
    {
        unchecked
        {
            uint hash = (uint)text.Length;
            int step = Math.Max(1, text.Length >> 3);
            for (int i = text.Length - 1; i >= 0; i -= step)
            {
                hash = (hash ^ text[i]) * 16777619;
            }
            return (int)(hash ^ (hash >> 16));
        }
    }

}
