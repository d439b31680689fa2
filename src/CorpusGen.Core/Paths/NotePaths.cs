using System;
using System.IO;

namespace CorpusGen.Core.Paths;

/// <summary>
/// The one home of CorpusGen's path rules: which files are notes, a note's id, folder and file stem, and
/// the manifest resource that carries its text. CorpusGen.targets names resources in MSBuild by the same
/// rule (<see cref="ResourceNameOf"/>); an integration test pins the two together.
/// </summary>
internal static class NotePaths
{
    /// <summary>Prefix of the manifest resource that holds each note's text.</summary>
    public const string ResourcePrefix = "CorpusGen/notes/";

    /// <summary>A note is a file whose name ends in ".md", in any case.</summary>
    public static bool IsNoteFile(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only files under the notes folder are notes (all of them when the folder is unknown, "").</summary>
    /// <param name="notesRoot">Full notes folder with '/' separators and a trailing '/', or "".</param>
    public static bool IsUnderNotesRoot(string filePath, string notesRoot) =>
        notesRoot.Length == 0 || filePath.Replace('\\', '/').StartsWith(notesRoot, StringComparison.OrdinalIgnoreCase);

    /// <summary>The path under the notes folder with '/' separators; the file name alone when outside it.</summary>
    public static string RelativePath(string filePath, string notesRoot)
    {
        string path = filePath.Replace('\\', '/');
        if (notesRoot.Length > 0 && path.StartsWith(notesRoot, StringComparison.OrdinalIgnoreCase) && path.Length > notesRoot.Length)
        {
            return path.Substring(notesRoot.Length);
        }
        return Path.GetFileName(path);
    }

    /// <summary>A folder as a notes root: '/' separators and a trailing '/' ("" stays "").</summary>
    public static string AsNotesRoot(string folder)
    {
        string root = folder.Replace('\\', '/');
        return root.Length > 0 && !root.EndsWith("/", StringComparison.Ordinal) ? root + "/" : root;
    }

    /// <summary>A note's id: its relative path without the ".md" extension.</summary>
    public static string IdOf(string relativePath) =>
        IsNoteFile(relativePath) ? relativePath.Substring(0, relativePath.Length - 3) : relativePath;

    /// <summary>The extension an id was cut from, as written (".md" in any case), or "".</summary>
    public static string ExtensionOf(string path)
    {
        int n = path.Length;
        if (n < 3 || path[n - 3] != '.' || (path[n - 2] | 0x20) != 'm' || (path[n - 1] | 0x20) != 'd')
        {
            return "";
        }
        return path[n - 2] == 'm' && path[n - 1] == 'd' ? ".md" : path.Substring(n - 3);
    }

    /// <summary>The folder part of an id ("" at the root).</summary>
    public static string FolderOf(string id) => id.LastIndexOf('/') is int slash and >= 0 ? id.Substring(0, slash) : "";

    /// <summary>The file name of an id: the usual wiki-link target.</summary>
    public static string StemOf(string id) => id.Substring(id.LastIndexOf('/') + 1);

    /// <summary>The manifest resource of a note's text. Names compare ordinally, so paths that differ only in case stay apart.</summary>
    public static string ResourceNameOf(string relativePath) => ResourcePrefix + relativePath;
}
