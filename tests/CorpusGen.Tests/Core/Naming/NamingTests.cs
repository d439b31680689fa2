using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static CorpusGen.Tests.Infrastructure.NoteParsing;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// Identifiers are valid whatever a title or folder holds, and hint names are safe whatever a file is
/// called: Roslyn's AddSource throws (CS8785, all output lost) on unsafe or case-duplicate hint names.
/// </summary>
public sealed class NamingTests
{
    private static string[] NoteMembers(Assembly assembly, string typeName) =>
        assembly.GetType(typeName, throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => typeof(CorpusGen.Note).IsAssignableFrom(f.FieldType))
            .Select(f => f.Name)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    private static string NoteMemberFor(Assembly assembly, string typeName, string id) =>
        assembly.GetType(typeName, throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => typeof(CorpusGen.Note).IsAssignableFrom(f.FieldType))
            .Single(f => ((CorpusGen.Note)f.GetValue(null)!).Id == id)
            .Name;

    [Fact]
    public void HostileTitles_BecomeValidIdentifiers()
    {
        var titles = new (string File, string Title, string Expected)[]
        {
            ("keyword.md", "class", "Class"),
            ("digits.md", "123 go", "_123Go"),
            ("bangs.md", "!!! ??? ...", "Bangs"),
            ("party.md", "🎉🎉🎉", "Party"),
            ("bidi.md", "\u202Eevil name\u202C", "EvilName"),
            ("rlm.md", "\u200Fright to left\u200E", "RightToLeft"),
            ("arabic.md", "مرحبا بالعالم", "مرحبابالعالم"),
            ("german.md", "straße", "Straße"),
            ("turkish.md", "istanbul ılık", "Istanbulılık"), // invariant casing keeps dotless ı
            ("tostring.md", "ToString", "ToStringNote"),
            ("equals.md", "Equals", "EqualsNote"),
            ("gethashcode.md", "GetHashCode", "GetHashCodeNote"),
            ("gettype.md", "GetType", "GetTypeNote"),
            ("referenceequals.md", "ReferenceEquals", "ReferenceEqualsNote"),
            ("all.md", "All", "AllNote"),
            ("corpus.md", "Corpus", "CorpusNote"),
            ("byid.md", "ById", "ByIdNote"),
            ("infolder.md", "InFolder", "InFolderNote"),
            ("root.md", "Notes", "NotesNote"),
            ("code.md", "a\"; } public static int Injected = 1; //", "APublicStaticIntInjected1"),
            ("arglist.md", "__arglist", "Arglist"),
        };
        var inputs = titles.Select(t => Robust.Text(t.File, Note(Robust.YamlQuoted(t.Title), "Body.\n"))).ToArray();

        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        Assembly assembly = run.Load();
        foreach (var (file, title, expected) in titles)
        {
            Assert.Equal(expected, NoteMemberFor(assembly, "TestCorpus.Notes", file.Substring(0, file.Length - 3)));
        }
        Assert.Equal(titles.Length, NoteMembers(assembly, "TestCorpus.Notes").Length);
        Assert.Null(assembly.GetType("TestCorpus.Notes")!.GetField("Injected"));
        // Names of object's members and of the corpus API get their kind as a suffix; no note took them, so no CG0011.
        Assert.DoesNotContain(run.DiagnosticLines, l => l.EndsWith("CG0011", System.StringComparison.Ordinal));
    }

    [Fact]
    public void UnusualIdentifierCharacters_Compile()
    {
        var titles = new[]
        {
            "\u0301accent first", "\u0663\u0664 arabic-indic digits", "Ⅻ roman numeral letter", "ǅ titlecase", "ʰmodifier",
            new string('x', 500), "𝐁old math letters", "a\u00ADsoft hyphen", "zero\u200Dwidth joiner", "e\u0301\u0302 stacked marks",
        };
        var inputs = titles.Select((t, i) => Robust.Text($"n{i}.md", Note(Robust.YamlQuoted(t), "Body.\n"))).ToArray();

        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        string[] members = NoteMembers(run.Load(), "TestCorpus.Notes");
        Assert.Equal(titles.Length, members.Length);
        Assert.All(members, m => Assert.True(SyntaxFactsIsPlain(m), m));
        Assert.All(members, m => Assert.True(m.Length <= 90, m));
    }

    private static bool SyntaxFactsIsPlain(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name)
        && name.All(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NotesWithOneName_AllGetDistinctStableNames_WithCG0011(bool reversed)
    {
        var inputs = new[]
        {
            Robust.Text("a.md", Note("Same Name", "")),
            Robust.Text("b.md", Note("same-name", "")),
            Robust.Text("c.md", Note("same_name", "")),
            Robust.Text("d.md", Note("SameName", "")),
        };
        CorpusRun run = Robust.Run(reversed ? inputs.Reverse() : inputs);

        Robust.AssertHealthy(run, inputs);
        Assert.Equal(new[] { "b.md(1,1): warning CG0011", "c.md(1,1): warning CG0011", "d.md(1,1): warning CG0011" }, run.DiagnosticLines);
        Assert.Contains("SameName_2", run.Diagnostics[0].GetMessage());
        Assembly assembly = run.Load();
        Assert.Equal(new[] { "SameName", "SameName_2", "SameName_3", "SameName_4" },
            new[] { "a", "b", "c", "d" }.Select(id => NoteMemberFor(assembly, "TestCorpus.Notes", id)));
    }

    [Fact]
    public void SuffixedNameThatIsAlsoATitle_StillGetsDistinctNames()
    {
        var inputs = new[]
        {
            Robust.Text("a.md", Note("Thing", "")),
            Robust.Text("b.md", Note("Thing", "")),
            Robust.Text("c.md", Note("Thing_2", "")), // PascalCase: "Thing2", but "_2" is what b got
            Robust.Text("d.md", Note("Thing 2", "")),
        };
        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        string[] members = NoteMembers(run.Load(), "TestCorpus.Notes");
        Assert.Equal(4, members.Distinct().Count());
    }

    [Fact]
    public void NoteNamedLikeItsFolder_OrLikeASiblingFolder_Compiles()
    {
        var inputs = new[]
        {
            Robust.Text("hu-po/hu-po.md", Note("hu-po", "Index.\n")),
            Robust.Text("hu-po/talk.md", Note("Talk", "")),
            Robust.Text("channel.md", Note("Hu Po", "Root note named like the folder class.\n")),
            Robust.Text("all/x.md", Note("X", "")),
            Robust.Text("tostring/x.md", Note("X", "")),
            Robust.Text("notes/x.md", Note("Notes", "")),
            Robust.Text("2024 notes/x.md", Note("X", "")),
            Robust.Text("class/x.md", Note("class", "")),
        };
        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        Assembly assembly = run.Load();
        Assert.Equal("HuPoNote", NoteMemberFor(assembly, "TestCorpus.Notes+HuPo", "hu-po/hu-po"));
        Assert.Equal("HuPo_2", NoteMemberFor(assembly, "TestCorpus.Notes", "channel"));
        Assert.Contains("channel.md(1,1): warning CG0011", run.DiagnosticLines);
        Assert.Equal(inputs.Length, run.LoadNotes().Count);
    }

    [Fact]
    public void FileAndFolderNames_WithSpacesEmojiQuotesAndHashes_AllGenerate()
    {
        string[] paths =
        {
            "my note.md", "🎉 party.md", "it's.md", "#1 hit.md", "a;b.md", "percent%20.md", "tab\tname.md",
            "folder with space/a b.md", "🎉/x.md", "it's/x.md", "#tag/x.md", "a.b/x.md", "a..b/x.md", "con/aux.md", "deep/er/ést/x.md",
        };
        var inputs = paths.Select(p => Robust.Text(p, Note("T " + p.Replace("\t", " "), "Body.\n"))).ToArray();

        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        Assert.Equal(paths.Select(p => p.Substring(0, p.Length - 3)).OrderBy(p => p, StringComparer.Ordinal),
            run.LoadNotes().Select(n => n.Id).OrderBy(p => p, StringComparer.Ordinal));
        AssertSafeHintNames(run);
    }

    [Fact]
    public void IdsThatDifferOnlyByCase_InDifferentFolders_AllGenerate()
    {
        var inputs = new[]
        {
            Robust.Text("A/Note.md", Note("Upper", "")),
            Robust.Text("a/note.md", Note("Lower", "")),
            Robust.Text("Same-Id/x.md", Note("One", "")),
            Robust.Text("same-id/x.md", Note("Two", "")),
            Robust.Text("same_id/x.md", Note("Three", "")),
            Robust.Text("same id/x.md", Note("Four", "")),
            Robust.Text("same#id/x.md", Note("Five", "")),
            Robust.Text("x.md", Note("Root lower", "")),
            Robust.Text("X.md", Note("Root upper", "")),
        };
        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        Assert.Equal(inputs.Length, run.LoadNotes().Count);
        AssertSafeHintNames(run);
        Assert.DoesNotContain(run.DiagnosticLines, l => l.EndsWith("CG0008", StringComparison.Ordinal));
    }

    [Fact]
    public void DeepFolders_GetHintNamesShortEnoughForAFileName_DistinctBetweenSiblings()
    {
        string deep = string.Join("/", Enumerable.Range(0, 12).Select(i => "folder_with_a_rather_long_name_" + i));
        var inputs = new[]
        {
            Robust.Text(deep + "/a.md", Note("Deep A", "")),
            Robust.Text(deep + "x/b.md", Note("Deep B", "")),
            Robust.Text("short/c.md", Note("Short", "")),
        };
        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        Assert.Equal(3, run.LoadNotes().Count);
        AssertSafeHintNames(run);
        // Written as files by EmitCompilerGeneratedFiles: each name within a file name's 255 bytes.
        Assert.All(run.Sources.Keys, hint => Assert.True(hint.Length <= 130, hint));
        Assert.Contains("Notes.Folder.short.g.cs", run.Sources.Keys);
        // One file per folder: the 12 of the chain and the deepest one's sibling, the long ones cut and hashed.
        Assert.Equal(13, run.Sources.Keys.Count(k => k.StartsWith("Notes.Folder.folder_with_a_rather_long_name_0.", StringComparison.Ordinal)));
        Assert.Equal(10, run.Sources.Keys.Count(k => System.Text.RegularExpressions.Regex.IsMatch(k, "_[0-9a-f]{16}\\.g\\.cs$")));
    }

    /// <summary>What Roslyn's AddSource accepts: identifier characters and . , - + ` _ space ( ) [ ] { } /, unique ignoring case.</summary>
    private static void AssertSafeHintNames(CorpusRun run)
    {
        string[] hints = run.Sources.Keys.ToArray();
        Assert.Equal(hints.Length, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (string hint in hints)
        {
            Assert.True(hint.All(c => c < 128 && (char.IsLetterOrDigit(c) || ".,-+`_ ()[]{}".Contains(c))), "unsafe hint name " + hint);
        }
    }
}
