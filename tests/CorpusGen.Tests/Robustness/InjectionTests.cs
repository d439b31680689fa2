using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CorpusGen.Tests.Robustness;

/// <summary>
/// Note text that tries to end a string literal, a comment or an XML doc comment early, or to add members
/// or directives, lands in generated code as data: the code compiles without warnings (XML docs checked),
/// holds no injected member or directive, and every value reads back exactly at run time.
/// </summary>
public sealed class InjectionTests
{
    /// <summary>Everything that could close or escape what it lands in.</summary>
    public const string Hostile =
        "q\" b\\ t\"\"\" r\"\"\"u8 c*/ o/* d</summary></remarks><para> x&amp; y<see cref=\"Z\"/> {0} {{1}} }"
        + "\n#pragma warning disable\n#error injected\n// comment\n/// <summary>"
        + "\r\nCR\rLS\u2028PS\u2029NEL\u0085 tab\t nul\0 bell\u0007 del\u007F"
        + " rlo\u202Eevil\u202C lri\u2066x\u2069 zwsp\u200B bom\uFEFF soft\u00AD ok é 🎉 end";

    private static readonly string[] s_lines =
    {
        "q\" b\\ t\"\"\" r\"\"\"u8 c*/ o/* d",
        "#pragma warning disable",
        "#error injected",
    };

    private static CorpusRun RunHostile(out AdditionalText[] inputs)
    {
        // Single-line variants for places that cannot hold a line break (headings, link text, keys).
        // Markdown: "\\*" keeps a literal star (a bare "*/ … /*" pair would be emphasis), entities decode to '<' '>'.
        string oneLine = "Close \"quote\" and \\ back \"\"\" raw \\*/ comment /\\* open &lt;/summary&gt; {0} #pragma warning disable \u202Ervl\u202C é";
        string body =
            "Lead " + oneLine + "\n\n"
            + "## " + oneLine + "\n\n"
            + "Section text with [[target | shown \"*/ </summary> \\ \"\"\" {0} \u202E]] and `code \"*/ </c>` here.\n\n"
            + "```\n\"\"\" */ </summary>\n#pragma warning disable\n```\n";
        string note = "---\n"
            + "title: " + Robust.YamlQuoted(Hostile) + "\n"
            + "motto: " + Robust.YamlQuoted(Hostile) + "\n"
            + "tags: [" + string.Join(", ", s_lines.Select(Robust.YamlQuoted)) + ", " + Robust.YamlQuoted(Hostile) + "]\n"
            + "aliases: [" + Robust.YamlQuoted("alias \"*/ </summary>") + "]\n"
            + Robust.YamlQuoted("key \"*/ </c> \u202E{0}") + ": 7\n"
            + "---\n" + body;
        inputs = new[]
        {
            Robust.Text("hostile.md", note),
            Robust.Text("target.md", NoteParsing.Note("Target", "Links back to [[" + "alias \"*/ </summary>" + "]].\n")),
            Robust.Text("folder \"*/ <x>/inner.md", NoteParsing.Note(Robust.YamlQuoted(Hostile), "Lead " + oneLine + "\n")),
        };
        return Robust.Run(inputs);
    }

    [Fact]
    public void HostileText_CompilesWithoutWarnings_AndRoundTripsExactly()
    {
        CorpusRun run = RunHostile(out AdditionalText[] inputs);

        Robust.AssertHealthy(run, inputs);
        Assert.DoesNotContain(run.DiagnosticLines, l => l.Contains(": error ", StringComparison.Ordinal));

        IReadOnlyList<CorpusGen.Note> notes = run.LoadNotes();
        CorpusGen.Note hostile = notes.Single(n => n.Id == "hostile");
        string expectedOneLine = "Close \"quote\" and \\ back \"\"\" raw */ comment /* open </summary> {0} #pragma warning disable \u202Ervl\u202C é";

        Assert.Equal(Hostile, hostile.Title);
        Assert.Equal(Hostile, Robust.FrontMatter(hostile, "Motto"));
        Assert.Equal(s_lines.Append(Hostile), (IEnumerable<string>)Robust.FrontMatter(hostile, "Tags")!);
        Assert.Equal(new[] { "alias \"*/ </summary>" }, (IEnumerable<string>)Robust.FrontMatter(hostile, "Aliases")!);
        Assert.Contains(7L, Robust.FrontMatterValues(hostile).Values);
        Assert.Equal("Lead " + expectedOneLine, hostile.Lead);
        Assert.Equal(expectedOneLine, hostile.Sections.Single().Title);
        Assert.StartsWith("Section text with shown \"*/ </summary> \\ \"\"\" {0} \u202E and code \"*/ </c> here.", hostile.Sections.Single().Text);
        Assert.Contains("\"\"\" */ </summary>\n#pragma warning disable", hostile.Sections.Single().Text);
        Assert.Equal("shown \"*/ </summary> \\ \"\"\" {0} \u202E", hostile.Links.Single().DisplayText);
        Assert.Equal("target", hostile.Links.Single().Target.Id);
        Assert.Equal("hostile", notes.Single(n => n.Id == "target").Links.Single().Target.Id);

        CorpusGen.Note inner = notes.Single(n => n.Id == "folder \"*/ <x>/inner");
        Assert.Equal(Hostile, inner.Title);
        Assert.Equal("folder \"*/ <x>", inner.Folder);
        Assert.Equal("folder \"*/ <x>/inner.md", inner.RelativePath);
    }

    [Fact]
    public void HostileText_AddsNoMemberDirectiveOrCommentToTheGeneratedCode()
    {
        CorpusRun run = RunHostile(out _);

        foreach (SyntaxTree tree in run.Output.SyntaxTrees)
        {
            SyntaxNode root = tree.GetRoot();
            string hint = System.IO.Path.GetFileName(tree.FilePath);

            // The only directives CorpusGen writes: #nullable enable at the top, #nullable disable before a loader.
            string[] directives = root.DescendantTrivia(descendIntoTrivia: true)
                .Where(t => t.IsDirective).Select(t => t.ToString().Trim()).ToArray();
            Assert.True(directives.Length is 1 or 2 && directives[0] == "#nullable enable" && directives.Skip(1).All(d => d == "#nullable disable"),
                hint + ": " + string.Join(" | ", directives));

            // Comments: the two header lines, and doc comments that are exactly one /// line each.
            foreach (SyntaxTrivia trivia in root.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                    || trivia.IsKind(SyntaxKind.SkippedTokensTrivia) || trivia.IsKind(SyntaxKind.DisabledTextTrivia))
                {
                    Assert.Fail($"{hint}: unexpected {trivia.Kind()}: {trivia}");
                }
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                {
                    Assert.True(trivia.ToString() is "// <auto-generated/>" or "// Generated by CorpusGen from markdown notes. Edit the notes, not this file.",
                        hint + ": unexpected comment " + trivia);
                }
            }

            // Every string literal is a plain regular literal, never a raw or verbatim one that text could reshape.
            foreach (SyntaxToken token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken)))
            {
                Assert.StartsWith("\"", token.Text);
            }
            Assert.DoesNotContain(root.DescendantTokens(), t => t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken));
        }

        // Members: the hostile note adds exactly one member to Notes, and Notes declares nothing else of its own.
        CSharpSyntaxTree folderTree = (CSharpSyntaxTree)run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Notes.Folder.g.cs", StringComparison.Ordinal));
        var members = folderTree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>()
            .Where(f => f.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword)))
            .SelectMany(f => f.Declaration.Variables).Select(v => v.Identifier.ValueText).ToArray();
        Assert.Equal(2, members.Length); // hostile and target
        Assert.Empty(folderTree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>());
    }

    [Fact]
    public void DocComments_HoldNoteTextOnlyAsEscapedXml()
    {
        CorpusRun run = RunHostile(out _);

        foreach (SyntaxTree tree in run.Output.SyntaxTrees)
        {
            foreach (var doc in tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)))
            {
                var structure = (DocumentationCommentTriviaSyntax)doc.GetStructure()!;
                string[] elements = structure.DescendantNodes().OfType<XmlElementStartTagSyntax>().Select(e => e.Name.ToString())
                    .Concat(structure.DescendantNodes().OfType<XmlEmptyElementSyntax>().Select(e => e.Name.ToString()))
                    .Distinct().ToArray();
                Assert.True(elements.All(e => e is "summary" or "remarks" or "para" or "c" or "see"), "doc comment has element(s) " + string.Join(", ", elements) + ": " + doc);
                Assert.DoesNotContain(structure.DescendantNodes(), n => n.IsKind(SyntaxKind.XmlCDataSection) || n.IsKind(SyntaxKind.XmlProcessingInstruction));
            }
        }
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DiagnosticMessages_TreatNoteTextAsArguments()
    {
        string target = "{0} {1} {{x}} }{ \"*/";
        var inputs = new[]
        {
            Robust.Text("braces.md", NoteParsing.Note(Robust.YamlQuoted("{0} title {1}"), "Link [[" + target + "]] and [[x#{0}]].\n", "\"{0}\": 1", "\"{0}\": 2")),
            Robust.Text("x.md", NoteParsing.Note("X", "")),
        };
        CorpusRun run = Robust.Run(inputs);

        Robust.AssertHealthy(run, inputs);
        Diagnostic broken = run.Diagnostics.Single(d => d.Id == "CG0001");
        Assert.Contains("'" + target + "'", broken.GetMessage());
        Assert.Contains("'{0}'", run.Diagnostics.Single(d => d.Id == "CG0009").GetMessage());
        Assert.Contains("'{0}'", run.Diagnostics.Single(d => d.Id == "CG0010").GetMessage());
        Assert.Equal("{0} title {1}", run.LoadNotes().Single(n => n.Id == "braces").Title);
    }
}
