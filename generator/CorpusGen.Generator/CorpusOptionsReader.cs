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
        return (new CorpusOptions(ns, className, root), diagnostics.ToEquatableArray());
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
