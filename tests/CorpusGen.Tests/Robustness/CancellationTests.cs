using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Generator;
using CorpusGen.Core.Model;
using CorpusGen.Core.Parsing;
using CorpusGen.Core.Validation;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// Cancellation is honoured, never swallowed: a cancelled build ends with OperationCanceledException, not
/// with CS8785 (which would drop all output) and not with a CG0012 per note.
/// </summary>
public sealed class CancellationTests
{
    /// <summary>Cancels a token the moment the compiler asks for this file's text: cancellation in the middle of a run.</summary>
    private sealed class CancellingText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly CancellationTokenSource _source;

        public CancellingText(string path, string text, CancellationTokenSource source)
        {
            Path = path;
            _text = SourceText.From(text);
            _source = source;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            _source.Cancel();
            return _text;
        }
    }

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> texts) => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() },
        texts,
        GeneratorHarness.ParseOptions,
        new TestOptionsProvider(new Dictionary<string, string> { ["build_property.CorpusGenNotesRoot"] = GeneratorHarness.NotesRoot }));

    private static string BigNote(int i, int paragraphs) =>
        Note("Note " + i, string.Concat(Enumerable.Range(0, paragraphs).Select(p =>
            $"## Part {p}\n\nText [[note_{(i + 1) % 50}]] at <a class=\"yt-timestamp\" data-t=\"00:00:{p % 60:00}\">[00:00:{p % 60:00}]</a>.\n\n")),
            "tags: [a, b, c]", "views: " + i);

    private static IEnumerable<AdditionalText> Corpus(int notes, int paragraphs) =>
        Enumerable.Range(0, notes).Select(i => (AdditionalText)new InMemoryAdditionalText($"{GeneratorHarness.NotesRoot}f{i % 5}/note_{i}.md", BigNote(i, paragraphs)));

    private static void AssertCancelled(Action run)
    {
        Exception? thrown = Record.Exception(run);
        Assert.NotNull(thrown);
        Assert.True(thrown is OperationCanceledException, "expected OperationCanceledException, got " + thrown);
    }

    [Fact]
    public void AlreadyCancelledToken_ThrowsOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        GeneratorDriver driver = Driver(Corpus(20, 10));
        AssertCancelled(() => driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(""), out _, out _, source.Token));
    }

    [Fact]
    public void TokenCancelledWhileNotesAreRead_ThrowsOperationCanceled_NotCS8785()
    {
        using var source = new CancellationTokenSource();
        var texts = Corpus(30, 20).ToList();
        texts.Insert(10, new CancellingText(GeneratorHarness.NotesRoot + "cancel/now.md", BigNote(99, 20), source));
        GeneratorDriver driver = Driver(texts);

        ImmutableArray<Diagnostic> diagnostics = default;
        AssertCancelled(() => driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(""), out _, out diagnostics, source.Token));
        Assert.True(diagnostics.IsDefault || !diagnostics.Any(d => d.Id is "CS8784" or "CS8785" or "CG0012"));
    }

    [Fact]
    public void TokenCancelledMidRun_StopsParsing_BeforeTheRestOfTheNotes()
    {
        // The 51st of 201 notes cancels the token as the generator reads it: the run must stop there, not
        // parse the 150 notes after it (counted by the generator instance's own parse cache).
        using var source = new CancellationTokenSource();
        var texts = Corpus(200, 20).ToList();
        texts.Insert(50, new CancellingText(GeneratorHarness.NotesRoot + "cancel/now.md", BigNote(99, 20), source));
        var generator = new CorpusGenerator();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.CorpusGenNotesRoot"] = GeneratorHarness.NotesRoot }));

        AssertCancelled(() => driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(""), out _, out _, source.Token));

        Assert.InRange(generator.ParseCache.ParseCount, 0, 60);
    }

    [Fact]
    public void NoteParser_WithCancelledToken_Throws_ForFrontMatterAndForBody()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        string withFrontMatter = BigNote(1, 200);
        string bodyOnly = withFrontMatter.Substring(withFrontMatter.IndexOf("## Part 0", StringComparison.Ordinal));

        AssertCancelled(() => NoteParser.Parse(GeneratorHarness.NotesRoot + "a.md", withFrontMatter, Options, source.Token));
        AssertCancelled(() => NoteParser.Parse(GeneratorHarness.NotesRoot + "b.md", bodyOnly, Options, source.Token));
    }

    [Fact]
    public void NoteParser_WithCancelledToken_Throws_ForFrontMatterOnly()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        string yamlOnly = "---\ntitle: Only YAML\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"key{i}: {i}\n")) + "---\n";

        AssertCancelled(() => NoteParser.Parse(GeneratorHarness.NotesRoot + "a.md", yamlOnly, Options, source.Token));
    }

    [Fact]
    public void NoteParser_CancelledDuringAHugeNote_ThrowsOperationCanceled()
    {
        string huge = Note("Huge", string.Concat(Enumerable.Range(0, 60_000).Select(i => $"Paragraph {i} with [[link {i}]] and [00:01:{i % 60:00}].\n\n")));
        using var source = new CancellationTokenSource();
        // A dedicated thread, not CancelAfter: timer callbacks wait for a thread-pool thread, and on a busy
        // 2-core CI the parse can finish first.
        var canceller = new Thread(() => { Thread.Sleep(50); source.Cancel(); });
        canceller.Start();
        AssertCancelled(() => NoteParser.Parse(GeneratorHarness.NotesRoot + "huge.md", huge, Options, source.Token));
        canceller.Join();
    }

    [Fact]
    public void CorpusBuilder_WithCancelledToken_Throws()
    {
        ImmutableArray<ParsedNoteSpec> parsed = Enumerable.Range(0, 50)
            .Select(i => NoteParser.Parse($"{GeneratorHarness.NotesRoot}note_{i}.md", BigNote(i, 5), Options, CancellationToken.None))
            .ToImmutableArray();
        using var source = new CancellationTokenSource();
        source.Cancel();
        AssertCancelled(() => CorpusBuilder.Build(parsed, Options, source.Token));
    }
}
