using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Generator.Emit;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using CorpusGen.Core.Records;

namespace CorpusGen.Tests.Emit;

/// <summary>The note record format the generated loaders and the runtime share: what is written reads back exactly.</summary>
public sealed class NoteRecordTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("12:34;~^@")] // the format's own characters inside a value
    [InlineData("line\nbreak \"quoted\" \\ 🎉 \u202E")]
    public void Strings_ReadBackExactly_WhateverTheyHold(string value)
    {
        var sb = new System.Text.StringBuilder();
        new NoteRecord.Writer(sb).Begin("id", "Title", null, "vid").Count(2).String(value).String(null);
        string record = sb.ToString();

        var reader = new NoteRecord.Reader(record);
        reader.ReadHeader(out string id, out string title, out string? path, out string? videoId);
        Assert.Equal(("id", "Title", null, "vid"), (id, title, path, videoId));
        Assert.Equal(2, reader.Count());
        Assert.Equal(value, reader.String());
        Assert.Null(reader.String());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void ValuesEqualToTheTitleOrVideoId_AreWrittenOnce_AndReadBackInFull()
    {
        var sb = new System.Text.StringBuilder();
        new NoteRecord.Writer(sb).Begin("a/b", "A long title", "a/b.markdown", "dQw4w9WgXcQ")
            .String("A long title").String("dQw4w9WgXcQ").String("other");
        string record = sb.ToString();

        Assert.Equal("3:a/b12:A long title12:a/b.markdown11:dQw4w9WgXcQ^@5:other", record);
        var reader = new NoteRecord.Reader(record);
        reader.ReadHeader(out _, out _, out string? path, out _);
        Assert.Equal("a/b.markdown", path);
        Assert.Equal(new[] { "A long title", "dQw4w9WgXcQ", "other" }, new[] { reader.String(), reader.String(), reader.String() });
    }

    [Theory]
    [InlineData("")] // no id
    [InlineData("5:abc")] // length past the end
    [InlineData("2x:ab")] // no terminator after the length
    [InlineData("~")] // null id
    [InlineData("1:a^")] // back-reference before the title is known
    public void MalformedRecords_ThrowFormatException_NotAnIndexError(string record)
    {
        var reader = new NoteRecord.Reader(record);
        Assert.Throws<FormatException>(() => reader.ReadHeader(out _, out _, out _, out _));
    }
}

/// <summary>A folder with more notes than one u8 literal holds: every literal is read, in order, at the right slots.</summary>
public sealed class NoteRecordLoadingTests
{
    [Fact]
    public void AFolderSpanningSeveralLiterals_LoadsEveryNoteInOrder()
    {
        int count = CorpusEmitter.RecordsPerLiteral * 2 + 3;
        var files = Enumerable.Range(0, count)
            .Select(i => new NoteFile($"big/n{i:D3}.md", $"---\ntitle: Note {i} ✓\nvideoId: v{i}\nviews: {i}\n---\nBody {i}.\n"))
            .Append(new NoteFile("other.md", "---\ntitle: Other\n---\nAt the root.\n"))
            .ToArray();

        CorpusRun run = GeneratorHarness.Run(files);

        Assert.Empty(run.CompilationProblems);
        string folder = run.Sources.Single(s => s.Key.Contains(".big", StringComparison.Ordinal)).Value;
        Assert.Equal(3, folder.Split('\n').Count(line => line.TrimEnd().EndsWith("u8);", StringComparison.Ordinal)));
        IReadOnlyList<CorpusGen.Note> notes = run.LoadNotes();
        CorpusGen.Note[] big = notes.Where(n => n.Folder == "big").ToArray();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"Note {i} ✓"), big.Select(n => n.Title));
        Assert.Equal(Enumerable.Range(0, count).Select(i => "v" + i), big.Select(n => n.VideoId));
        Assert.All(notes, n => Assert.Same(n, n.Corpus.GetNote(n.Index)));
        Assert.Equal("Other", notes.Single(n => n.Id == "other").Title);
    }
}
