using System.Threading;

namespace CorpusGen.Generator.Helpers;

/// <summary>
/// A lossy, fixed-size pool that lets equal strings from different notes share one instance (link targets,
/// front-matter keys and tags repeat across thousands of notes). Parsed notes live for the whole build, and
/// every byte they keep is copied by the garbage collector as it promotes them: a shared target is kept once.
/// Like Roslyn's own StringTable: one slot per hash, a newcomer overwrites the slot, so the pool never holds
/// more than <see cref="Size"/> strings, needs no lock (a race only loses a share, never changes a value) and
/// never changes what a string compares equal to.
/// </summary>
internal static class StringPool
{
    /// <summary>Slots: enough that a target linked from notes far apart in a 50 000-note corpus is usually still there.</summary>
    private const int Size = 1 << 16;

    private static readonly string?[] s_slots = new string?[Size];

    /// <summary>Strings longer than this are rarely repeated and not worth hashing.</summary>
    private const int MaxLength = 256;

    /// <summary>An instance equal to <paramref name="text"/>: the pooled one when there is one, else <paramref name="text"/> (then pooled).</summary>
    public static string Share(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return text.Length == 0 ? "" : text;
        }
        int slot = text.GetHashCode() & (Size - 1); // the runtime's vectorised hash: a hand-written FNV loop was 3 % of a cold run
        string? pooled = Volatile.Read(ref s_slots[slot]);
        if (pooled is not null && string.Equals(pooled, text))
        {
            return pooled;
        }
        Volatile.Write(ref s_slots[slot], text);
        return text;
    }

    /// <summary>Empties the pool: benchmarks call it so that every cold run starts as a new compiler process does.</summary>
    internal static void Clear() => System.Array.Clear(s_slots, 0, s_slots.Length);
}
