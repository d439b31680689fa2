using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CorpusGen.IntegrationTests.Infrastructure;
using Xunit;

namespace CorpusGen.IntegrationTests;

/// <summary>
/// Builds with the compiler server, the default on a developer machine: the notes reach csc in CorpusGen's
/// response file, so the server's request does not grow with the notes (it is refused past a few megabytes),
/// and a warm server's rebuild after an edit gives what a clean build gives.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerServerTests
{
    private const string Processed = "server processed compilation";

    private readonly PackageFixture _package;

    public CompilerServerTests(PackageFixture package) => _package = package;

    [Fact]
    public async Task TheServerCompiles_NotesTravelInTheResponseFile_AndAnEditRebuildMatchesACleanBuild()
    {
        // A deep folder: paths far longer than any real notes folder's, which the request no longer carries.
        string deep = string.Join("/", Enumerable.Range(0, 12).Select(i => "folder_with_a_rather_long_name_" + i.ToString(CultureInfo.InvariantCulture)));
        Consumer consumer = _package.CreateConsumer("compiler-server")
            .WriteProject("<PropertyGroup>\n  <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>\n</PropertyGroup>")
            .Write("notes/welcome.md", SampleNotes.Welcome)
            .Write("notes/guides/setup.md", SampleNotes.Setup)
            .Write($"notes/{deep}/a, b; c.md", "---\ntitle: Deep\n---\nBack to [[welcome]].\n")
            .Write("Program.cs", SampleNotes.Program);
        try
        {
            CommandResult first = await consumer.BuildAsync("-p:UseSharedCompilation=true", "-v:n");
            Assert.True(first.ExitCode == 0, first.ToString());
            AssertServerCompiled(first);

            // csc got one response file for the notes: no note path is on its command line.
            string responseFile = consumer.FullPath("obj/Debug/net10.0/corpusgen.rsp");
            string[] lines = File.ReadAllLines(responseFile);
            Assert.Equal(6, lines.Length);
            Assert.Contains($"/additionalfile:\"{consumer.FullPath($"notes/{deep}/a, b; c.md")}\"", lines);
            Assert.Contains($"/resource:\"{consumer.FullPath("notes/guides/setup.md")}\",\"CorpusGen/notes/guides/setup.md\"", lines);
            string commandLine = first.Output.Split('\n').Single(l => l.Contains(" /noconfig ", StringComparison.Ordinal) && l.Contains(" /out:", StringComparison.Ordinal));
            Assert.Matches(@"\s@obj\S+corpusgen\.rsp(\s|$)", commandLine);
            Assert.DoesNotContain("welcome.md", commandLine, StringComparison.Ordinal);

            // Edit one note and rebuild with the warm server, whose generator driver is cached.
            consumer.Write("notes/guides/setup.md", SampleNotes.Setup.Replace("Add the package", "Add the package first", StringComparison.Ordinal));
            CommandResult edit = await consumer.BuildAsync("-p:UseSharedCompilation=true", "-v:n");
            Assert.True(edit.ExitCode == 0, edit.ToString());
            AssertServerCompiled(edit);
            string[] afterEdit = GeneratedFiles(consumer);
            Assert.Contains(afterEdit, f => f.Contains("Add the package first", StringComparison.Ordinal));
            CommandResult run = await consumer.RunAsync();
            Assert.True(run.ExitCode == 0, run.ToString());

            // A clean build by a csc process of its own (no cache anywhere) writes the same files.
            CommandResult clean = await consumer.BuildAsync("--no-incremental");
            Assert.True(clean.ExitCode == 0, clean.ToString());
            Assert.DoesNotContain(Processed, clean.Output, StringComparison.Ordinal);
            Assert.Equal(GeneratedFiles(consumer), afterEdit);
            CommandResult rerun = await consumer.RunAsync();
            Assert.Equal(run.Output, rerun.Output);

            // Adding a note changes the response file, so the compiler runs again and sees it.
            consumer.Write("notes/added.md", "---\ntitle: Added later\n---\nSee [[Setup guide]].\n");
            CommandResult added = await consumer.BuildAsync("-p:UseSharedCompilation=true", "-v:n");
            Assert.True(added.ExitCode == 0, added.ToString());
            AssertServerCompiled(added);
            Assert.Contains(GeneratedFiles(consumer), f => f.Contains("Added later", StringComparison.Ordinal));
        }
        finally
        {
            await DotNet.RunAsync(consumer.Directory, null, "build-server", "shutdown", "--vbcscompiler");
        }
    }

    private static void AssertServerCompiled(CommandResult build)
    {
        Assert.Contains(Processed, build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("server rejected", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("server failed", build.Output, StringComparison.Ordinal);
    }

    private static string[] GeneratedFiles(Consumer consumer) =>
        Directory.GetFiles(consumer.GeneratedFolder).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
}
