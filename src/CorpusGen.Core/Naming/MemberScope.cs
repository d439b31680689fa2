using System;
using System.Collections.Generic;

namespace CorpusGen.Core.Naming;

/// <summary>
/// The names taken in one generated class. A name already taken gets the first free "_2", "_3" …
/// suffix; callers allocate in a stable order (ordinal ids), so every name is stable across builds.
/// </summary>
internal sealed class MemberScope
{
    /// <summary>Members of System.Object: a note named "ToString" must not hide them.</summary>
    private static readonly string[] s_objectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    private readonly string _enclosingType;

    public MemberScope(string enclosingType, params string[] reserved)
    {
        _enclosingType = enclosingType;
        _taken.Add(enclosingType); // CS0542: a member cannot be named like its enclosing type
        _reserved.UnionWith(s_objectMembers);
        _reserved.UnionWith(reserved);
        _taken.UnionWith(_reserved);
    }

    /// <summary>Allocates a name for <paramref name="text"/>; <paramref name="collided"/> tells whether it had to be suffixed.</summary>
    public string Allocate(string text, string fallbackText, string lastResort, out string wanted, out bool collided)
    {
        wanted = CSharpIdentifier.FromText(text) ?? CSharpIdentifier.FromText(fallbackText) ?? lastResort;
        if (wanted == _enclosingType)
        {
            // A folder's index note (hu-po/hu-po.md) is named like its folder's class: HuPo.HuPoNote.
            wanted += "Note";
        }
        else if (_reserved.Contains(wanted.TrimStart('@')))
        {
            // A name of object's or of the generated class's (ToString, All) gets its kind as a suffix: ToStringNote.
            // No other note took it, so this is no collision to warn about.
            wanted = wanted.TrimStart('@') + lastResort;
        }
        string name = wanted;
        for (int n = 2; !_taken.Add(name.TrimStart('@')); n++)
        {
            name = wanted.TrimStart('@') + "_" + n;
        }
        collided = name != wanted;
        return name;
    }
}
