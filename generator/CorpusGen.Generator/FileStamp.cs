using System;
using System.IO;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator;

/// <summary>
/// A note file's last write time and length, for the compiler's own file-backed additional texts only.
/// The compiler server's cached driver gets a new text object for every file on every build, and reading
/// and checksumming 21 000 unchanged notes again is most of what an edit costs the generator. MSBuild decided
/// to compile from the same two facts, so a file whose stamp did not change since its cached parse is not
/// read again. Texts from anywhere else (an IDE's buffers, tests, other hosts) have no stamp: their
/// content decides.
/// </summary>
internal static class FileStamp
{
    /// <summary>The type of the texts csc makes for /additionalfile: arguments, read from disk on GetText.</summary>
    private const string CompilerFileText = "Microsoft.CodeAnalysis.AdditionalTextFile";

    /// <summary>The stamp, or 0 when the text is not the compiler's file or the file cannot be examined.</summary>
    public static long Of(AdditionalText text)
    {
        if (text.GetType().FullName != CompilerFileText)
        {
            return 0;
        }
        try
        {
#pragma warning disable RS1035 // The compiler's own file texts are files: their stamp is what MSBuild's incremental check read.
            var info = new FileInfo(text.Path);
            if (!info.Exists)
            {
                return 0;
            }
            long stamp = unchecked((info.LastWriteTimeUtc.Ticks * 1099511628211) ^ info.Length);
#pragma warning restore RS1035
            return stamp == 0 ? 1 : stamp;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return 0;
        }
    }
}
