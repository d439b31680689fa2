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
/// Compiles the generated trees as they are, then variants (nullable off; u8 body arms removed;
/// bodies as one shared literal) so the cost can be attributed to a code shape.
/// </summary>
internal static class CompileExperiment
{
    public static void Run(string corpus)
    {
        var driver = Corpora.CreateDriver(Corpora.Load(corpus)).RunGenerators(Corpora.EmptyCompilation());
        string[] sources = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray();
        var u8Arm = new Regex(@"^(\s*\d+ => )"".*""u8,$", RegexOptions.Multiline);

        Measure("as generated", sources, NullableContextOptions.Enable);
        Measure("nullable disabled", sources, NullableContextOptions.Disable);
        Measure("u8 arms -> \"x\"u8 (same arm count)", sources.Select(s => u8Arm.Replace(s, "$1\"x\"u8,")).ToArray(), NullableContextOptions.Enable);
        Measure("u8 arms removed (switch has only _ =>)", sources.Select(s => u8Arm.Replace(s, "")).ToArray(), NullableContextOptions.Enable);
    }

    private static void Measure(string name, string[] sources, NullableContextOptions nullable)
    {
        var sw = Stopwatch.StartNew();
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, Corpora.ParseOptions)).ToArray();
        double parse = sw.Elapsed.TotalMilliseconds;
        var compilation = Corpora.EmptyCompilation(trees).WithOptions(Corpora.EmptyCompilation().Options.WithNullableContextOptions(nullable));
        sw.Restart();
        int diags = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        double bind = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        using var stream = new MemoryStream();
        bool ok = compilation.Emit(stream).Success;
        Console.WriteLine($"{name,-44} parse {parse,7:F0} ms  diagnostics(bind) {bind,7:F0} ms  emit {sw.Elapsed.TotalMilliseconds,7:F0} ms  ok={ok} errors={diags} dll={stream.Length / 1e6:F1} MB");
    }
}
