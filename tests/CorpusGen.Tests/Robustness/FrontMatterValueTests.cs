using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// Front-matter keys and values at the edges of their types: every key becomes a valid, distinct property,
/// every value becomes a literal that compiles and reads back exactly.
/// </summary>
public sealed class FrontMatterValueTests
{
    [Fact]
    public void HostileKeys_BecomeValidDistinctProperties_AndKeepTheirValues()
    {
        string[] keys =
        {
            "class", "123", "Equals", "ToString", "GetType", "video-id", "videoId", "video_id", "VideoId", "NotesFrontMatter",
            "🎉", "\u202Eevil", "a b c", "key \"*/ </c>", "{0}", "x\u200By", "ünïcödé", "İi", "_", "k:colon",
        };
        string yaml = string.Join("\n", keys.Select((k, i) => Robust.YamlQuoted(k) + ": " + Robust.YamlQuoted("value " + i)));
        var inputs = new[] { Robust.Text("keys.md", "---\ntitle: Keys\n" + yaml + "\n---\nBody.\n") };

        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        Dictionary<string, object?> values = Robust.FrontMatterValues(run.LoadNotes().Single());
        Assert.Equal(keys.Length + 1, values.Count); // + Title
        Assert.Equal(keys.Select((_, i) => "value " + i).Append("Keys").OrderBy(v => v, StringComparer.Ordinal),
            values.Values.Cast<string>().OrderBy(v => v, StringComparer.Ordinal));
        Assert.All(values.Keys, name => Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name), name));
    }

    [Fact]
    public void NumbersAtTheEdges_CompileAndRoundTrip()
    {
        var cases = new (string Key, string Yaml, object? Expected)[]
        {
            ("max", "9223372036854775807", long.MaxValue),
            ("min", "-9223372036854775808", long.MinValue),
            ("plus", "+5", 5L),
            ("negzero", "-0", 0L),
            ("overflow", "9223372036854775808", 9223372036854775808d),
            ("tiny", "5e-324", double.Epsilon),
            ("huge", "1.7976931348623157e308", double.MaxValue),
            ("small", "1e-7", 1e-7),
            ("half", ".5", 0.5),
            ("minuszero", "-0.0", -0.0),
            ("underflow", "1e-400", 0.0),
            ("infinite", "1e999", "1e999"),
            ("nan", ".nan", ".nan"),
            ("hex", "0x1F", "0x1F"),
            ("octal", "0o17", "0o17"),
            ("yes", "yes", "yes"),
        };
        string yaml = string.Join("\n", cases.Select(c => c.Key + ": " + c.Yaml));
        var inputs = new[] { Robust.Text("numbers.md", "---\ntitle: Numbers\n" + yaml + "\n---\n") };

        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        CorpusGen.Note note = run.LoadNotes().Single();
        foreach (var (key, text, expected) in cases)
        {
            object? actual = Robust.FrontMatter(note, char.ToUpperInvariant(key[0]) + key.Substring(1));
            Assert.True(Equals(expected, actual), $"{key}: {text} read back as {actual} ({actual?.GetType().Name}), expected {expected} ({expected?.GetType().Name})");
            if (expected is double d)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits((double)actual!)); // -0.0 stays -0.0
            }
        }
    }

    [Fact]
    public void DatesAtTheEdges_CompileAndRoundTrip()
    {
        var cases = new (string Key, string Yaml, object Expected)[]
        {
            ("first", "0001-01-01", new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            ("last", "9999-12-31", new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero)),
            ("offset", "2024-05-01T10:30:00+02:00", new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero)),
            ("spaced", "2024-05-01 10:30:00 +02:00", new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.Zero)),
            ("fraction", "2024-05-01T10:30:00.1234567Z", new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.Zero).AddTicks(1234567)),
            ("leap", "2024-02-29", new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero)),
            ("notleap", "2023-02-29", "2023-02-29"),
            ("pastend", "9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59-14:00"),
            ("beforestart", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00+14:00"),
            ("hour25", "2024-05-01T25:00", "2024-05-01T25:00"),
        };
        string yaml = string.Join("\n", cases.Select(c => c.Key + ": " + c.Yaml));
        var inputs = new[] { Robust.Text("dates.md", "---\ntitle: Dates\n" + yaml + "\n---\n") };

        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        CorpusGen.Note note = run.LoadNotes().Single();
        foreach (var (key, text, expected) in cases)
        {
            object? actual = Robust.FrontMatter(note, char.ToUpperInvariant(key[0]) + key.Substring(1));
            Assert.True(Equals(expected, actual) && (expected is not DateTimeOffset e || e.UtcTicks == ((DateTimeOffset)actual!).UtcTicks),
                $"{key}: {text} read back as {actual} ({actual?.GetType().Name}), expected {expected}");
        }
    }

    [Fact]
    public void KeysWhoseKindsDisagreeAcrossNotes_CompileAndKeepTheTextAsWritten()
    {
        var inputs = new[]
        {
            Robust.Text("a.md", "---\ntitle: A\nmixed: 12\nnum: 1\nlist: one\nflag: true\n---\n"),
            Robust.Text("b.md", "---\ntitle: B\nmixed: 2024-05-01\nnum: 2.5\nlist: [x, y]\nflag: 1\n---\n"),
            Robust.Text("c.md", "---\ntitle: C\nmixed: \"quoted \\\" */\"\nnum: -9223372036854775808\nlist: ~\nflag: ~\n---\n"),
        };
        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        var notes = run.LoadNotes().ToDictionary(n => n.Id);
        Assert.Equal("12", Robust.FrontMatter(notes["a"], "Mixed"));
        Assert.Equal("2024-05-01", Robust.FrontMatter(notes["b"], "Mixed"));
        Assert.Equal("quoted \" */", Robust.FrontMatter(notes["c"], "Mixed"));
        Assert.Equal(1.0, Robust.FrontMatter(notes["a"], "Num"));
        Assert.Equal(2.5, Robust.FrontMatter(notes["b"], "Num"));
        Assert.Equal(-9223372036854775808d, Robust.FrontMatter(notes["c"], "Num"));
        Assert.Equal(new[] { "one" }, (IEnumerable<string>)Robust.FrontMatter(notes["a"], "List")!);
        Assert.Null(Robust.FrontMatter(notes["c"], "List"));
        Assert.Equal("true", Robust.FrontMatter(notes["a"], "Flag"));
        Assert.Equal("1", Robust.FrontMatter(notes["b"], "Flag"));
    }

    [Fact]
    public void YamlEscapesForNoncharactersAndControls_CompileAndRoundTrip()
    {
        // (YamlDotNet rejects escapes of lone surrogates with CG0006: they never reach generated code this way.)
        string[] values = { "\uFFFE\uFFFF", "\u0001\u001F\u007F\u0080\u009F", "\U0001F389", "\u00A0nbsp", "\uFDD0" };
        string yaml = string.Join("\n", values.Select((v, i) => "v" + i + ": " + Robust.YamlQuoted(v)));
        var inputs = new[]
        {
            Robust.Text("escapes.md", "---\ntitle: " + Robust.YamlQuoted("Title \uFFFE non \uFFFF \u0085 nel") + "\n" + yaml + "\n---\n"),
        };

        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        CorpusGen.Note note = run.LoadNotes().Single();
        Assert.Equal("Title \uFFFE non \uFFFF \u0085 nel", note.Title);
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i], Robust.FrontMatter(note, "V" + i));
        }
    }
}
