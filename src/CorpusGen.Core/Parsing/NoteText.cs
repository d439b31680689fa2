using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Parsing;

/// <summary>
/// The text of one note normalised for parsing (BOM dropped, CRLF and CR turned into LF, NUL and lone
/// surrogates turned into U+FFFD), with the maps that turn an offset in it back into a line and column
/// of the file as written. Markdig spans and YAML marks both go through <see cref="Range"/>, so every
/// diagnostic uses one line-numbering scheme: LF, CRLF and CR end a line, nothing else.
/// </summary>
internal sealed class NoteText
{
    /// <summary>Largest note CorpusGen parses (characters): the largest real note is about 1 M.</summary>
    public const int MaxLength = 8 * 1024 * 1024;

    private readonly int[] _lineStarts;
    private readonly int[] _originalLineStarts;

    private NoteText(string text, int[] lineStarts, int[] originalLineStarts)
    {
        Text = text;
        _lineStarts = lineStarts;
        _originalLineStarts = originalLineStarts;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public static NoteText Create(string original)
    {
        if (IsAlreadyNormal(original))
        {
            // The common case (every real note is LF-only UTF-8): no copy, one scan for line starts.
            var starts = new List<int>(original.Length / 40 + 1) { 0 };
            for (int i = original.IndexOf('\n'); i >= 0; i = original.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }
            int[] shared = starts.ToArray();
            return new NoteText(original, shared, shared);
        }

        var sb = new StringBuilder(original.Length);
        var lineStarts = new List<int> { 0 };
        int start = original.Length > 0 && original[0] == '\uFEFF' ? 1 : 0;
        var originalLineStarts = new List<int> { start };

        for (int i = start; i < original.Length; i++)
        {
            char c = original[i];
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < original.Length && original[i + 1] == '\n')
                {
                    i++;
                }
                sb.Append('\n');
                lineStarts.Add(sb.Length);
                originalLineStarts.Add(i + 1);
            }
            else if (c == '\0')
            {
                sb.Append('\uFFFD');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                sb.Append(c).Append(original[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c);
            }
        }

        return new NoteText(sb.ToString(), lineStarts.ToArray(), originalLineStarts.ToArray());
    }

    /// <summary>True when normalising would change nothing: no BOM, CR, NUL or surrogate.</summary>
    private static bool IsAlreadyNormal(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            return false;
        }
        // Every note passes through here (166 M characters in the real corpus): test a vector of them at a time.
        ReadOnlySpan<ushort> chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        int scalarStart = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var cr = new Vector<ushort>('\r');
            var surrogateFirst = new Vector<ushort>(0xD800);
            var surrogateCount = new Vector<ushort>(0x800);
            ReadOnlySpan<Vector<ushort>> vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(chars);
            foreach (Vector<ushort> v in vectors)
            {
                // v - 0xD800 wraps below 0xD800, so "< 0x800" holds exactly for D800-DFFF.
                Vector<ushort> bad = Vector.Equals(v, cr) | Vector.Equals(v, Vector<ushort>.Zero) | Vector.LessThan(v - surrogateFirst, surrogateCount);
                if (!Vector.EqualsAll(bad, Vector<ushort>.Zero))
                {
                    return false;
                }
            }
            scalarStart = vectors.Length * Vector<ushort>.Count;
        }
        for (int i = scalarStart; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' || c == '\0' || (c >= '\uD800' && c <= '\uDFFF'))
            {
                return false; // surrogates take the slow path, which pairs them and replaces lone ones
            }
        }
        return true;
    }

    /// <summary>0-based line of an offset in <see cref="Text"/>.</summary>
    public int LineOf(int offset)
    {
        // By hand: Array.BinarySearch<int> goes through a generic comparer on netstandard2.0, and every link
        // and timestamp asks for its line.
        int low = 0, high = _lineStarts.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int start = _lineStarts[middle];
            if (start == offset)
            {
                return middle;
            }
            if (start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return low - 1;
    }

    /// <summary>Offset in <see cref="Text"/> where a 0-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line, _lineStarts.Length - 1))];

    /// <summary>The range of <paramref name="length"/> characters at <paramref name="offset"/> of the normalised text.</summary>
    public SourceRange Range(int offset, int length)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        int endOffset = Math.Max(offset, Math.Min(offset + Math.Max(length, 0), Text.Length));
        int line = LineOf(offset), endLine = line;
        while (endLine + 1 < _lineStarts.Length && _lineStarts[endLine + 1] <= endOffset)
        {
            endLine++; // a range spans a line or two: walk on from its start rather than search again
        }
        int column = offset - _lineStarts[line], endColumn = endOffset - _lineStarts[endLine];
        int originalStart = _originalLineStarts[line] + column;
        int originalEnd = _originalLineStarts[endLine] + endColumn;
        return new SourceRange(originalStart, originalEnd - originalStart, line, column, endLine, endColumn);
    }

    /// <summary>The range at a 0-based line and column, clamped to the text.</summary>
    public SourceRange RangeAt(int line, int column, int length)
    {
        line = Math.Max(0, Math.Min(line, _lineStarts.Length - 1));
        int lineEnd = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : Text.Length;
        int offset = Math.Min(_lineStarts[line] + Math.Max(column, 0), lineEnd);
        return Range(offset, length);
    }
}
