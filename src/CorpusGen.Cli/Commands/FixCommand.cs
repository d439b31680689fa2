using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Cli.Output;
using CorpusGen.Cli.Workspace;
using CorpusGen.Core.Fixes;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen fix [folder]</c>: applies only fixes that cannot change meaning (<see cref="TimestampFixes"/>),
/// rewriting just the bytes of each fix: everything else in the file, line endings included, is kept.
/// <c>--dry-run</c> prints the changes as a unified diff and writes nothing.
/// </summary>
internal static class FixCommand
{
    private const int Context = 3;

    public static Command Create(CliContext context)
    {
        var folder = new CommonOptions().Folder;
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the fixes as a unified diff; change no file." };
        var command = new Command("fix", "Write each two-part data-t (\"41:50\") in the three-part form the player reads (\"00:41:50\").");
        command.Arguments.Add(folder);
        command.Options.Add(dryRun);
        command.SetAction(parse => Program.Guard(context, () =>
        {
            string root = CommonOptions.FolderOf(parse, folder, context);
            CommonOptions.RequireFolder(root);
            List<string> notes = CommonOptions.NotesOf(root);

            bool preview = parse.GetValue(dryRun);
            int fixes = 0, files = 0, failed = 0;
            foreach (string path in notes)
            {
                switch (FixFile(path, preview, context, out int count))
                {
                    case true:
                        fixes += count;
                        files++;
                        break;
                    case null:
                        failed++;
                        break;
                }
            }
            context.Error.WriteLine($"{(preview ? "would fix" : "fixed")} {fixes} data-t value(s) in {files} of {notes.Count} notes"
                + (failed > 0 ? $"; {failed} note(s) could not be read or written" : ""));
            return failed > 0 ? ExitCodes.ErrorsReported : ExitCodes.Success;
        }));
        return command;
    }

    /// <returns>true when the file had fixes, false when none, null when it could not be read or written.</returns>
    private static bool? FixFile(string path, bool preview, CliContext context, out int count)
    {
        count = 0;
        string display = DiagnosticFormats.DisplayPath(path, context.CurrentDirectory);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{display}: error: the file could not be read ({ex.Message})");
            return null;
        }

        string text = NoteFolder.Decode(bytes, out int preamble);
        bool utf8 = preamble != 2;
        if (!utf8 || text.IndexOf('\uFFFD') >= 0)
        {
            // Offsets map to bytes only in valid UTF-8; any other file is left exactly as it is.
            if (TimestampFixes.Find(text).Count > 0)
            {
                context.Error.WriteLine($"{display}: warning: not valid UTF-8, so it is not fixed; save it as UTF-8 first");
            }
            return false;
        }

        List<TextEdit> edits = TimestampFixes.Find(text);
        if (edits.Count == 0)
        {
            return false;
        }
        count = edits.Count;
        byte[] fixedBytes = Apply(bytes, preamble, text, edits);
        if (preview)
        {
            WriteDiff(context.Out, display, text, NoteFolder.Decode(fixedBytes, out _));
            return true;
        }
        try
        {
            File.WriteAllBytes(path, fixedBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{display}: error: the file could not be written ({ex.Message})");
            return null;
        }
        context.Out.WriteLine($"{display}: fixed {count} data-t value(s)");
        return true;
    }

    /// <summary>The file's bytes with each edit's bytes replaced; every other byte is copied as it was.</summary>
    internal static byte[] Apply(byte[] bytes, int preamble, string text, IReadOnlyList<TextEdit> edits)
    {
        var output = new List<byte>(bytes.Length + edits.Count * 3);
        int copied = 0; // bytes of the original already copied
        int charsBefore = 0, bytesBefore = preamble;
        foreach (TextEdit edit in edits.OrderBy(e => e.Start))
        {
            bytesBefore += Encoding.UTF8.GetByteCount(text.AsSpan(charsBefore, edit.Start - charsBefore));
            charsBefore = edit.Start;
            output.AddRange(new ArraySegment<byte>(bytes, copied, bytesBefore - copied));
            output.AddRange(Encoding.UTF8.GetBytes(edit.NewText));
            int oldBytes = Encoding.UTF8.GetByteCount(edit.OldText);
            bytesBefore += oldBytes;
            charsBefore += edit.Length;
            copied = bytesBefore;
        }
        output.AddRange(new ArraySegment<byte>(bytes, copied, bytes.Length - copied));
        return output.ToArray();
    }

    /// <summary>A unified diff of two texts with the same lines but some changed in place (fixes never add or remove a line).</summary>
    internal static void WriteDiff(TextWriter output, string path, string before, string after)
    {
        string[] a = SplitLines(before), b = SplitLines(after);
        var changed = Enumerable.Range(0, Math.Min(a.Length, b.Length)).Where(i => a[i] != b[i]).ToList();
        if (changed.Count == 0)
        {
            return;
        }
        output.WriteLine($"--- a/{path}");
        output.WriteLine($"+++ b/{path}");
        int k = 0;
        while (k < changed.Count)
        {
            int start = Math.Max(0, changed[k] - Context);
            int end = Math.Min(a.Length - 1, changed[k] + Context);
            int last = k;
            while (last + 1 < changed.Count && changed[last + 1] - Context <= end + 1)
            {
                last++;
                end = Math.Min(a.Length - 1, changed[last] + Context);
            }
            int length = end - start + 1;
            output.WriteLine($"@@ -{start + 1},{length} +{start + 1},{length} @@");
            for (int i = start; i <= end; i++)
            {
                if (a[i] == b[i])
                {
                    output.WriteLine(" " + a[i]);
                }
                else
                {
                    output.WriteLine("-" + a[i]);
                    output.WriteLine("+" + b[i]);
                }
            }
            k = last + 1;
        }
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
