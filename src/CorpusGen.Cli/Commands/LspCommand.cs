using System;
using System.CommandLine;
using System.IO;
using CorpusGen.Cli.Lsp;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen lsp [folder]</c>: the language server, over stdio. The folder defaults to the workspace
/// root the editor sends in <c>initialize</c>.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The notes folder (default: the workspace folder the editor opens).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var stdio = new Option<bool>("--stdio") { Description = "Speak over the standard streams (the default; accepted because editors pass it)." };
        var command = new Command("lsp", "Run the language server over stdio: the build's diagnostics as you type, completion of links and headings, hover, go to definition, references, symbols, rename, quick fixes.");
        command.Arguments.Add(folder);
        command.Options.Add(stdio);
        command.SetAction(parse => Program.Guard(context, () =>
        {
            string? given = parse.GetValue(folder);
            string? root = given is null ? null : CommonOptions.FolderOf(parse, folder, context);
            if (root is not null)
            {
                CommonOptions.RequireFolder(root);
            }
            using Stream input = new BufferedStream(Console.OpenStandardInput());
            using Stream output = Console.OpenStandardOutput();
            var server = new LanguageServer(new LspConnection(input, output), root, context.Error);
            return server.RunAsync().GetAwaiter().GetResult();
        }));
        return command;
    }
}
