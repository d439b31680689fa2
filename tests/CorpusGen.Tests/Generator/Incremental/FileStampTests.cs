using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Generator.Incremental;

/// <summary>
/// The compiler server's cached driver gets a new file-backed text for every note on every build: a note whose
/// file stamp did not change is neither read nor parsed again; an edited one is.
/// </summary>
public sealed class FileStampTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpusgen-stamp-" + Guid.NewGuid().ToString("N")) + "/";

    public FileStampTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ANewBuildsFileTexts_AreNotReadAgain_UnlessTheirFileChanged()
    {
        File.WriteAllText(_root + "a.md", "---\ntitle: A\n---\nSee [[b]].\n");
        File.WriteAllText(_root + "b.md", "---\ntitle: B\n---\nBack to [[a]].\n");
        var options = new Dictionary<string, string> { ["build_property.CorpusGenNotesRoot"] = _root };
        CorpusRun run = GeneratorHarness.Run(Files(), extraOptions: options);
        Assert.Empty(run.Diagnostics);
        int parsed = run.Generator.ParseCache.ParseCount;

        // Next build, nothing changed: new text objects, none read.
        Microsoft.CodeAnalysis.AdditionalTextFile[] next = Files();
        CorpusRun unchanged = run.RunAgain(d => d.ReplaceAdditionalTexts(next.Cast<AdditionalText>().ToImmutableArray()));
        Assert.Equal(0, next.Sum(f => f.Reads));
        Assert.Equal(parsed, run.Generator.ParseCache.ParseCount);
        Assert.Equal(run.Sources, unchanged.Sources);

        // Next build after an edit (content, length and write time change): that note alone is read and parsed.
        File.WriteAllText(_root + "b.md", "---\ntitle: B, edited\n---\nBack to [[a]] and [[nowhere]].\n");
        File.SetLastWriteTimeUtc(_root + "b.md", DateTime.UtcNow.AddMinutes(1));
        Microsoft.CodeAnalysis.AdditionalTextFile[] edited = Files();
        CorpusRun after = unchanged.RunAgain(d => d.ReplaceAdditionalTexts(edited.Cast<AdditionalText>().ToImmutableArray()));
        Assert.Equal(new[] { 0, 1 }, edited.Select(f => f.Reads));
        Assert.Equal(parsed + 1, run.Generator.ParseCache.ParseCount);
        Assert.Contains(after.Sources.Values, s => s.Contains("B, edited", StringComparison.Ordinal));
        Assert.Contains(after.DiagnosticLines, l => l.Contains("b.md(4,", StringComparison.Ordinal) && l.EndsWith("CG0001", StringComparison.Ordinal));
    }

    private Microsoft.CodeAnalysis.AdditionalTextFile[] Files() =>
        new[] { new Microsoft.CodeAnalysis.AdditionalTextFile(_root + "a.md"), new Microsoft.CodeAnalysis.AdditionalTextFile(_root + "b.md") };
}
