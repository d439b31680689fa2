using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// An AdditionalFiles item given as raw bytes and decoded the way the compiler decodes a file on Linux
/// (EncodedStringText): a BOM picks the encoding; otherwise strict UTF-8, and when that fails, UTF-8 with
/// U+FFFD for every invalid byte sequence (reliability-anchors §2).
/// </summary>
internal sealed class ByteAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public ByteAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        _text = Decode(bytes);
    }

    public override string Path { get; }

    public byte[] Bytes { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public static SourceText Decode(byte[] bytes)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes, writable: false), new UTF8Encoding(false, throwOnInvalidBytes: true), throwIfBinaryDetected: false);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(new MemoryStream(bytes, writable: false), new UTF8Encoding(false, throwOnInvalidBytes: false), throwIfBinaryDetected: false);
        }
    }
}

/// <summary>Builders and invariant checks shared by the robustness tests.</summary>
internal static class Robust
{
    public const int DefaultMaxDiagnosticsPerFile = 50;

    /// <summary>Two healthy notes that link to each other: proof that the rest of the corpus still generates.</summary>
    public static AdditionalText[] Companions() => new AdditionalText[]
    {
        Text("ok/companion.md", NoteParsing.Note("Companion", "Links to [[other]] at [00:00:09].\n\n## Part\n\nText.\n", "videoId: abc")),
        Text("ok/other.md", NoteParsing.Note("Other", "Back to [[companion]].\n")),
    };

    public static AdditionalText Text(string relativePath, string? text) => new InMemoryAdditionalText(GeneratorHarness.NotesRoot + relativePath, text);

    public static AdditionalText Bytes(string relativePath, byte[] bytes) => new ByteAdditionalText(GeneratorHarness.NotesRoot + relativePath, bytes);

    public static CorpusRun Run(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? options = null) =>
        GeneratorHarness.Run(texts, extraOptions: options);

    /// <summary>Runs a corpus of one bad note plus the companions.</summary>
    public static (CorpusRun Run, AdditionalText[] Inputs) RunWithCompanions(params AdditionalText[] bad)
    {
        AdditionalText[] inputs = bad.Concat(Companions()).ToArray();
        return (Run(inputs), inputs);
    }

    /// <summary>Diagnostic lines of one file ("bad.md(3,1): error CG0006"), in order.</summary>
    public static string[] LinesFor(CorpusRun run, string relativePath) =>
        run.DiagnosticLines.Where(l => l.StartsWith(relativePath + "(", StringComparison.Ordinal)).ToArray();

    /// <summary>The companions loaded at run time with their link resolved: the rest of the corpus generated and compiled.</summary>
    public static IReadOnlyList<CorpusGen.Note> AssertRestOfCorpusGenerated(CorpusRun run, params string[] alsoExpectedIds)
    {
        Assert.Empty(run.GeneratorCrashes);
        Assert.True(run.CompilationProblems.Count == 0, "Generated code has problems:\n" + string.Join("\n", run.CompilationProblems));
        IReadOnlyList<CorpusGen.Note> notes = run.LoadNotes();
        CorpusGen.Note companion = notes.Single(n => n.Id == "ok/companion");
        Assert.Equal("ok/other", companion.Links.Single().Target.Id);
        Assert.Equal(9, (int)companion.Timestamps.Single().Time.TotalSeconds);
        Assert.Equal("Part", companion.Sections.Single().Title);
        foreach (string id in alsoExpectedIds)
        {
            Assert.Contains(id, notes.Select(n => n.Id));
        }
        return notes;
    }

    /// <summary>
    /// What must hold for every run, whatever the input: no crash, generated code compiles without warnings,
    /// every diagnostic lies inside its file and is formattable, no duplicates, no file floods the build, and the
    /// generated text holds no raw invisible or line-breaking characters and no absolute path.
    /// </summary>
    public static void AssertHealthy(CorpusRun run, IReadOnlyList<AdditionalText> inputs, int maxDiagnosticsPerFile = DefaultMaxDiagnosticsPerFile)
    {
        var problems = HealthProblems(run, inputs, maxDiagnosticsPerFile);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public static List<string> HealthProblems(CorpusRun run, IReadOnlyList<AdditionalText> inputs, int maxDiagnosticsPerFile = DefaultMaxDiagnosticsPerFile)
    {
        var problems = new List<string>();
        foreach (Diagnostic crash in run.GeneratorCrashes)
        {
            problems.Add("generator crashed: " + crash);
        }
        foreach (Diagnostic problem in run.CompilationProblems)
        {
            problems.Add("generated code: " + problem);
        }
        problems.AddRange(DiagnosticProblems(run, inputs, maxDiagnosticsPerFile));
        problems.AddRange(SourceProblems(run));
        return problems;
    }

    public static IEnumerable<string> DiagnosticProblems(CorpusRun run, IReadOnlyList<AdditionalText> inputs, int maxDiagnosticsPerFile)
    {
        var texts = inputs.GroupBy(i => i.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().GetText()?.ToString(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Diagnostic d in run.Result.Diagnostics)
        {
            string? message = TryGetMessage(d, out string? error);
            if (message is null)
            {
                yield return $"{d.Id}: message cannot be formatted ({error})";
                continue;
            }

            FileLinePositionSpan span = d.Location.GetLineSpan();
            string key = $"{d.Id}|{span.Path}|{span.StartLinePosition}|{span.EndLinePosition}|{message}";
            if (!seen.Add(key))
            {
                yield return "reported twice: " + CorpusRun.Format(d) + " " + message;
            }

            if (d.Location == Location.None || !span.IsValid)
            {
                if (d.Id is not ("CG0016" or "CG0018"))
                {
                    yield return $"{d.Id} has no location: {message}";
                }
                continue;
            }
            if (!texts.TryGetValue(span.Path, out string? text))
            {
                yield return $"{CorpusRun.Format(d)} is located in '{span.Path}', which is not an input";
                continue;
            }
            perFile[span.Path] = perFile.TryGetValue(span.Path, out int n) ? n + 1 : 1;
            text ??= "";
            int[] lineLengths = LineLengths(text);
            if (span.StartLinePosition.Line >= lineLengths.Length || span.EndLinePosition.Line >= lineLengths.Length)
            {
                yield return $"{CorpusRun.Format(d)} is past the last line ({lineLengths.Length}) of its file";
            }
            else if (span.StartLinePosition.Character > lineLengths[span.StartLinePosition.Line]
                || span.EndLinePosition.Character > lineLengths[span.EndLinePosition.Line])
            {
                yield return $"{CorpusRun.Format(d)} ({span.StartLinePosition}-{span.EndLinePosition}) is past the end of its line";
            }
            if (d.Location.SourceSpan.End > text.Length)
            {
                yield return $"{CorpusRun.Format(d)} has span {d.Location.SourceSpan} past the end of its file ({text.Length} chars)";
            }
        }
        foreach (var pair in perFile.Where(p => p.Value > maxDiagnosticsPerFile))
        {
            yield return $"{pair.Key} has {pair.Value} diagnostics, more than the cap of {maxDiagnosticsPerFile}";
        }
    }

    private static string? TryGetMessage(Diagnostic d, out string? error)
    {
        error = null;
        try
        {
            return d.GetMessage(CultureInfo.InvariantCulture);
        }
        catch (Exception ex)
        {
            error = ex.GetType().Name + ": " + ex.Message;
            return null;
        }
    }

    /// <summary>Raw characters that must never appear in generated code, and no absolute path.</summary>
    public static IEnumerable<string> SourceProblems(CorpusRun run)
    {
        foreach (var (hint, source) in run.Sources)
        {
            if (source.Contains(GeneratorHarness.NotesRoot.TrimEnd('/'), StringComparison.Ordinal))
            {
                yield return $"{hint} holds the absolute notes path";
            }
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                if (IsForbiddenRaw(c, source, i))
                {
                    int line = source.Take(i).Count(ch => ch == '\n') + 1;
                    yield return $"{hint}({line}): raw U+{(int)c:X4} ({CharUnicodeInfo.GetUnicodeCategory(c)}) in generated code";
                    break;
                }
            }
        }
    }

    private static bool IsForbiddenRaw(char c, string s, int i)
    {
        if (c == '\n')
        {
            return false;
        }
        if (c is '\r' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
        {
            return true;
        }
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format)
        {
            return true;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }
        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        }
        return false;
    }

    /// <summary>Length of each line as a user counts lines: LF, CRLF and CR end a line.</summary>
    public static int[] LineLengths(string text)
    {
        var lengths = new List<int>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lengths.Add(i - start);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        lengths.Add(text.Length - start);
        return lengths.ToArray();
    }

    /// <summary>Reads a front-matter property of a runtime note (Note&lt;TFrontMatter&gt;.FrontMatter.Name).</summary>
    public static object? FrontMatter(CorpusGen.Note note, string property)
    {
        object frontMatter = note.GetType().GetProperty("FrontMatter")!.GetValue(note)!;
        PropertyInfo? info = frontMatter.GetType().GetProperty(property);
        Assert.True(info is not null, $"front matter has no property {property}; it has {string.Join(", ", frontMatter.GetType().GetProperties().Select(p => p.Name))}");
        return info!.GetValue(frontMatter);
    }

    /// <summary>All front-matter properties of a runtime note, by name.</summary>
    public static Dictionary<string, object?> FrontMatterValues(CorpusGen.Note note)
    {
        object frontMatter = note.GetType().GetProperty("FrontMatter")!.GetValue(note)!;
        return frontMatter.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(frontMatter));
    }

    /// <summary>A YAML double-quoted scalar that reads back as exactly <paramref name="value"/>.</summary>
    public static string YamlQuoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (c == '"' || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Runs an action under a culture, restoring the previous one.</summary>
    public static T InCulture<T>(string name, Func<T> action)
    {
        CultureInfo culture = CurrentCultureSnapshot(out CultureInfo uiCulture);
        try
        {
            CultureInfo.CurrentCulture = name.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static CultureInfo CurrentCultureSnapshot(out CultureInfo uiCulture)
    {
        uiCulture = CultureInfo.CurrentUICulture;
        return CultureInfo.CurrentCulture;
    }
}
