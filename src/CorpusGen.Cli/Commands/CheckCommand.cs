using System.CommandLine;
using System.IO;
using System.Linq;
using CorpusGen.Cli.Output;
using CorpusGen.Cli.Workspace;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Cli.Commands;

/// <summary><c>corpusgen check [folder]</c>: the build's diagnostics for a folder of notes; exit 1 when one is an error.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var format = new Option<DiagnosticFormat>("--format", "-f")
        {
            Description = "text (MSBuild-style lines, the default), sarif, json or github (workflow annotations).",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the standard output." };
        var command = new Command("check", "Check every note of a folder with the build's rules: broken wiki-links, headings, timestamps, front matter.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => Program.Guard(context, () =>
        {
            Workspace workspace = common.Resolve(parse, context);
            CheckResult result = workspace.Check(context);
            DiagnosticFormat chosen = parse.GetValue(format);
            string? outputPath = parse.GetValue(output);
            if (outputPath is not null)
            {
                using var writer = new StreamWriter(Path.Combine(context.CurrentDirectory, outputPath));
                DiagnosticFormats.Write(chosen, result, writer, context.CurrentDirectory);
            }
            else
            {
                DiagnosticFormats.Write(chosen, result, context.Out, context.CurrentDirectory);
            }

            // The totals go to the error stream, so a report on the standard output stays machine-readable.
            int infos = result.Diagnostics.Count(d => d.Severity == Severity.Info);
            context.Error.WriteLine($"{Plural(result.Files.Count, "note")} checked in {result.Elapsed.TotalSeconds:0.0} s: "
                + $"{Plural(result.Errors, "error")}, {Plural(result.Warnings, "warning")}" + (infos > 0 ? $", {Plural(infos, "message")}" : ""));
            return result.Errors > 0 ? ExitCodes.ErrorsReported : ExitCodes.Success;
        }));
        return command;
    }

    private static string Plural(int n, string word) => n == 1 ? "1 " + word : n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + word + "s";
}
