using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace CorpusGen.Benchmarks;

public static class Program
{
    /// <summary>
    /// `-- stages [real syn1k syn10k syn50k]`: the stage timer; `write-synthetic N dir` writes a corpus; anything else goes to BenchmarkDotNet
    /// (e.g. `-- --filter '*'`, `-- --filter '*Cold*'`).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "stages")
        {
            StageTimer.Run(args.Skip(1).ToArray());
            return;
        }
        if (args.Length > 0 && args[0] == "profile")
        {
            // A loop to attach a profiler to: `dotnet-trace collect -- <this dll> profile parse|cold [corpus] [rounds]`.
            ProfileLoop.Run(args.Skip(1).ToArray());
            return;
        }
        if (args.Length > 2 && args[0] == "write-synthetic")
        {
            // `write-synthetic <count> <dir>`: a synthetic corpus on disk, to build it with `dotnet build`
            // (tests/RealCorpusBuild with -p:CorpusGenNotesDir=<dir>).
            int count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            CorpusGen.Synthetic.SyntheticCorpus.WriteTo(args[2], CorpusGen.Synthetic.SyntheticCorpus.Generate(count));
            return;
        }
        if (args.Length > 1 && args[0] == "floor-cold")
        {
            // `floor-cold <dir>`: the floor as a new process pays it: read every note from disk and parse it with
            // Markdig and YamlDotNet, single-threaded (check-vs-floor.sh times it beside `corpusgen check`).
            long sum = 0;
            foreach (string path in System.IO.Directory.EnumerateFiles(args[1], "*.md", System.IO.SearchOption.AllDirectories))
            {
                sum += Floor.ParseOne(System.IO.File.ReadAllText(path));
            }
            Console.WriteLine(sum);
            return;
        }
        if (args.Length > 0 && args[0] == "lsp-latency")
        {
            // `lsp-latency [rounds] [folder…]`: the language server's start-up, diagnostics and completion latency and
            // memory, over the protocol; by default synthetic 1 000 and 10 000 notes and the real corpus.
            LspBenchmark.Run(args.Skip(1).ToArray());
            return;
        }
        if (args.Length > 0 && args[0] == "compile-exp")
        {
            CompileExperiment.Run(args.Length > 1 ? args[1] : "syn1k");
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
