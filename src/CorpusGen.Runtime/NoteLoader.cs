using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using CorpusGen.Core.Records;

namespace CorpusGen;

/// <summary>
/// Builds a folder's notes from the records generated code carries (one string per note, see the
/// generator's NoteRecord). Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NoteLoader
{
    /// <summary>Fills <paramref name="notes"/> from <paramref name="offset"/> on, one note per record.</summary>
    /// <param name="frontMatter">The generated front-matter factory: typed properties from a note's values.</param>
    /// <param name="records">Records one after the other, in UTF-8 (a u8 literal: data in the assembly, not in its 16 MB string heap).</param>
    public static void Load<TFrontMatter>(NoteCorpus corpus, Note<TFrontMatter>[] notes, int offset,
        Func<FrontMatterValues, TFrontMatter> frontMatter, ReadOnlySpan<byte> records)
    {
        var reader = new NoteRecord.Reader(System.Text.Encoding.UTF8.GetString(records));
        for (int i = 0; !reader.AtEnd; i++)
        {
            reader.ReadHeader(out string id, out string title, out string? relativePath, out string? videoId);
            string[]? aliases = ReadItems(ref reader);

            int entryCount = reader.Count();
            var names = new string[entryCount];
            var values = new string?[entryCount][];
            for (int e = 0; e < entryCount; e++)
            {
                names[e] = reader.String() ?? throw new FormatException("A CorpusGen note record has a front-matter entry with no name.");
                values[e] = ReadItems(ref reader) ?? Array.Empty<string?>();
            }
            int targetCount = reader.Count();
            int[] targets = targetCount == 0 ? Array.Empty<int>() : new int[targetCount];
            for (int t = 0; t < targetCount; t++)
            {
                targets[t] = reader.Count() - 1;
            }
            int index = offset + i;
            notes[index] = new Note<TFrontMatter>(corpus, index, id, title, relativePath, videoId, aliases,
                frontMatter(new FrontMatterValues(names, values))) { LinkTargets = targets };
        }
    }

    /// <summary>A count and that many strings; null for a count of 0.</summary>
    private static string[]? ReadItems(ref NoteRecord.Reader reader)
    {
        int count = reader.Count();
        if (count == 0)
        {
            return null;
        }
        var items = new string[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = reader.String()!;
        }
        return items;
    }
}

/// <summary>
/// The front-matter values of one note, by generated property name, in the canonical text the generator
/// wrote (invariant numbers, "true"/"false", dates as UTC ticks). The generated front-matter type reads
/// its properties from it. Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FrontMatterValues
{
    private readonly string[] _names;
    private readonly string?[][] _values;

    internal FrontMatterValues(string[] names, string?[][] values)
    {
        _names = names;
        _values = values;
    }

    /// <summary>A text value, or null when the note does not set it.</summary>
    public string? Text(string property) => Find(property) is { Length: > 0 } items ? items[0] : null;

    /// <summary>An integer value, or null.</summary>
    public long? Integer(string property) =>
        Text(property) is { } text ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    /// <summary>A number value, or null.</summary>
    public double? Number(string property) =>
        Text(property) is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>A true/false value, or null.</summary>
    public bool? Boolean(string property) => Text(property) is { } text ? text == "true" : null;

    /// <summary>A date value (written as UTC ticks), or null.</summary>
    public DateTimeOffset? Date(string property) =>
        Text(property) is { } text ? new DateTimeOffset(long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero) : null;

    /// <summary>A list of text, or null when the note does not set it.</summary>
    public IReadOnlyList<string>? List(string property) => Find(property) is { } items ? (IReadOnlyList<string>)items! : null;

    /// <summary>Linear: a note has a handful of keys, and each is read once when the corpus loads.</summary>
    private string?[]? Find(string property)
    {
        for (int i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], property, StringComparison.Ordinal))
            {
                return _values[i];
            }
        }
        return null;
    }
}
