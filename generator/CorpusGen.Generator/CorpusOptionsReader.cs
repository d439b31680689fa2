using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator.Emit;
using CorpusGen.Generator.Helpers;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Generator;

/// <summary>Reads CorpusGen's MSBuild properties (made visible by CorpusGen.props) into <see cref="CorpusOptions"/>.</summary>
internal static class CorpusOptionsReader
{
    public static (CorpusOptions Options, EquatableArray<DiagnosticInfo> Diagnostics) Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string ns = Get(options, "CorpusGenNamespace") ?? Get(options, "RootNamespace") ?? CorpusOptions.DefaultNamespace;
        if (!ns.Split('.').All(CSharpIdentifier.IsPlainIdentifier))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "CorpusGenNamespace", ns, CorpusOptions.DefaultNamespace));
            ns = CorpusOptions.DefaultNamespace;
        }

        string className = Get(options, "CorpusGenClassName") ?? CorpusOptions.DefaultClassName;
        if (!CSharpIdentifier.IsPlainIdentifier(className))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "CorpusGenClassName", className, CorpusOptions.DefaultClassName));
            className = CorpusOptions.DefaultClassName;
        }

        string root = (Get(options, "CorpusGenNotesRoot") ?? Get(options, "ProjectDir") ?? "").Replace('\\', '/');
        if (root.Length > 0 && !root.EndsWith("/", System.StringComparison.Ordinal))
        {
            root += "/";
        }
        int perId = ReadCount(options, "CorpusGenMaxDiagnostics", CorpusOptions.DefaultMaxDiagnosticsPerId, diagnostics);
        int perFile = ReadCount(options, "CorpusGenMaxDiagnosticsPerFile", CorpusOptions.DefaultMaxDiagnosticsPerFile, diagnostics);
        return (new CorpusOptions(ns, className, root, perId, perFile), diagnostics.ToEquatableArray());
    }

    private static int ReadCount(AnalyzerConfigOptions options, string name, int defaultValue, List<DiagnosticInfo> diagnostics)
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
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, name, text, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return defaultValue;
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
