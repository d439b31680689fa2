using System.IO;
using System.Runtime.CompilerServices;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Paths in the source tree: fixtures and snapshots are read where they are committed.</summary>
internal static class TestPaths
{
    public static string TestsDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;

    public static string RepoRoot => Path.GetFullPath(Path.Combine(TestsDirectory(), "..", ".."));

    public static string Seeds => Path.Combine(TestsDirectory(), "Fixtures", "Seeds");

    public static string Notes => Path.Combine(RepoRoot, "notes");

    /// <summary>The real corpus beside the repository (../shared/real/tubegraph/content), when present.</summary>
    public static string RealCorpus => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "real", "tubegraph", "content"));
}
