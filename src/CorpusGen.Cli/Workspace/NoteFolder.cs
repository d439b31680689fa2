using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Paths;

namespace CorpusGen.Cli.Workspace;

/// <summary>
/// The notes of a folder as a build sees them: every <c>**/*.md</c> file under it except under <c>bin/</c>
/// and <c>obj/</c> (the glob of CorpusGen.targets), decoded as the compiler decodes them.
/// </summary>
internal static class NoteFolder
{
    /// <summary>Full paths of the notes under <paramref name="root"/>, in ordinal order.</summary>
    public static List<string> FindNotes(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = 0, // MSBuild's ** includes hidden folders
            MatchType = MatchType.Simple,
        };
        string fullRoot = Path.GetFullPath(root);
        var notes = new List<string>();
        foreach (string path in Directory.EnumerateFiles(fullRoot, "*.md", options))
        {
            if (!NotePaths.IsNoteFile(path) || IsUnderBuildOutput(Path.GetRelativePath(fullRoot, path)))
            {
                continue;
            }
            notes.Add(path);
        }
        notes.Sort(StringComparer.Ordinal);
        return notes;
    }

    private static bool IsUnderBuildOutput(string relativePath)
    {
        string[] segments = relativePath.Replace('\\', '/').Split('/');
        return segments.Take(segments.Length - 1).Any(s => s is "bin" or "obj");
    }

    /// <summary>
    /// The file's text as the compiler reads it: a byte-order mark picks the encoding, otherwise UTF-8 with
    /// invalid bytes as U+FFFD (which CG0017 reports). Null, with the reason, when the file cannot be read.
    /// </summary>
    public static string? Read(string path, out string? error)
    {
        error = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = "the file could not be read (" + ex.Message + ")";
            return null;
        }
        return Decode(bytes, out _);
    }

    /// <summary>Decodes a note's bytes; <paramref name="preambleLength"/> is the length of the byte-order mark it skipped.</summary>
    public static string Decode(byte[] bytes, out int preambleLength)
    {
        Encoding encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        preambleLength = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            preambleLength = 3;
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            (encoding, preambleLength) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            (encoding, preambleLength) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }
        return encoding.GetString(bytes, preambleLength, bytes.Length - preambleLength);
    }

    /// <summary>Reads and parses every file on every core; the parses share <paramref name="pool"/> (lock-free).</summary>
    /// <param name="progress">Told how many notes are parsed so far (from any thread).</param>
    public static ParsedNoteSpec[] ParseAll(IReadOnlyList<string> files, CorpusOptions options, StringPool pool,
        Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var parsed = new ParsedNoteSpec[files.Count];
        int done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            string? text = Read(files[i], out string? error);
            parsed[i] = NoteParser.Parse(files[i], text, options, cancellationToken, pool, error ?? "");
            progress?.Invoke(Interlocked.Increment(ref done));
        });
        return parsed;
    }
}
