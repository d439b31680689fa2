using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using CorpusGen.Core.Naming;

namespace CorpusGen.Core.Validation;

/// <summary>
/// Gives every front-matter key of the corpus one type: the kind all notes agree on; integers with
/// floats become floats; any list makes a list (a scalar becomes a one-item list); any other mix
/// becomes text as written. <c>title</c> is always text, <c>aliases</c> always a list.
/// </summary>
internal static class FrontMatterSchema
{
    public static Dictionary<string, FrontMatterPropertySpec> Build(IReadOnlyList<NoteSpec> notes, string className)
    {
        var kinds = new Dictionary<string, (HashSet<FrontMatterKind> Kinds, int Count)>(StringComparer.Ordinal);
        foreach (NoteSpec note in notes)
        {
            foreach (FrontMatterEntrySpec entry in note.FrontMatter)
            {
                if (!kinds.TryGetValue(entry.Key, out var seen))
                {
                    seen = (new HashSet<FrontMatterKind>(), 0);
                }
                seen.Kinds.Add(entry.Kind);
                kinds[entry.Key] = (seen.Kinds, seen.Count + 1);
            }
        }

        var scope = new MemberScope(className, GeneratedNames.FrontMatterFactory);
        var properties = new Dictionary<string, FrontMatterPropertySpec>(StringComparer.Ordinal);
        // Keys in ordinal order: property names are allocated in that order, whatever order the notes came in.
        foreach (var pair in kinds.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            string name = scope.Allocate(pair.Key, "", "Key", out _, out _);
            properties[pair.Key] = new FrontMatterPropertySpec(pair.Key, name, Merge(pair.Key, pair.Value.Kinds), pair.Value.Count);
        }
        return properties;
    }

    private static FrontMatterKind Merge(string key, HashSet<FrontMatterKind> kinds)
    {
        if (key == "title")
        {
            return FrontMatterKind.String;
        }
        if (key == "aliases" || kinds.Contains(FrontMatterKind.StringList))
        {
            return FrontMatterKind.StringList;
        }
        if (kinds.Count == 1)
        {
            return kinds.First();
        }
        return kinds.All(k => k is FrontMatterKind.Integer or FrontMatterKind.Float) ? FrontMatterKind.Float : FrontMatterKind.String;
    }

    /// <summary>One note's value converted to its property's kind.</summary>
    public static FrontMatterValueSpec Convert(FrontMatterEntrySpec entry, FrontMatterPropertySpec property)
    {
        if (property.Kind == FrontMatterKind.StringList)
        {
            EquatableArray<string> items = entry.Kind == FrontMatterKind.StringList ? entry.Items : new[] { entry.Scalar ?? "" }.ToEquatableArray();
            return new FrontMatterValueSpec(property.PropertyName, property.Kind, null, items);
        }
        string scalar = entry.Scalar ?? string.Join(", ", entry.Items);
        if (property.Kind == FrontMatterKind.Float && entry.Kind == FrontMatterKind.Integer)
        {
            scalar = double.Parse(scalar, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
        }
        return new FrontMatterValueSpec(property.PropertyName, property.Kind, scalar, EquatableArray<string>.Empty);
    }
}
