using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace CorpusGen.IntegrationTests.Infrastructure;

/// <summary>Paths in the CorpusGen repository, found from this file's own location at compile time.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the folder holding CorpusGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The generator's folder (analyzer release tracking files, build/ props and targets).</summary>
    public static string GeneratorDirectory => Path.Combine(Root, "generator", "CorpusGen.Generator");

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        for (string? dir = Path.GetDirectoryName(thisFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "CorpusGen.sln")))
            {
                return dir;
            }
        }
        throw new InvalidOperationException($"No CorpusGen.sln above {thisFile}: the tests must run from a clone of the repository.");
    }
}
