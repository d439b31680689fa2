using System;
using System.Collections.Generic;
using CorpusGen.Core.Helpers;

namespace CorpusGen.Core.Diagnostics;

/// <summary>
/// A rule's severity for the notes of one folder, from the <c>.editorconfig</c> sections that match a note:
/// <c>corpusgen_severity.CG0001 = warning</c> (the values of <c>dotnet_diagnostic.*.severity</c>). The compiler
/// applies <c>.editorconfig</c> sections only to C# files, so CorpusGen reads its own key and reports with it.
/// </summary>
internal readonly record struct SeverityOverride(string Id, Severity Severity)
{
    public const string KeyPrefix = "corpusgen_severity.";

    /// <summary>The override a key and value spell, or null when the key is not CorpusGen's or the value is not a severity.</summary>
    public static SeverityOverride? TryParse(string key, string value)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        string id = key.Substring(KeyPrefix.Length).Trim().ToUpperInvariant();
        if (!DiagnosticRules.TryById(id, out DiagnosticRule? rule))
        {
            return null;
        }
        Severity? severity = value.Trim().ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "suggestion" => Severity.Info,
            "silent" or "none" => Severity.None,
            "default" => rule!.DefaultSeverity,
            _ => null,
        };
        return severity is { } s ? new SeverityOverride(id, s) : null;
    }
}

/// <summary>The severity overrides of one note file; immutable and equatable, so the generator can cache it.</summary>
internal sealed record FileSeverities(string FilePath, EquatableArray<SeverityOverride> Overrides)
{
    /// <summary>The overrides among a file's options (key, value pairs), or null when there are none.</summary>
    public static FileSeverities? From(string filePath, IEnumerable<KeyValuePair<string, string>> options)
    {
        var found = new SortedDictionary<string, SeverityOverride>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> option in options)
        {
            if (SeverityOverride.TryParse(option.Key, option.Value) is { } parsed)
            {
                found[parsed.Id] = parsed;
            }
        }
        return found.Count == 0 ? null : new FileSeverities(filePath, found.Values.ToEquatableArray());
    }
}
