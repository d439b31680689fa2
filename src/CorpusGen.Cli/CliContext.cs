using System.IO;

namespace CorpusGen.Cli;

/// <summary>Where a command reads and writes: the process's console, or a test's writers.</summary>
/// <param name="Terminal">The error stream when it is a terminal (progress goes there); null when redirected.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string CurrentDirectory, TextWriter? Terminal);

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing reported as an error (warnings may have been).</summary>
    public const int Success = 0;

    /// <summary>At least one error was reported.</summary>
    public const int ErrorsReported = 1;

    /// <summary>The command line or its folder cannot be used: unknown option, missing folder, no notes.</summary>
    public const int UsageError = 2;
}

/// <summary>A problem with what the user asked for, reported as one line and <see cref="ExitCodes.UsageError"/>.</summary>
internal sealed class UsageException : System.Exception
{
    public UsageException(string message) : base(message)
    {
    }
}
