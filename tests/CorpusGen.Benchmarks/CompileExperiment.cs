using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- compile-exp [corpus]`: why compiling the generated code costs what it does.
/// Compiles the generated trees as they are, then variants (nullable analysis off; loader statements
/// removed; doc comments removed) so the cost can be attributed to a code shape.
/// </summary>
internal static class CompileExperiment
{
    public static void Run(string corpus)
    {
        var driver = Corpora.CreateDriver(Corpora.Load(corpus)).RunGenerators(Corpora.EmptyCompilation());
        string[] sources = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray();
        var loaderLine = new Regex(@"^\s*notes\[offset \+ \d+\] = .*$", RegexOptions.Multiline);
        var docLine = new Regex(@"^\s*///.*\n", RegexOptions.Multiline);

        Measure("as generated (JIT warm-up)", sources);
        Measure("as generated", sources);
        Measure("as generated (again, warmer)", sources);
        Measure("#nullable disable in generated files", sources.Select(s => s.Replace("#nullable enable", "#nullable disable")).ToArray());
        Measure("#nullable enable annotations (no flow analysis)", sources.Select(s => s.Replace("#nullable enable", "#nullable enable annotations")).ToArray());
        var initializer = new Regex(@"new __FrontMatter \{.*\}\);$", RegexOptions.Multiline);
        Measure("front matter initializers emptied", sources.Select(s => initializer.Replace(s.Replace("#nullable enable", "#nullable disable"), "new __FrontMatter());")).ToArray());
        Measure("loader statements removed", sources.Select(s => loaderLine.Replace(s, "")).ToArray());
        Measure("doc comments removed", sources.Select(s => docLine.Replace(s, "")).ToArray());
        Measure("loader statements as one string literal each", sources.Select(s => LoaderAsLiterals(s, loaderLine, concatenate: false)).ToArray());
        Measure("loader statements as one concatenated literal", sources.Select(s => LoaderAsLiterals(s, loaderLine, concatenate: true)).ToArray());
        Measure("as generated (last, warmest)", sources);
        Measure("#nullable enable annotations (last)", sources.Select(s => s.Replace("#nullable enable", "#nullable enable annotations")).ToArray());
    }

    /// <summary>Each folder's loader statements become elements of one string array (a data-driven loader's shape).</summary>
    private static string LoaderAsLiterals(string source, Regex loaderLine, bool concatenate)
    {
        var sb = new System.Text.StringBuilder();
        bool inLoader = false;
        foreach (string line in source.Split('\n'))
        {
            bool isLoader = loaderLine.IsMatch(line);
            if (isLoader && !inLoader)
            {
                sb.Append(concatenate ? "const string __d =\n" : "string[] __d = {\n");
            }
            else if (!isLoader && inLoader)
            {
                sb.Append(concatenate ? "\"\";\n_ = __d;\n" : "};\n");
            }
            inLoader = isLoader;
            sb.Append(isLoader ? SymbolDisplay.FormatLiteral(line.Trim(), quote: true) + (concatenate ? " +" : ",") : line).Append('\n');
        }
        return sb.ToString();
    }

    private static void Measure(string name, string[] sources)
    {
        var sw = Stopwatch.StartNew();
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, Corpora.ParseOptions)).ToArray();
        double parse = sw.Elapsed.TotalMilliseconds;
        var compilation = Corpora.EmptyCompilation(trees);
        sw.Restart();
        int diags = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        double bind = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        using var stream = new MemoryStream();
        bool ok = compilation.Emit(stream).Success;
        Console.WriteLine($"{name,-44} parse {parse,7:F0} ms  diagnostics(bind) {bind,7:F0} ms  emit {sw.Elapsed.TotalMilliseconds,7:F0} ms  ok={ok} errors={diags} dll={stream.Length / 1e6:F1} MB");
    }
}
