using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Cli.Workspace;

/// <summary>
/// The <c>corpusgen_severity.*</c> keys of the <c>.editorconfig</c> sections that match a note, as the compiler
/// hands them to the generator: files from the note's folder up to one with <c>root = true</c>, the nearer file
/// and the later section winning; section globs as EditorConfig defines them (<c>*</c>, <c>**</c>, <c>?</c>,
/// <c>[…]</c>, <c>{a,b}</c>, <c>{1..3}</c>; a glob without '/' matches the file name in any folder).
/// </summary>
internal sealed class EditorConfigSeverities
{
    private readonly Dictionary<string, EditorConfigFile?> _files = new(StringComparer.Ordinal);

    /// <summary>The overrides for the note at <paramref name="path"/>, or null when no section sets one.</summary>
    public FileSeverities? For(string path)
    {
        var chain = new List<EditorConfigFile>();
        for (DirectoryInfo? dir = new FileInfo(path).Directory; dir is not null; dir = dir.Parent)
        {
            if (Load(Path.Combine(dir.FullName, ".editorconfig")) is { } file)
            {
                chain.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }
        }
        var options = new List<KeyValuePair<string, string>>();
        string normalized = path.Replace('\\', '/');
        for (int i = chain.Count - 1; i >= 0; i--) // farthest first: nearer files override
        {
            foreach (Section section in chain[i].Sections)
            {
                if (section.Matches(normalized))
                {
                    options.AddRange(section.Properties);
                }
            }
        }
        return FileSeverities.From(path, options);
    }

    private EditorConfigFile? Load(string path)
    {
        if (!_files.TryGetValue(path, out EditorConfigFile? file))
        {
            _files[path] = file = File.Exists(path) ? EditorConfigFile.Parse(path) : null;
        }
        return file;
    }

    private sealed record Section(Regex Glob, List<KeyValuePair<string, string>> Properties)
    {
        public bool Matches(string path) => Glob.IsMatch(path);
    }

    private sealed class EditorConfigFile
    {
        public bool IsRoot { get; private set; }

        public List<Section> Sections { get; } = new();

        public static EditorConfigFile Parse(string path)
        {
            var file = new EditorConfigFile();
            string directory = Path.GetDirectoryName(path)!.Replace('\\', '/').TrimEnd('/');
            Section? current = null;
            foreach (string raw in File.ReadAllLines(path))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] is '#' or ';')
                {
                    continue;
                }
                if (line[0] == '[' && line.EndsWith("]", StringComparison.Ordinal))
                {
                    current = new Section(GlobToRegex(directory, line.Substring(1, line.Length - 2)), new List<KeyValuePair<string, string>>());
                    file.Sections.Add(current);
                    continue;
                }
                int equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    continue;
                }
                string key = line.Substring(0, equals).Trim(), value = line.Substring(equals + 1).Trim();
                if (current is null)
                {
                    file.IsRoot |= key.Equals("root", StringComparison.OrdinalIgnoreCase) && value.Equals("true", StringComparison.OrdinalIgnoreCase);
                }
                else
                {
                    current.Properties.Add(new KeyValuePair<string, string>(key, value));
                }
            }
            return file;
        }
    }

    /// <summary>An EditorConfig section glob, anchored at the file's folder, as a regular expression over full paths.</summary>
    internal static Regex GlobToRegex(string directory, string glob)
    {
        string pattern = glob.Contains('/') ? (glob.StartsWith("/", StringComparison.Ordinal) ? glob : "/" + glob) : "/**/" + glob;
        var regex = new StringBuilder("^").Append(Regex.Escape(directory));
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    // "/**/" also matches "/", so a glob matches files directly in the folder too.
                    if (i + 2 < pattern.Length && pattern[i + 2] == '/' && regex.Length > 0 && regex[regex.Length - 1] == '/')
                    {
                        regex.Append("(?:.*/)?");
                        i += 2;
                    }
                    else
                    {
                        regex.Append(".*");
                        i++;
                    }
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    int close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append("\\[");
                        break;
                    }
                    string set = pattern.Substring(i + 1, close - i - 1);
                    regex.Append('[').Append(set.StartsWith("!", StringComparison.Ordinal) ? "^" + Regex.Escape(set.Substring(1)) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    int end = pattern.IndexOf('}', i + 1);
                    if (end < 0)
                    {
                        regex.Append("\\{");
                        break;
                    }
                    string body = pattern.Substring(i + 1, end - i - 1);
                    Match range = Regex.Match(body, @"^(-?\d+)\.\.(-?\d+)$");
                    if (range.Success)
                    {
                        int from = int.Parse(range.Groups[1].Value), to = int.Parse(range.Groups[2].Value);
                        regex.Append("(?:").Append(string.Join("|", Enumerable.Range(Math.Min(from, to), Math.Abs(to - from) + 1))).Append(')');
                    }
                    else
                    {
                        regex.Append("(?:").Append(string.Join("|", body.Split(',').Select(part => GlobPart(part)))).Append(')');
                    }
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>One alternative of a {a,b} set: its * and ? keep their glob meaning.</summary>
    private static string GlobPart(string part) => Regex.Escape(part).Replace("\\*", "[^/]*").Replace("\\?", "[^/]");
}
