using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Cli.Tests.Lsp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The language server at three sizes, one after the other: synthetic corpora of 1 000 and 10 000 notes
/// (written to a temporary folder) and the 21 273 real notes. Each size: start-up to the first diagnostics of
/// an opened note, then rounds of a change (a broken link typed in) and a completion after <c>[[</c>.
/// </summary>
internal static class LspBenchmark
{
    public static void Run(string[] args)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], out int r) ? r : 15;
        var folders = args.Skip(1).ToList();
        string? temp = null;
        if (folders.Count == 0)
        {
            temp = Path.Combine(Path.GetTempPath(), "corpusgen-lsp-bench-" + Guid.NewGuid().ToString("N"));
            foreach (int size in new[] { 1000, 10000 })
            {
                string folder = Path.Combine(temp, "syn" + size);
                CorpusGen.Synthetic.SyntheticCorpus.WriteTo(folder, CorpusGen.Synthetic.SyntheticCorpus.Generate(size));
                folders.Add(folder);
            }
            string real = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/real/tubegraph/content"));
            if (Directory.Exists(real))
            {
                folders.Add(real);
            }
        }
        try
        {
            foreach (string folder in folders)
            {
                LspLatency.Result result = LspLatency.MeasureAsync(folder, rounds, Path.Combine(AppContext.BaseDirectory, "corpusgen.dll")).GetAwaiter().GetResult();
                Console.WriteLine(result);
            }
        }
        finally
        {
            if (temp is not null)
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
