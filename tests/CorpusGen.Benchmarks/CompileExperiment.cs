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
/// Compiles the generated trees as they are, then variants (nullable analysis off; loader calls with their
/// records removed; doc comments removed) so the cost can be attributed to a code shape.
/// </summary>
internal static class CompileExperiment
{
    public static void Run(string corpus)
    {
        var driver = Corpora.CreateDriver(Corpora.Load(corpus)).RunGenerators(Corpora.EmptyCompilation());
        string[] sources = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray();
        Console.WriteLine($"{sources.Length} generated files, {sources.Sum(s => (long)s.Length) / 1e6:F1} M characters{string.Concat(driver.GetRunResult().Results.Select(r => r.Exception is null ? "" : "; generator failed: " + r.Exception))}");
        var loaderCall = new Regex(@"^\s*global::CorpusGen\.NoteLoader\.Load\(.*\n.*u8\);\n", RegexOptions.Multiline);
        var docLine = new Regex(@"^\s*///.*\n", RegexOptions.Multiline);

        Measure("as generated (JIT warm-up)", sources);
        Measure("as generated", sources);
        Measure("as generated (again, warmer)", sources);
        Measure("#nullable disable in generated files", sources.Select(s => s.Replace("#nullable enable", "#nullable disable")).ToArray());
        Measure("#nullable enable annotations (no flow analysis)", sources.Select(s => s.Replace("#nullable enable", "#nullable enable annotations")).ToArray());
        Measure("loader calls (records) removed", sources.Select(s => loaderCall.Replace(s, "")).ToArray());
        Measure("doc comments removed", sources.Select(s => docLine.Replace(s, "")).ToArray());
        var byId = new Regex(@"= global::[\w.]+\.Corpus\.Get\(""(?:[^""\\]|\\.)*""\);");
        var firstField = new Regex(@"^(\s*)(public static readonly __Note )", RegexOptions.Multiline);
        Measure("notes taken by index from the folder's array", sources.Select(s =>
        {
            int n = 0;
            string indexed = byId.Replace(s, _ => "= __F[" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
            return n == 0 ? s : firstField.Replace(indexed, "$1private static readonly __Note[] __F = new __Note[" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "];\n$1$2", 1);
        }).ToArray());
        Measure("as generated (last, warmest)", sources);
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
