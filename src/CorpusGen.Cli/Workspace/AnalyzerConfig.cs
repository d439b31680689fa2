using System;
using System.Collections.Generic;
using System.IO;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Cli.Workspace;

/// <summary>
/// What a build reads from global analyzer config files (<c>.globalconfig</c>, or any file with
/// <c>is_global = true</c>): rule severities (<c>dotnet_diagnostic.CG0001.severity = warning</c>, by
/// category <c>dotnet_analyzer_diagnostic.category-CorpusGen.severity</c>, or for all rules
/// <c>dotnet_analyzer_diagnostic.severity</c>) and <c>build_property.*</c> values. The tool reads the
/// <c>.globalconfig</c> files of the notes folder and its parents (the nearest wins) and the files given
/// with <c>--config</c> (which win over those).
/// </summary>
internal sealed class AnalyzerConfig
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Files { get; } = new();

    /// <summary>The .globalconfig files from the folder up to the file system root, nearest last (so it wins).</summary>
    public static AnalyzerConfig Discover(string folder, IEnumerable<string> explicitFiles)
    {
        var found = new List<string>();
        for (DirectoryInfo? dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, ".globalconfig");
            if (File.Exists(candidate))
            {
                found.Add(candidate);
            }
        }
        found.Reverse();
        var config = new AnalyzerConfig();
        foreach (string file in found)
        {
            config.Load(file);
        }
        foreach (string file in explicitFiles)
        {
            config.Load(Path.GetFullPath(file));
        }
        return config;
    }

    /// <summary>Reads the global (section-less) keys of one file; a later file overrides an earlier one key by key.</summary>
    public void Load(string path)
    {
        Files.Add(path);
        bool inSection = false;
        foreach (string raw in File.ReadAllLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }
            if (line[0] == '[')
            {
                inSection = true; // sections of a global config name source files; CorpusGen's diagnostics are in .md files
                continue;
            }
            int equals = line.IndexOf('=');
            if (inSection || equals <= 0)
            {
                continue;
            }
            _values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
        }
    }

    /// <summary>An MSBuild property as the generator would see it through <c>build_property.*</c>.</summary>
    public string? Property(string name) => _values.TryGetValue("build_property." + name, out string? value) ? value : null;

    /// <summary>The severity configured for a rule, or <paramref name="reported"/> (else the rule's default); <see cref="Severity.None"/> when it is turned off.</summary>
    public Severity SeverityOf(DiagnosticRule rule, Severity? reported = null)
    {
        string? configured = Value("dotnet_diagnostic." + rule.Id + ".severity")
            ?? Value("dotnet_analyzer_diagnostic.category-" + rule.Category + ".severity")
            ?? Value("dotnet_analyzer_diagnostic.severity");
        return configured?.ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "suggestion" => Severity.Info,
            "silent" or "none" => Severity.None, // a build shows neither
            _ => reported ?? rule.DefaultSeverity, // "default", or a value the compiler ignores too
        };
    }

    private string? Value(string key) => _values.TryGetValue(key, out string? value) ? value : null;
}
