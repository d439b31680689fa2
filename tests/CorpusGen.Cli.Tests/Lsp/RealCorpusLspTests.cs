using System.IO;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace CorpusGen.Cli.Tests.Lsp;

/// <summary>The language server over the 21 273 real notes (../shared/real beside the repository), when they are there.</summary>
public sealed class RealCorpusLspTests
{
    private static readonly string s_real = Path.GetFullPath(Path.Combine(TempNotes.RepoRoot, "..", "shared", "real", "tubegraph", "content"));

    private readonly ITestOutputHelper _output;

    public RealCorpusLspTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public async Task RealCorpus_PublishesDiagnosticsAndCompletes_AndRecordsLatencyAndMemory()
    {
        Skip.IfNot(Directory.Exists(s_real), "the real corpus (../shared/real/tubegraph/content) is not beside the repository");

        LspLatency.Result result = await LspLatency.MeasureAsync(s_real, rounds: 5);

        _output.WriteLine(result.ToString()); // figures, not assertions: speed is judged by the benchmark
        Assert.Equal(21273, result.Notes);
        Assert.True(result.CompletionItems > 0, "completion after [[op offered nothing");
    }
}
