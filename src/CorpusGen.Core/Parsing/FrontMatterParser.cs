using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using CorpusGen.Core.Diagnostics;

namespace CorpusGen.Core.Parsing;

/// <summary>
/// Reads the YAML front matter into typed entries. It walks YamlDotNet's event parser with an explicit
/// stack rather than loading a YamlStream, because YamlStream recurses (deep nesting overflows the
/// compiler's stack, which cannot be caught) and walking alias graphs is exponential. Aliases are
/// never expanded: an alias of a scalar is read as that scalar, anything else is left untyped.
/// </summary>
internal static class FrontMatterParser
{
    /// <summary>Deeper nesting than any real front matter; past it the front matter is rejected.</summary>
    public const int MaxDepth = 32;

    /// <summary>YAML events (scalars, collection starts and ends) one front matter may hold.</summary>
    public const int MaxEvents = 20_000;

    private static readonly Regex s_integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_date = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?\s*(Z|[-+][0-9]{1,2}(:?[0-9]{2})?)?)?$", RegexOptions.CultureInvariant);

    public sealed class Result
    {
        public List<FrontMatterEntrySpec> Entries { get; } = new();
        public string? Title { get; set; }

        /// <summary>Where a 'title' that is not a string sits (its key), so the missing title is reported there.</summary>
        public SourceRange? WrongTitleRange { get; set; }

        public List<string> Aliases { get; } = new();
        public List<DiagnosticInfo> Diagnostics { get; } = new();
    }

    /// <param name="yaml">The text between the fences.</param>
    /// <param name="firstLine">0-based file line of the first YAML line (YAML marks are relative to it).</param>
    public static Result Parse(string yaml, int firstLine, NoteText note, string filePath, CancellationToken cancellationToken, StringPool? pool = null)
    {
        var result = new Result();
        YNode? root;
        try
        {
            root = ReadFirstDocument(yaml, cancellationToken);
        }
        catch (YamlException ex)
        {
            result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidYaml,
                new LocationInfo(filePath, At(note, firstLine, ex.Start)), FirstLine(ex.Message)));
            return result;
        }
        catch (FrontMatterLimitException ex)
        {
            result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NoteTooLarge,
                new LocationInfo(filePath, At(note, firstLine, ex.Mark)), ex.Message));
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // YamlDotNet also throws InvalidOperationException and others on some broken input.
            result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.InvalidYaml,
                new LocationInfo(filePath, note.RangeAt(firstLine, 0, 0)), FirstLine(ex.Message)));
            return result;
        }

        if (root is null || root is YScalar { Value.Length: 0, Style: ScalarStyle.Plain })
        {
            return result; // "---\n---": empty front matter, read as an empty mapping
        }
        if (root is not YMapping mapping)
        {
            result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.FrontMatterNotMapping,
                new LocationInfo(filePath, At(note, firstLine, root.Start)), root is YSequence ? "sequence" : "scalar"));
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        HashSet<YNode>? reported = null;
        for (int i = 0; i + 1 < mapping.Children.Count; i += 2)
        {
            YNode keyNode = mapping.Children[i];
            YNode valueNode = Resolve(mapping.Children[i + 1]);
            if (keyNode is not YScalar { } keyScalar)
            {
                result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnsupportedFrontMatterValue,
                    new LocationInfo(filePath, At(note, firstLine, keyNode.Start)), "(complex key)", "complex key"));
                continue;
            }

            string key = Share(pool, keyScalar.Value); // the same few keys in every note
            LocationInfo keyLocation = new(filePath, At(note, firstLine, keyScalar.Start, key.Length));
            if (!seen.Add(key))
            {
                result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.DuplicateFrontMatterKey, keyLocation, key));
                continue;
            }

            FrontMatterEntrySpec? entry = ToEntry(key, valueNode, pool, out string? unsupported);
            if (unsupported is not null)
            {
                // One value that YAML aliases (*anchor) reuse under several keys is one problem: reported once.
                if ((reported ??= new HashSet<YNode>()).Add(valueNode))
                {
                    result.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.UnsupportedFrontMatterValue, keyLocation, key, unsupported));
                }
                continue;
            }
            if (entry is null)
            {
                continue; // null value: the key is absent for this note
            }

            if (key == "title")
            {
                result.Title = entry.Kind == FrontMatterKind.StringList ? null : entry.Scalar;
                if (result.Title is null)
                {
                    result.WrongTitleRange = keyLocation.Range; // a title of the wrong type: reported at its key
                    continue;
                }
                entry = entry with { Kind = FrontMatterKind.String };
            }
            else if (key == "aliases")
            {
                entry = entry.Kind == FrontMatterKind.StringList ? entry
                    : new FrontMatterEntrySpec(key, FrontMatterKind.StringList, null, new[] { entry.Scalar! }.ToEquatableArray());
                result.Aliases.AddRange(entry.Items);
            }
            result.Entries.Add(entry);
        }
        return result;
    }

    private static FrontMatterEntrySpec? ToEntry(string key, YNode value, StringPool? pool, out string? unsupported)
    {
        unsupported = null;
        switch (value)
        {
            case YScalar scalar:
                FrontMatterKind? kind = Classify(scalar);
                return kind is null ? null : new FrontMatterEntrySpec(key, kind.Value, scalar.Value, EquatableArray<string>.Empty);
            case YSequence sequence:
                var items = new List<string>(sequence.Children.Count);
                foreach (YNode child in sequence.Children)
                {
                    if (Resolve(child) is not YScalar item)
                    {
                        unsupported = "list that holds lists or mappings";
                        return null;
                    }
                    items.Add(Share(pool, item.Value)); // tags repeat across notes
                }
                return new FrontMatterEntrySpec(key, FrontMatterKind.StringList, null, items.ToEquatableArray());
            case YMapping:
                unsupported = "nested mapping";
                return null;
            default:
                unsupported = "alias of a collection";
                return null;
        }
    }

    /// <summary>YAML 1.2 core-schema typing of a scalar; null for a null value.</summary>
    internal static FrontMatterKind? Classify(YScalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            return FrontMatterKind.String;
        }
        string v = scalar.Value;
        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return FrontMatterKind.Boolean;
        }
        if (s_integer.IsMatch(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return FrontMatterKind.Integer;
        }
        if (s_float.IsMatch(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d))
        {
            return FrontMatterKind.Float;
        }
        if (s_date.IsMatch(v) && FrontMatterDates.TryParse(v, out _))
        {
            return FrontMatterKind.Date;
        }
        return FrontMatterKind.String;
    }

    private static string Share(StringPool? pool, string text) => pool is null ? text : pool.Share(text);

    private static YNode Resolve(YNode node) => node is YAlias { Target: { } target } ? target : node;

    private static SourceRange At(NoteText note, int firstLine, Mark mark, int length = 0) =>
        note.RangeAt(firstLine + (int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1), length);

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(new[] { '\r', '\n' });
        return newline < 0 ? message : message.Substring(0, newline);
    }

    /// <summary>Builds the first document's node tree from parser events, iteratively, within the limits.</summary>
    private static YNode? ReadFirstDocument(string yaml, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var open = new Stack<YCollection>();
        YNode? root = null;
        int events = 0;

        while (parser.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParsingEvent current = parser.Current!;
            if (++events > MaxEvents)
            {
                throw new FrontMatterLimitException($"front matter holds more than {MaxEvents} YAML nodes", current.Start);
            }

            YNode? node = null;
            switch (current)
            {
                case DocumentEnd:
                    return root;
                case Scalar scalar:
                    node = new YScalar(scalar.Value, scalar.Style, scalar.Start);
                    Remember(anchors, scalar.Anchor, node);
                    break;
                case AnchorAlias alias:
                    node = new YAlias(anchors.TryGetValue(alias.Value.Value, out YNode? target) ? target : null, alias.Start);
                    break;
                case SequenceStart sequenceStart:
                    node = new YSequence(sequenceStart.Start);
                    Remember(anchors, sequenceStart.Anchor, node);
                    break;
                case MappingStart mappingStart:
                    node = new YMapping(mappingStart.Start);
                    Remember(anchors, mappingStart.Anchor, node);
                    break;
                case SequenceEnd or MappingEnd:
                    open.Pop();
                    continue;
                default:
                    continue;
            }

            if (open.Count > 0)
            {
                open.Peek().Children.Add(node);
            }
            else
            {
                root ??= node;
            }

            if (node is YCollection collection)
            {
                if (open.Count >= MaxDepth)
                {
                    throw new FrontMatterLimitException($"front matter is nested deeper than {MaxDepth} levels", current.Start);
                }
                open.Push(collection);
            }
        }
        return root;
    }

    private static void Remember(Dictionary<string, YNode> anchors, AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    internal abstract class YNode
    {
        protected YNode(Mark start) => Start = start;

        public Mark Start { get; }
    }

    internal sealed class YScalar : YNode
    {
        public YScalar(string value, ScalarStyle style, Mark start) : base(start)
        {
            Value = value;
            Style = style;
        }

        public string Value { get; }
        public ScalarStyle Style { get; }
    }

    private sealed class YAlias : YNode
    {
        public YAlias(YNode? target, Mark start) : base(start) => Target = target;

        public YNode? Target { get; }
    }

    private abstract class YCollection : YNode
    {
        protected YCollection(Mark start) : base(start)
        {
        }

        public List<YNode> Children { get; } = new();
    }

    private sealed class YSequence : YCollection
    {
        public YSequence(Mark start) : base(start)
        {
        }
    }

    /// <summary>Children alternate key, value.</summary>
    private sealed class YMapping : YCollection
    {
        public YMapping(Mark start) : base(start)
        {
        }
    }

    private sealed class FrontMatterLimitException : Exception
    {
        public FrontMatterLimitException(string message, Mark mark) : base(message) => Mark = mark;

        public Mark Mark { get; }
    }
}
