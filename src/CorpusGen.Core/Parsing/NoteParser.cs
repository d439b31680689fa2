using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Paths;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Parsing;

/// <summary>
/// Parses one note file into a <see cref="ParsedNoteSpec"/>: front matter (YAML) and body (Markdig).
/// Never throws except for cancellation: any failure becomes a located diagnostic, and the note
/// still yields a model (at least its id and title) so the rest of the corpus is unaffected.
/// </summary>
internal static class NoteParser
{
    /// <summary>Largest note CorpusGen parses (characters); the runtime skips the same notes.</summary>
    public const int MaxNoteLength = NoteText.MaxLength;

    /// <summary>Largest front matter (characters) handed to YamlDotNet, whose parser slows down superlinearly on deep input.</summary>
    public const int MaxFrontMatterLength = 64 * 1024;

    /// <summary>Longest summary (characters) in a doc comment.</summary>
    internal const int SummaryLength = 240;

    /// <param name="text">The file's text as the host decoded it, or null when it could not be read.</param>
    /// <param name="pool">Shares repeated strings across the notes of one cache (see <see cref="StringPool"/>); null shares nothing.</param>
    /// <param name="unreadable">Why <paramref name="text"/> is null, in the host's words.</param>
    public static ParsedNoteSpec Parse(string filePath, string? text, CorpusOptions options, CancellationToken cancellationToken, StringPool? pool = null,
        string unreadable = "the compiler could not read the file")
    {
        string id = NotePaths.IdOf(NotePaths.RelativePath(filePath, options.NotesRoot));
        string fileStem = NotePaths.StemOf(id);
        var diagnostics = new List<DiagnosticInfo>();
        var fallback = new NoteSpec(filePath, id, fileStem, EquatableArray<string>.Empty,
            EquatableArray<FrontMatterEntrySpec>.Empty, "", EquatableArray<long>.Empty, EquatableArray<LinkTargetSpec>.Empty);
        var fileStart = new LocationInfo(filePath, SourceRange.FileStart);

        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoteUnreadable, fileStart, unreadable));
            return new ParsedNoteSpec(fallback, diagnostics.ToEquatableArray());
        }
        if (text.Length > MaxNoteLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoteTooLarge, fileStart,
                $"the file has {text.Length} characters, more than {MaxNoteLength}"));
            return new ParsedNoteSpec(fallback, diagnostics.ToEquatableArray());
        }

        try
        {
            NoteSpec note = ParseText(fallback, NoteText.Create(text), options, diagnostics, cancellationToken, pool);
            return new ParsedNoteSpec(note, diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoteUnreadable, fileStart, ex.GetType().Name + ": " + ex.Message));
            return new ParsedNoteSpec(fallback, diagnostics.ToEquatableArray());
        }
    }

    private static NoteSpec ParseText(NoteSpec note, NoteText text, CorpusOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, StringPool? pool)
    {
        string filePath = note.FilePath;

        // Invalid UTF-8 reaches us already decoded with U+FFFD (on Linux; another code page on Windows):
        // say so rather than embed different text per OS. NUL bytes (UTF-16 without BOM) land here too.
        int replacement = text.Text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NotUtf8, new LocationInfo(filePath, text.Range(replacement, 1))));
        }
        FrontMatterParser.Result? frontMatter = null;

        FrontMatterSplit split = NoteSplitter.Split(text);
        if (split.Kind == FrontMatterSplitKind.Unclosed)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidYaml,
                new LocationInfo(filePath, text.RangeAt(0, 0, 3)), "the front matter opened on line 1 never closes with '---'"));
        }
        else if (split.Kind == FrontMatterSplitKind.None)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.MissingFrontMatter,
                new LocationInfo(filePath, text.RangeAt(0, 0, 0)), note.FileStem));
        }
        else
        {
            string yaml = text.Text.Substring(split.YamlStart, split.YamlEnd - split.YamlStart);
            if (yaml.Length > MaxFrontMatterLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoteTooLarge, new LocationInfo(filePath, text.RangeAt(0, 0, 3)),
                    $"the front matter has {yaml.Length} characters, more than {MaxFrontMatterLength}"));
            }
            else
            {
                frontMatter = FrontMatterParser.Parse(yaml, text.LineOf(split.YamlStart), text, filePath, cancellationToken, pool);
                diagnostics.AddRange(frontMatter.Diagnostics);
                if (frontMatter.Title is null && frontMatter.Diagnostics.Count == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.MissingTitle,
                        new LocationInfo(filePath, frontMatter.WrongTitleRange ?? text.RangeAt(0, 0, 3)), note.FileStem));
                }
            }
        }

        BodyParser.Result body;
        try
        {
            var problems = new List<BodyProblem>();
            body = BodyParser.Parse(text, split.BodyStart, problems, cancellationToken, BodyContent.Summary);
            foreach (BodyProblem problem in problems)
            {
                DiagnosticRule rule = problem.Kind switch
                {
                    BodyProblemKind.TimestampMismatch => DiagnosticRules.TimestampMismatch,
                    BodyProblemKind.TwoPartDataT => DiagnosticRules.TwoPartDataT,
                    BodyProblemKind.UnclosedAnchor => DiagnosticRules.UnclosedTimestampAnchor,
                    BodyProblemKind.AnchorWithoutDataT => DiagnosticRules.TimestampWithoutDataT,
                    BodyProblemKind.EmptyTimestampLabel => DiagnosticRules.EmptyTimestampLabel,
                    BodyProblemKind.EmptyWikiLink => DiagnosticRules.EmptyWikiLink,
                    BodyProblemKind.LiteralWikiLink => DiagnosticRules.LiteralWikiLink,
                    BodyProblemKind.WikiLinkAsDestination => DiagnosticRules.BrokenWikiLink,
                    _ => DiagnosticRules.MalformedTimestamp,
                };
                if (problem.Kind == BodyProblemKind.TwoPartDataT && options.PlayerReadsMinutesSeconds)
                {
                    continue; // this site's player reads data-t as MM:SS (CorpusGenTwoPartDataT=minutes)
                }
                string[] arguments = problem.Kind == BodyProblemKind.WikiLinkAsDestination
                    ? new[] { problem.Arguments[0], "; a wiki-link as a markdown link's destination is never resolved: write [[target|text]]" }
                    : problem.Arguments;
                diagnostics.Add(DiagnosticInfo.Create(rule, new LocationInfo(filePath, problem.Range), arguments));
            }
        }
        catch (ArgumentException ex)
        {
            // Markdig throws ArgumentException past its nesting limits ("too deeply nested"); so does our
            // guard against input Markdig would parse in quadratic time.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoteTooLarge,
                new LocationInfo(filePath, text.RangeAt(0, 0, 0)), "the markdown is past a parser limit, so its body is left out (" + ex.Message + ")"));
            body = new BodyParser.Result("", new List<SectionSpec>(), new List<WikiLinkSpec>(), new List<TimestampSpec>());
        }

        return note with
        {
            Title = string.IsNullOrWhiteSpace(frontMatter?.Title) ? note.Title : frontMatter!.Title!, // the fallback's title is the file stem
            Aliases = (frontMatter?.Aliases ?? new List<string>()).ToEquatableArray(),
            FrontMatter = (frontMatter?.Entries ?? new List<FrontMatterEntrySpec>()).ToEquatableArray(),
            Summary = Summarize(body),
            HeadingKeys = body.Sections.Select(section => LinkKey.HashOf(section.Title)).ToEquatableArray(),
            Links = LinkTargets(body.Links, pool),
            BlockIds = body.Blocks.Select(b => b.Id).ToEquatableArray(),
        };
    }

    /// <summary>
    /// The links as the corpus stage needs them. Target and heading strings come from <see cref="StringPool"/>:
    /// a note links 9.9 times to 6.4 targets on the real corpus, and a target is linked from many notes, so
    /// most links share a string kept once for the build (less for the garbage collector to copy).
    /// </summary>
    private static EquatableArray<LinkTargetSpec> LinkTargets(List<WikiLinkSpec> links, StringPool? pool)
    {
        var targets = System.Collections.Immutable.ImmutableArray.CreateBuilder<LinkTargetSpec>(links.Count);
        foreach (WikiLinkSpec link in links)
        {
            targets.Add(pool is null ? new LinkTargetSpec(link.Target, link.Heading, link.Range)
                : new LinkTargetSpec(pool.Share(link.Target), link.Heading is null ? null : pool.Share(link.Heading), link.Range));
        }
        return new EquatableArray<LinkTargetSpec>(targets.MoveToImmutable());
    }

    /// <summary>The first lines of the note (its lead, or its first section with text) in one line, cut at <see cref="SummaryLength"/>.</summary>
    internal static string Summarize(BodyParser.Result body)
    {
        string text = body.Lead.Length > 0 ? body.Lead : body.Sections.FirstOrDefault(s => s.Text.Length > 0)?.Text ?? "";
        string oneLine = string.Join(" ", text.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).Take(3));
        if (oneLine.Length <= SummaryLength)
        {
            return oneLine;
        }
        int cut = char.IsHighSurrogate(oneLine[SummaryLength - 1]) ? SummaryLength - 1 : SummaryLength;
        return oneLine.Substring(0, cut).TrimEnd() + "…";
    }

}
