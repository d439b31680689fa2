using System;
using System.CommandLine;
using System.IO;
using CorpusGen.Cli.Commands;

namespace CorpusGen.Cli;

/// <summary>
/// The <c>corpusgen</c> command: <c>check</c>, <c>stats</c> and <c>fix</c> over a folder of notes, with the
/// rules, options and diagnostics of the CorpusGen build (both are hosts of CorpusGen.Core).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var context = new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(),
            Console.IsErrorRedirected ? null : Console.Error);
        return Run(args, context);
    }

    /// <summary>Runs one command line; every failure becomes a message on the error stream and an exit code, never a crash.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("corpusgen: the CorpusGen build's checks for a folder of markdown notes (wiki-links, timestamps, front matter).")
        {
            CheckCommand.Create(context),
            StatsCommand.Create(context),
            FixCommand.Create(context),
            LspCommand.Create(context),
        };
        try
        {
            ParseResult parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    context.Error.WriteLine("corpusgen: " + error.Message);
                }
                context.Error.WriteLine("Run 'corpusgen --help' for the commands and options.");
                return ExitCodes.UsageError;
            }
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            context.Error.WriteLine("corpusgen: internal error: " + ex);
            return ExitCodes.UsageError + 1;
        }
    }

    /// <summary>Runs a command's body: a <see cref="UsageException"/> is one line and exit 2.</summary>
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine("corpusgen: " + ex.Message);
            return ExitCodes.UsageError;
        }
    }
}
