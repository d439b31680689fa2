using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CorpusGen.Cli.Workspace;

namespace CorpusGen.Cli.Commands;

/// <summary>The folder argument and the options every command shares: they set what a build's MSBuild properties and analyzer configs set.</summary>
internal sealed class CommonOptions
{
    public Argument<string?> Folder { get; } = new("folder")
    {
        Description = "The notes folder (default: the current directory). Every **/*.md file under it is a note, as in a build.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string[]> Config { get; } = new("--config")
    {
        Description = "A global analyzer config (is_global = true) to read severities and build_property values from, after the .globalconfig files of the folder and its parents.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Property { get; } = new("--property", "-p")
    {
        Description = "An MSBuild property as the build would pass it, Name=Value (CorpusGenMaxDiagnostics, CorpusGenMaxDiagnosticsPerFile, CorpusGenClassName, …).",
    };

    public Option<int?> MaxDiagnostics { get; } = new("--max-diagnostics")
    {
        Description = "Diagnostics reported per ID (CorpusGenMaxDiagnostics; default 100, 0 for no cap).",
    };

    public Option<int?> MaxDiagnosticsPerFile { get; } = new("--max-diagnostics-per-file")
    {
        Description = "Diagnostics reported per note (CorpusGenMaxDiagnosticsPerFile; default 50, 0 for no cap).",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Folder);
        command.Options.Add(Config);
        command.Options.Add(Property);
        command.Options.Add(MaxDiagnostics);
        command.Options.Add(MaxDiagnosticsPerFile);
    }

    /// <summary>The folder argument as a full path; a word that looks like an option is one the command does not know.</summary>
    public static string FolderOf(ParseResult parse, Argument<string?> argument, CliContext context)
    {
        string given = parse.GetValue(argument) ?? ".";
        if (given.StartsWith("-", StringComparison.Ordinal) && !Directory.Exists(Path.Combine(context.CurrentDirectory, given)))
        {
            throw new UsageException($"unknown option '{given}'. Run 'corpusgen --help' for the commands and options.");
        }
        return Path.GetFullPath(Path.Combine(context.CurrentDirectory, given));
    }

    /// <summary>A <see cref="UsageException"/> unless <paramref name="folder"/> is a folder.</summary>
    public static void RequireFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException(File.Exists(folder)
                ? $"'{folder}' is a file; give the folder of the notes"
                : $"the folder '{folder}' does not exist");
        }
    }

    /// <summary>The notes of a folder, or a <see cref="UsageException"/> when it has none.</summary>
    public static List<string> NotesOf(string folder)
    {
        List<string> notes = NoteFolder.FindNotes(folder);
        if (notes.Count == 0)
        {
            throw new UsageException($"no notes (*.md files) under '{folder}'");
        }
        return notes;
    }

    /// <summary>The folder, its notes, the configuration and the properties, or a <see cref="UsageException"/> saying what is wrong.</summary>
    public Workspace Resolve(ParseResult parse, CliContext context)
    {
        string folder = FolderOf(parse, Folder, context);
        RequireFolder(folder);

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string pair in parse.GetValue(Property) ?? Array.Empty<string>())
        {
            int equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw new UsageException($"--property takes Name=Value, not '{pair}'");
            }
            properties[pair.Substring(0, equals).Trim()] = pair.Substring(equals + 1).Trim();
        }
        if (parse.GetValue(MaxDiagnostics) is int perId)
        {
            properties["CorpusGenMaxDiagnostics"] = perId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (parse.GetValue(MaxDiagnosticsPerFile) is int perFile)
        {
            properties["CorpusGenMaxDiagnosticsPerFile"] = perFile.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        string[] configFiles = (parse.GetValue(Config) ?? Array.Empty<string>())
            .Select(f => Path.GetFullPath(Path.Combine(context.CurrentDirectory, f))).ToArray();
        foreach (string file in configFiles.Where(f => !File.Exists(f)))
        {
            throw new UsageException($"the config file '{file}' does not exist");
        }

        List<string> notes = NotesOf(folder);
        return new Workspace(folder, notes, AnalyzerConfig.Discover(folder, configFiles), properties);
    }
}

/// <summary>A resolved folder of notes with its configuration.</summary>
internal sealed record Workspace(string Folder, IReadOnlyList<string> Notes, AnalyzerConfig Config, IReadOnlyDictionary<string, string> Properties)
{
    public CheckResult Check(CliContext context)
    {
        using var progress = new Output.ProgressLine(context.Terminal, "checking notes", Notes.Count);
        return CorpusCheck.Run(Folder, Notes, Config, Properties, progress.Report);
    }
}
