using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Cli.Lsp;

/// <summary>Conversions between the protocol's shapes (URIs, 0-based line and UTF-16 character) and the core's.</summary>
internal static class LspText
{
    public static string? PathOf(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) || !parsed.IsFile)
        {
            return null;
        }
        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(SourceRange range) => new()
    {
        ["start"] = Position(range.Line, range.Column),
        ["end"] = Position(range.EndLine, range.EndColumn),
    };

    public static JsonObject Range(int line, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = Position(line, startCharacter),
        ["end"] = Position(endLine, endCharacter),
    };

    public static JsonObject Location(string path, JsonObject range) => new() { ["uri"] = UriOf(path), ["range"] = range };

    /// <summary>Start offsets of each line (LF, CRLF and CR end a line, as the core counts them).</summary>
    public static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    /// <summary>The offset of a protocol position in <paramref name="text"/> (clamped to the line and the text).</summary>
    public static int OffsetOf(string text, List<int> lineStarts, int line, int character)
    {
        if (line < 0)
        {
            return 0;
        }
        if (line >= lineStarts.Count)
        {
            return text.Length;
        }
        int end = line + 1 < lineStarts.Count ? lineStarts[line + 1] : text.Length;
        return Math.Min(lineStarts[line] + Math.Max(0, character), end);
    }

    /// <summary>True when the offset lies in the range (its end included, where an editor's caret sits after typing).</summary>
    public static bool Contains(SourceRange range, int offset) => offset >= range.Start && offset <= range.Start + range.Length;
}
