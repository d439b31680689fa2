using System;
using System.IO;
using System.Text;
using CorpusGen.Cli;

namespace CorpusGen.Cli.Tests;

/// <summary>A temporary folder of notes, deleted after the test, and a way to run corpusgen in it.</summary>
internal sealed class TempNotes : IDisposable
{
    public TempNotes()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpusgen-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "notes"));
    }

    public string Root { get; }

    /// <summary>The repository's root, found from this source file's place in it.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    public string Notes => Path.Combine(Root, "notes");

    public TempNotes Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public TempNotes WriteBytes(string relativePath, byte[] bytes)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = Program.Run(args, new CliContext(output, error, Root, Terminal: null));
        return (exit, output.ToString(), error.ToString());
    }

    public static string Note(string title, string body) => $"---\ntitle: {title}\n---\n{body}";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
