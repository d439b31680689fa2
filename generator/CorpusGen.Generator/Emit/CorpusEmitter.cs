using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using System.Linq;
using CorpusGen.Core.Model;
using CorpusGen.Core.Naming;
using CorpusGen.Core.Records;

namespace CorpusGen.Generator.Emit;

/// <summary>
/// Writes the generated C#: one root file (front-matter type, corpus holder, lookups) and one file per
/// folder (a nested static class with a member per note). Note text goes only through
/// <see cref="CSharpText"/>; names only come from the corpus stage's scopes.
/// </summary>
internal static class CorpusEmitter
{
    public const string Version = "0.1.0";

    private const string Runtime = "global::CorpusGen";
    private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"CorpusGen\", \"" + Version + "\")]";
    /// <summary>The generated front-matter type's factory from a note's record values (reserved in the schema).</summary>
    internal const string FrontMatterFactory = GeneratedNames.FrontMatterFactory;

    /// <summary>Notes per u8 literal: short enough to fold cheaply, few enough fields for any corpus (CS8103 and the u8 field limit).</summary>
    internal const int RecordsPerLiteral = 64;

    private const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    public static string EmitRoot(RootSpec root)
    {
        string ns = "global::" + root.Namespace;
        string fm = ns + "." + root.FrontMatterClassName;
        string note = $"{Runtime}.Note<{fm}>";
        string corpus = $"{Runtime}.NoteCorpus<{fm}>";
        string list = $"global::System.Collections.Generic.IReadOnlyList<{note}>";

        SourceWriter w = Header();
        w.OpenBlock("namespace " + root.Namespace);

        w.WriteLine($"/// <summary>Front matter of the notes in <see cref=\"{root.ClassName}\"/>: one property per key used by any note, null where a note does not set it.</summary>");
        w.WriteLine(GeneratedCode);
        w.OpenBlock($"public sealed partial class {root.FrontMatterClassName}");
        bool first = true;
        foreach (FrontMatterPropertySpec property in root.FrontMatter)
        {
            if (!first)
            {
                w.WriteLine();
            }
            first = false;
            w.WriteLine($"/// <summary>Front-matter key <c>{CSharpText.XmlDoc(property.Key)}</c> ({Describe(property.Kind)}; set in {property.NoteCount.ToString(CultureInfo.InvariantCulture)} of {root.NoteCount.ToString(CultureInfo.InvariantCulture)} notes).</summary>");
            w.WriteLine($"public {TypeOf(property.Kind)}? {property.PropertyName} {{ get; init; }}");
        }
        if (!first)
        {
            w.WriteLine();
        }
        w.WriteLine(Hidden);
        w.OpenBlock($"internal static {root.FrontMatterClassName} {FrontMatterFactory}({Runtime}.FrontMatterValues values) => new {root.FrontMatterClassName}");
        foreach (FrontMatterPropertySpec property in root.FrontMatter)
        {
            w.WriteLine($"{property.PropertyName} = values.{ReaderOf(property.Kind)}({CSharpText.Literal(property.PropertyName)}),");
        }
        w.CloseBlock(";");
        w.CloseBlock();
        w.WriteLine();

        w.WriteLine("/// <summary>The notes compiled by CorpusGen: one member per note, one nested class per folder.</summary>");
        w.WriteLine(GeneratedCode);
        w.OpenBlock($"public static partial class {root.ClassName}");
        w.WriteLine("/// <summary>The corpus: every note, with lookups by id and by folder.</summary>");
        w.WriteLine($"public static {corpus} Corpus => __Holder.Instance;");
        w.WriteLine();
        w.WriteLine("/// <summary>Every note, ordered by folder, then by id.</summary>");
        w.WriteLine($"public static {list} All => Corpus.Notes;");
        w.WriteLine();
        w.WriteLine("/// <summary>The note with this id (its path under the notes folder, without .md), or null.</summary>");
        w.WriteLine($"public static {note}? ById(string id) => Corpus.ById(id);");
        w.WriteLine();
        w.WriteLine("/// <summary>The notes directly in a folder (\"\" for the notes folder itself).</summary>");
        w.WriteLine($"public static {list} InFolder(string folder) => Corpus.InFolder(folder);");
        w.WriteLine();
        // The holder fills every slot of the array before the corpus is published, so a link's target
        // is never null, whatever note a program touches first and however links cycle. Offsets live
        // here only: adding a note re-emits this file, not every folder after it.
        w.OpenBlock("private static class __Holder");
        w.WriteLine($"internal static readonly {corpus} Instance = Build();");
        w.WriteLine();
        w.OpenBlock($"private static {corpus} Build()");
        w.WriteLine($"var notes = new {note}[{root.NoteCount.ToString(CultureInfo.InvariantCulture)}];");
        w.WriteLine($"var corpus = new {corpus}(notes, typeof({ns}.{root.ClassName}).Assembly);");
        int offset = 0;
        foreach (FolderLoaderSpec loader in root.Loaders)
        {
            w.WriteLine($"{ns}.{LoaderClass(root.ClassName)}.{loader.MethodName}(corpus, notes, {offset.ToString(CultureInfo.InvariantCulture)});");
            offset += loader.NoteCount;
        }
        w.WriteLine("return corpus;");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <param name="withDocs">
    /// Whether to write each note's doc comment (title, first lines, file). They are most of a folder's text, and a
    /// compilation reads them only when it parses documentation: an IDE (quick info, completion) or a build that
    /// writes a documentation file. A command-line build without one (DocumentationMode.None) never reads them,
    /// unless it writes the generated files out for a person to read (EmitCompilerGeneratedFiles).
    /// </param>
    public static SourceText EmitFolder(FolderSpec folder, bool withDocs = true, System.Threading.CancellationToken cancellationToken = default)
    {
        string ns = "global::" + folder.Namespace;
        string root = ns + "." + folder.ClassChain[0];
        string fm = ns + "." + folder.FrontMatterClassName;

        SourceWriter w = Header();
        // Aliases keep the per-note lines short: at 20 000 notes every byte per note is 20 KB to compile.
        w.WriteLine($"using __FrontMatter = {fm};");
        w.WriteLine($"using __Note = {Runtime}.Note<{fm}>;");
        w.WriteLine();
        w.OpenBlock("namespace " + folder.Namespace);
        for (int i = 0; i < folder.ClassChain.Count; i++)
        {
            if (i == folder.ClassChain.Count - 1 && i > 0)
            {
                w.WriteLine($"/// <summary>The notes in folder <c>{CSharpText.XmlDoc(folder.FolderPath)}/</c>.</summary>");
                w.WriteLine(GeneratedCode);
            }
            w.OpenBlock($"public static partial class {folder.ClassChain[i]}");
        }

        if (folder.FolderPath.Length > 0)
        {
            w.WriteLine("/// <summary>The notes directly in this folder, ordered by id.</summary>");
            w.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<__Note> All => {root}.InFolder({CSharpText.Literal(folder.FolderPath)});");
            if (folder.Notes.Count > 0)
            {
                w.WriteLine();
            }
        }

        if (folder.Notes.Count > 0)
        {
            // First in the class: static fields are initialised in textual order within a file.
            w.WriteLine($"private static readonly global::System.Collections.Generic.IReadOnlyList<__Note> {GeneratedNames.FolderCorpus} = {root}.InFolder({CSharpText.Literal(folder.FolderPath)});");
            w.WriteLine();
        }

        for (int i = 0; i < folder.Notes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NoteEmitSpec n = folder.Notes[i];
            if (i > 0)
            {
                w.WriteLine();
            }
            // Appended piece by piece: these lines are most of a folder's text.
            // The title and first lines both in the summary: completion lists show the summary alone.
            if (withDocs)
            {
                if (n.Summary.Length > 0)
                {
                    CSharpText.AppendXmlDoc(w.BeginLine().Append("/// <summary><para>"), n.Title).Append("</para>");
                    CSharpText.AppendXmlDoc(w.EndLine().BeginLine().Append("/// <para>"), n.Summary).Append("</para></summary>");
                }
                else
                {
                    CSharpText.AppendXmlDoc(w.BeginLine().Append("/// <summary>"), n.Title).Append("</summary>");
                }
                CSharpText.AppendXmlDoc(w.EndLine().BeginLine().Append("/// <remarks>File: <c>"), n.RelativePath).Append("</c></remarks>");
                w.EndLine();
            }
            bool mapped = n.SourcePath is { } source && CSharpText.IsLineDirectivePath(source);
            if (mapped)
            {
                // An IDE's Go to Definition lands on the note itself (see CorpusOptions.MapToNotes).
                w.WriteLine("#line 1 \"" + n.SourcePath + "\"");
            }
            // A field, not a property: one initializer per note in the folder's static constructor instead of a
            // getter method per note: 21 273 fewer methods to bind, emit and analyse on the real corpus
            // (docs/performance.md). The folder's notes are looked up together on first use of its class.
            // By position in the folder's list, through the class's own field: a simple name and an int, the cheapest
            // initializer to bind and emit (a lookup by id was a qualified name, a call and a string per note).
            w.BeginLine().Append("public static readonly __Note ").Append(n.MemberName).Append(" = ").Append(GeneratedNames.FolderCorpus)
                .Append('[').Append(n.Index.ToString(CultureInfo.InvariantCulture)).Append("];");
            w.EndLine();
            if (mapped)
            {
                w.WriteLine("#line default");
            }
        }

        for (int i = 0; i < folder.ClassChain.Count; i++)
        {
            w.CloseBlock();
        }

        if (folder.Notes.Count > 0)
        {
            w.WriteLine();
            // One record per note (see NoteRecord), not a constructor call and object initializer per note:
            // literals are the cheapest code to bind and emit, and the loader is most of the code. The records
            // of RecordsPerLiteral notes share one u8 literal on one line: concatenating literals with '+'
            // made binding and emitting about 5 times slower, and a module holds at most 65 535 u8 literals.
            // No nullable flow analysis: the loader's values come from the corpus stage, not from user code.
            w.WriteLine("#nullable disable");
            w.OpenBlock($"internal static partial class {LoaderClass(folder.ClassChain[0])}");
            w.WriteLine(Hidden);
            w.OpenBlock($"internal static void {folder.LoaderMethod}({Runtime}.NoteCorpus<__FrontMatter> corpus, __Note[] notes, int offset)");
            var records = new System.Text.StringBuilder();
            var record = new NoteRecord.Writer(records);
            for (int start = 0; start < folder.Notes.Count; start += RecordsPerLiteral)
            {
                records.Clear();
                for (int i = start; i < folder.Notes.Count && i < start + RecordsPerLiteral; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteRecord(record, folder.Notes[i]);
                }
                w.WriteLine($"{Runtime}.NoteLoader.Load(corpus, notes, offset + {start.ToString(CultureInfo.InvariantCulture)}, __FrontMatter.{FrontMatterFactory},");
                w.Indent();
                CSharpText.AppendLiteral(w.BeginLine(), records.ToString(), utf8: true).Append(");");
                w.EndLine().Outdent();
            }
            w.CloseBlock();
            w.CloseBlock();
        }
        w.CloseBlock();
        return w.ToSourceText();
    }

    /// <summary>The class that holds every folder's loader: outside the root class, so it never shows in completion after <c>Notes.</c>.</summary>
    private static string LoaderClass(string rootClass) => "__" + rootClass + "Loader";

    private static SourceWriter Header() => new SourceWriter()
        .WriteLine("// <auto-generated/>")
        .WriteLine("// Generated by CorpusGen from markdown notes. Edit the notes, not this file.")
        .WriteLine("#nullable enable")
        .WriteLine();

    private static string TypeOf(FrontMatterKind kind) => kind switch
    {
        FrontMatterKind.Integer => "long",
        FrontMatterKind.Float => "double",
        FrontMatterKind.Boolean => "bool",
        FrontMatterKind.Date => "global::System.DateTimeOffset",
        FrontMatterKind.StringList => "global::System.Collections.Generic.IReadOnlyList<string>",
        _ => "string",
    };

    private static string Describe(FrontMatterKind kind) => kind switch
    {
        FrontMatterKind.Integer => "integer",
        FrontMatterKind.Float => "number",
        FrontMatterKind.Boolean => "true or false",
        FrontMatterKind.Date => "date",
        FrontMatterKind.StringList => "list of text",
        _ => "text",
    };

    /// <summary>The note's record: what its loader line hands the runtime (see <see cref="NoteRecord"/>).</summary>
    private static void WriteRecord(NoteRecord.Writer record, NoteEmitSpec n)
    {
        // The path is the id plus ".md" for nearly every note: written only when it is not.
        record.Begin(n.Id, n.Title, n.Extension == ".md" ? null : n.RelativePath, n.VideoId);
        record.Count(n.Aliases.Count);
        foreach (string alias in n.Aliases)
        {
            record.String(alias);
        }
        record.Count(n.FrontMatter.Count);
        foreach (FrontMatterValueSpec value in n.FrontMatter)
        {
            record.String(value.PropertyName);
            if (value.Kind == FrontMatterKind.StringList)
            {
                record.Count(value.Items.Count);
                foreach (string item in value.Items)
                {
                    record.String(item);
                }
            }
            else
            {
                record.Count(1).String(CanonicalText(value));
            }
        }
        // Link targets as index + 1 (0: broken), so every number is a plain count.
        record.Count(n.LinkTargets.Count);
        foreach (int target in n.LinkTargets)
        {
            record.Count(target + 1);
        }
    }

    /// <summary>A scalar as the runtime's FrontMatterValues parses it back: invariant numbers, "true"/"false", UTC ticks.</summary>
    private static string? CanonicalText(FrontMatterValueSpec value)
    {
        switch (value.Kind)
        {
            case FrontMatterKind.Integer:
                return long.Parse(value.Scalar!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            case FrontMatterKind.Float:
                return double.Parse(value.Scalar!, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
            case FrontMatterKind.Boolean:
                return value.Scalar!.ToLowerInvariant() == "true" ? "true" : "false";
            case FrontMatterKind.Date:
                FrontMatterDates.TryParse(value.Scalar!, out System.DateTimeOffset date);
                return date.UtcTicks.ToString(CultureInfo.InvariantCulture);
            default:
                return value.Scalar;
        }
    }

    /// <summary>The runtime accessor of <c>FrontMatterValues</c> that reads a property of this kind.</summary>
    private static string ReaderOf(FrontMatterKind kind) => kind switch
    {
        FrontMatterKind.Integer => "Integer",
        FrontMatterKind.Float => "Number",
        FrontMatterKind.Boolean => "Boolean",
        FrontMatterKind.Date => "Date",
        FrontMatterKind.StringList => "List",
        _ => "Text",
    };
}
