using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Diagnostics;
using CorpusGen.Core.Naming;
using CorpusGen.Core.Paths;

namespace CorpusGen.Core.Model;

/// <summary>
/// Reads CorpusGen's MSBuild properties into <see cref="CorpusOptions"/>. A host supplies the properties by
/// name: the generator from <c>build_property.*</c> (made visible by CorpusGen.props), the tool from its
/// command line and config files.
/// </summary>
internal static class CorpusOptionsReader
{
    public static (CorpusOptions Options, EquatableArray<DiagnosticInfo> Diagnostics) Read(System.Func<string, string?> options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string ns = Get(options, "CorpusGenNamespace") ?? Get(options, "RootNamespace") ?? CorpusOptions.DefaultNamespace;
        if (!ns.Split('.').All(CSharpIdentifier.IsPlainIdentifier))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidOption, null, "CorpusGenNamespace", ns, CorpusOptions.DefaultNamespace));
            ns = CorpusOptions.DefaultNamespace;
        }

        string className = Get(options, "CorpusGenClassName") ?? CorpusOptions.DefaultClassName;
        if (!CSharpIdentifier.IsPlainIdentifier(className))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidOption, null, "CorpusGenClassName", className, CorpusOptions.DefaultClassName));
            className = CorpusOptions.DefaultClassName;
        }

        string root = NotePaths.AsNotesRoot(Get(options, "CorpusGenNotesRoot") ?? Get(options, "ProjectDir") ?? "");
        int perId = ReadCount(options, "CorpusGenMaxDiagnostics", CorpusOptions.DefaultMaxDiagnosticsPerId, diagnostics);
        int perFile = ReadCount(options, "CorpusGenMaxDiagnosticsPerFile", CorpusOptions.DefaultMaxDiagnosticsPerFile, diagnostics);
        bool mapToNotes = ReadMapToNotes(options, diagnostics);
        bool minutesSeconds = ReadChoice(options, "CorpusGenTwoPartDataT", "hours", "minutes", diagnostics);
        LinkRule rule = ReadChoice(options, "CorpusGenLinkResolution", "obsidian", "quartz", diagnostics) ? LinkRule.Quartz : LinkRule.Obsidian;
        return (new CorpusOptions(ns, className, root, perId, perFile, mapToNotes, minutesSeconds, rule), diagnostics.ToEquatableArray());
    }

    /// <summary>True for <paramref name="second"/>, false for <paramref name="first"/> (the default); anything else is CG0016 and the default.</summary>
    private static bool ReadChoice(System.Func<string, string?> options, string name, string first, string second, List<DiagnosticInfo> diagnostics)
    {
        string? value = Get(options, name)?.ToLowerInvariant();
        if (value is null || value == first)
        {
            return false;
        }
        if (value == second)
        {
            return true;
        }
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidOption, null, name, value, first));
        return false;
    }

    /// <summary>
    /// CorpusGenMapToNotes: <c>auto</c> maps in design-time builds only (an IDE's in-memory view, where Go to
    /// Definition needs the note's full path), so command-line builds never carry a machine's path.
    /// </summary>
    private static bool ReadMapToNotes(System.Func<string, string?> options, List<DiagnosticInfo> diagnostics)
    {
        string value = Get(options, "CorpusGenMapToNotes")?.ToLowerInvariant() ?? "auto";
        switch (value)
        {
            case "true":
                return true;
            case "false":
                return false;
            case "auto":
                break;
            default:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidOption, null, "CorpusGenMapToNotes", value, "auto"));
                break;
        }
        return string.Equals(Get(options, "DesignTimeBuild"), "true", System.StringComparison.OrdinalIgnoreCase);
    }

    private static int ReadCount(System.Func<string, string?> options, string name, int defaultValue, List<DiagnosticInfo> diagnostics)
    {
        string? text = Get(options, name);
        if (text is null)
        {
            return defaultValue;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidOption, null, name, text, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return defaultValue;
    }

    private static string? Get(System.Func<string, string?> options, string name) =>
        options(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
