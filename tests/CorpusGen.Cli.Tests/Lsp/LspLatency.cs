using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace CorpusGen.Cli.Tests.Lsp;

// Shared with tests/CorpusGen.Benchmarks (lsp-latency), so it depends on no test framework.

/// <summary>
/// What an editor waits for, measured over the protocol: start-up to the first diagnostics of an opened note,
/// diagnostics after each change (a new broken link typed into the note) and completion after <c>[[</c>.
/// </summary>
internal static class LspLatency
{
    internal sealed record Result(int Notes, double StartupMs, double FirstDiagnosticsMs, double DiagnosticsMedianMs, double CompletionMedianMs,
        int CompletionItems, long WorkingSetBytes, long PeakWorkingSetBytes)
    {
        public override string ToString() =>
            $"{Notes} notes: start-up to first diagnostics {FirstDiagnosticsMs:0} ms (initialize {StartupMs:0} ms); "
            + $"diagnostics after a change {DiagnosticsMedianMs:0.0} ms (median); completion after [[ {CompletionMedianMs:0.0} ms (median, {CompletionItems} items); "
            + $"working set {WorkingSetBytes / 1048576.0:0} MB (peak {PeakWorkingSetBytes / 1048576.0:0} MB)";
    }

    public static async Task<Result> MeasureAsync(string folder, int rounds, string? serverDll = null)
    {
        string[] files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        string note = files[files.Length / 2];
        string text = File.ReadAllText(note);

        var watch = Stopwatch.StartNew();
        await using LspClient client = await LspClient.StartAsync(folder, serverDll);
        double startup = watch.Elapsed.TotalMilliseconds;
        await client.OpenAsync(note, text);
        await client.DiagnosticsAsync(note);
        double first = watch.Elapsed.TotalMilliseconds;

        var diagnostics = new List<double>();
        var completions = new List<double>();
        int items = 0;
        for (int round = 0; round < rounds; round++)
        {
            string edited = text + $"\n\nSee [[missing_note_{round}]].\n\n[[op";
            int before = client.NotificationCount;
            var change = Stopwatch.StartNew();
            await client.ChangeAsync(note, round + 2, edited);
            string wanted = $"missing_note_{round}";
            await client.DiagnosticsAsync(note, before, d => d.Any(x => x!["message"]!.GetValue<string>().Contains(wanted, StringComparison.Ordinal)));
            diagnostics.Add(change.Elapsed.TotalMilliseconds);

            int lastLine = edited.Split('\n').Length - 1;
            var completion = Stopwatch.StartNew();
            JsonNode? result = await client.ResultAsync("textDocument/completion", LspClient.At(note, lastLine, 4));
            completions.Add(completion.Elapsed.TotalMilliseconds);
            items = result!["items"]!.AsArray().Count;
        }
        long workingSet = client.WorkingSet, peak = client.PeakWorkingSet;
        await client.ShutdownAsync();
        return new Result(files.Length, startup, first, Median(diagnostics), Median(completions), items, workingSet, peak);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
