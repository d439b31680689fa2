namespace CorpusGen.Generator;

/// <summary>Names of the pipeline steps, so tests can assert which ones re-ran (IncrementalStepRunReason).</summary>
internal static class TrackingNames
{
    public const string Options = "CorpusGen.Options";
    public const string ParseNote = "CorpusGen.ParseNote";
    public const string Severities = "CorpusGen.Severities";
    public const string BuildCorpus = "CorpusGen.BuildCorpus";
    public const string CorpusDiagnostics = "CorpusGen.CorpusDiagnostics";
    public const string Root = "CorpusGen.Root";
    public const string Folders = "CorpusGen.Folders";
    public const string Documentation = "CorpusGen.Documentation";
}
