using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CorpusGen.Cli.Workspace;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Cli.Output;

/// <summary>The ways <c>corpusgen check</c> writes its diagnostics.</summary>
internal enum DiagnosticFormat
{
    /// <summary>MSBuild-style lines, <c>notes/x.md(12,5): error CG0001: …</c>, which editors and CI parse.</summary>
    Text,
    /// <summary>SARIF 2.1.0, as <c>dotnet build -p:ErrorLog=file,version=2.1</c> writes it.</summary>
    Sarif,
    /// <summary>One JSON document: the notes checked, every diagnostic and the totals.</summary>
    Json,
    /// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::…</c>): annotations on the changed files.</summary>
    GitHub,
}

/// <summary>Writes a <see cref="CheckResult"/> in each <see cref="DiagnosticFormat"/>. Paths are shown relative to <c>baseDirectory</c>.</summary>
internal static class DiagnosticFormats
{
    public const string ToolName = "corpusgen";

    public static void Write(DiagnosticFormat format, CheckResult result, TextWriter output, string baseDirectory)
    {
        switch (format)
        {
            case DiagnosticFormat.Sarif:
                WriteSarif(result, output);
                break;
            case DiagnosticFormat.Json:
                WriteJson(result, output, baseDirectory);
                break;
            case DiagnosticFormat.GitHub:
                foreach (ReportedDiagnostic d in result.Diagnostics)
                {
                    output.WriteLine(GitHubLine(d, baseDirectory));
                }
                break;
            default:
                foreach (ReportedDiagnostic d in result.Diagnostics)
                {
                    output.WriteLine(TextLine(d, baseDirectory));
                }
                break;
        }
    }

    /// <summary><c>path(line,col): error CG0001: message</c>, or <c>corpusgen : warning CG0018: message</c> without a file.</summary>
    public static string TextLine(ReportedDiagnostic d, string baseDirectory)
    {
        string where = d.Info.Location is { } location
            ? $"{DisplayPath(location.FilePath, baseDirectory)}({location.Range.Line + 1},{location.Range.Column + 1})"
            : ToolName + " ";
        return $"{where}: {Word(d.Severity)} {d.Info.Id}: {d.Message}";
    }

    public static string GitHubLine(ReportedDiagnostic d, string baseDirectory)
    {
        string command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var properties = new List<string>();
        if (d.Info.Location is { } location)
        {
            SourceRange r = location.Range;
            properties.Add("file=" + EscapeProperty(DisplayPath(location.FilePath, baseDirectory)));
            properties.Add($"line={r.Line + 1},col={r.Column + 1},endLine={r.EndLine + 1},endColumn={r.EndColumn + 1}");
        }
        properties.Add("title=" + EscapeProperty(d.Info.Id + " " + d.Rule.Title));
        return $"::{command} {string.Join(",", properties)}::{EscapeData(d.Message)}";
    }

    /// <summary>A path relative to the base directory with '/' separators when it lies under it, else as it is.</summary>
    public static string DisplayPath(string path, string baseDirectory)
    {
        string relative = Path.GetRelativePath(baseDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    private static string Word(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    // GitHub's workflow-command escaping: data escapes %, CR and LF; properties also ':' and ','.
    private static string EscapeData(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");

    private static void WriteSarif(CheckResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json.schemastore.org/sarif-2.1.0");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartArray("results");
            foreach (ReportedDiagnostic d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Info.Id);
                json.WriteString("level", SarifLevel(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                if (d.Info.Location is { } location)
                {
                    SourceRange r = location.Range;
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", new Uri(location.FilePath).AbsoluteUri);
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", r.Line + 1);
                    json.WriteNumber("startColumn", r.Column + 1);
                    json.WriteNumber("endLine", r.EndLine + 1);
                    json.WriteNumber("endColumn", r.EndColumn + 1);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolName);
            json.WriteString("version", typeof(DiagnosticFormats).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteString("informationUri", "https://github.com/CorpusGen/CorpusGen");
            json.WriteStartArray("rules");
            foreach (DiagnosticRule rule in result.Diagnostics.Select(d => d.Rule).Distinct().OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpLink);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", SarifLevel(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteJson(CheckResult result, TextWriter output, string baseDirectory)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("folder", DisplayPath(result.NotesRoot.TrimEnd('/'), baseDirectory));
            json.WriteNumber("notes", result.Files.Count);
            json.WriteNumber("errors", result.Errors);
            json.WriteNumber("warnings", result.Warnings);
            json.WriteStartArray("diagnostics");
            foreach (ReportedDiagnostic d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Info.Id);
                json.WriteString("severity", Word(d.Severity));
                json.WriteString("title", d.Rule.Title);
                json.WriteString("message", d.Message);
                if (d.Info.Location is { } location)
                {
                    SourceRange r = location.Range;
                    json.WriteString("file", DisplayPath(location.FilePath, baseDirectory));
                    json.WriteNumber("line", r.Line + 1);
                    json.WriteNumber("column", r.Column + 1);
                    json.WriteNumber("endLine", r.EndLine + 1);
                    json.WriteNumber("endColumn", r.EndColumn + 1);
                }
                json.WriteString("helpUri", d.Rule.HelpLink);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
