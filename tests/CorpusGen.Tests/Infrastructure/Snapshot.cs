using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots: the committed <c>Snapshots/NAME.verified.cs</c> beside the test must equal
/// the actual text byte for byte. On a mismatch <c>NAME.received.cs</c> is written beside it (git-ignored)
/// to diff and, if right, rename. CORPUSGEN_ACCEPT_SNAPSHOTS=1 writes the verified file instead.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        string verified = Path.Combine(directory, name + ".verified.cs");
        string received = Path.Combine(directory, name + ".received.cs");

        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable("CORPUSGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"Generated source differs from {verified}; the actual text is in {received}."
            : $"No snapshot {verified} yet; the actual text is in {received}.");
    }
}
