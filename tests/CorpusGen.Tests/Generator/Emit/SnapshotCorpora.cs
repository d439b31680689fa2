using System.Collections.Generic;
using CorpusGen.Tests.Infrastructure;

namespace CorpusGen.Tests.Emit;

/// <summary>Corpora whose generated code is pinned by snapshots, one concern each besides <see cref="SmallCorpus"/>.</summary>
internal static class SnapshotCorpora
{
    /// <summary>One front-matter type per key across notes: a key typed differently in two notes, keys missing from some, every kind.</summary>
    public static readonly NoteFile[] FrontMatterTyping =
    {
        new("a.md", "---\ntitle: A\ncount: 3\nratio: 0.5\nflag: true\nday: 2024-05-01\ntags: [x, y]\nmixed: 12\nonly_a: here\n---\nA.\n"),
        new("b.md", "---\ntitle: B\ncount: 40\nratio: 2\nflag: false\nday: 2024-05-01 10:30:00 +02:00\ntags: solo\nmixed: twelve\n---\nB.\n"),
        new("c.md", "---\ntitle: C\n---\nNo other keys.\n"),
    };

    /// <summary>Titles that map to one C# name, to members of object, to keywords and to a leading digit; an index note named like its folder.</summary>
    public static readonly NoteFile[] NameCollisions =
    {
        new("same_one.md", "---\ntitle: Same name\n---\nx\n"),
        new("same_two.md", "---\ntitle: Same  Name!\n---\nx\n"),
        new("to_string.md", "---\ntitle: ToString\n---\nx\n"),
        new("keyword.md", "---\ntitle: class\n---\nx\n"),
        new("digits.md", "---\ntitle: 2024 review\n---\nx\n"),
        new("symbols.md", "---\ntitle: '!!!'\n---\nx\n"),
        new("topic/topic.md", "---\ntitle: Topic\n---\nThe folder's index note.\n"),
    };

    /// <summary>Nested folders, folder names that are not identifiers, and one folder name at two depths.</summary>
    public static readonly NoteFile[] Folders =
    {
        new("a/b/c/deep.md", "---\ntitle: Deep\n---\nUp to [[shallow]].\n"),
        new("a/shallow.md", "---\ntitle: Shallow\n---\nDown to [[deep]].\n"),
        new("my folder-2/note.md", "---\ntitle: Spaced\n---\nx\n"),
        new("été/note.md", "---\ntitle: Accents\n---\nx\n"),
        new("b/b.md", "---\ntitle: Other b\n---\nx\n"),
        new("root.md", "---\ntitle: Root\n---\nx\n"),
    };

    /// <summary>Note text that must be escaped in every place it reaches: literals, XML doc comments, records.</summary>
    public static readonly NoteFile[] Escaping =
    {
        new("quotes.md", "---\ntitle: 'Say \"hi\" \\ back'\naliases: [\"a \\\"quoted\\\" alias\"]\n---\nA \"quoted\" lead with a \\ backslash.\n"),
        new("markup.md", "---\ntitle: Ends */ and </summary> & <b>\n---\n<tag> & ]]> */ /// lead.\n"),
        new("bidi.md", "---\ntitle: \"Bidi \\u202E reversed \\u2028 line\"\n---\nText with \u202E and \u2028 and \u0085 inside.\n"),
    };

    public static IEnumerable<object[]> All() => new[]
    {
        new object[] { nameof(FrontMatterTyping) },
        new object[] { nameof(NameCollisions) },
        new object[] { nameof(Folders) },
        new object[] { nameof(Escaping) },
    };

    public static NoteFile[] ByName(string name) => name switch
    {
        nameof(FrontMatterTyping) => FrontMatterTyping,
        nameof(NameCollisions) => NameCollisions,
        nameof(Folders) => Folders,
        _ => Escaping,
    };
}
