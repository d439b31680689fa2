using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CorpusGen.Synthetic;

/// <summary>One generated note: its path under the notes folder ('/' separators) and its text (LF, no BOM).</summary>
public sealed record SyntheticNote(string RelativePath, string Text);

/// <summary>How a synthetic corpus is shaped. The defaults imitate the real tubegraph corpus.</summary>
public sealed record SyntheticCorpusOptions
{
    /// <summary>Same seed and options, same corpus, byte for byte, on every machine.</summary>
    public int Seed { get; init; } = 20250605;

    /// <summary>Folders (channels). The real corpus has 81; every folder has an index note named like it.</summary>
    public int FolderCount { get; init; } = 80;

    /// <summary>Median note size in UTF-8 bytes (real: 6.5 KB), log-normally spread.</summary>
    public int MedianBytes { get; init; } = 6500;

    /// <summary>Log-normal sigma of note sizes: 0.55 gives a mean near the real 7.6 KB.</summary>
    public double SizeSigma { get; init; } = 0.55;

    /// <summary>Largest note generated (bytes); the real corpus has one of 986 KB.</summary>
    public int MaxBytes { get; init; } = 256 * 1024;

    /// <summary>Share of wiki-links whose target matches no note (the real corpus has tens of thousands).</summary>
    public double BrokenLinkRate { get; init; } = 0.10;

    /// <summary>Share of anchors whose data-t disagrees with their label (real: thousands).</summary>
    public double TimestampMismatchRate { get; init; } = 0.005;

    /// <summary>Share of timestamps written bare ([00:15:21]) rather than as a yt-timestamp anchor.</summary>
    public double BareTimestampRate { get; init; } = 0.10;

    /// <summary>Share of wiki-links written [[target | text]] rather than [[target]].</summary>
    public double DisplayTextLinkRate { get; init; } = 0.75;
}

/// <summary>
/// Generates N notes shaped like the real ones: front matter (title, videoId, aliases, tags), a
/// "From: [[folder]] &lt;br/&gt;" line, ## and ### sections of paragraphs and bullet lists, wiki-links
/// to other notes of the corpus in both forms, and timestamps in both forms. Deterministic for a seed
/// (its own PRNG, no System.Random), sized log-normally around the real median, spread over folders.
/// </summary>
public static class SyntheticCorpus
{
    public static IReadOnlyList<SyntheticNote> Generate(int count, SyntheticCorpusOptions? options = null)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }
        options ??= new SyntheticCorpusOptions();
        var rng = new Rng((ulong)options.Seed);
        int folderCount = Math.Max(1, Math.Min(options.FolderCount, count));

        // Pass 1: names. Folder index notes first, then topic notes spread unevenly over folders
        // (a few big channels, many small ones), as in the real corpus.
        string[] folders = FolderNames(folderCount, rng);
        var notes = new List<NoteName>(count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (int f = 0; f < folderCount; f++)
        {
            taken.Add(folders[f] + "/" + folders[f]);
            notes.Add(new NoteName(f, folders[f], TitleCase(folders[f].Replace('_', ' ').Replace('-', ' '))));
        }
        double[] weights = new double[folderCount];
        double total = 0;
        for (int f = 0; f < folderCount; f++)
        {
            total += weights[f] = Math.Exp(rng.Normal() * 1.1);
        }
        while (notes.Count < count)
        {
            int folder = rng.Pick(weights, total);
            string[] words = TopicWords(rng);
            string stem = string.Join("_", words);
            for (int n = 2; !taken.Add(folders[folder] + "/" + stem); n++)
            {
                stem = string.Join("_", words) + "_" + n.ToString(CultureInfo.InvariantCulture);
            }
            notes.Add(new NoteName(folder, stem, TitleCase(string.Join(" ", words))));
        }

        // Pass 2: text. Each note gets its own PRNG stream, so note i does not depend on note i-1's text.
        var result = new List<SyntheticNote>(count);
        for (int i = 0; i < notes.Count; i++)
        {
            var noteRng = new Rng((ulong)options.Seed * 0x9E3779B97F4A7C15UL + (ulong)i + 1);
            result.Add(new SyntheticNote(folders[notes[i].Folder] + "/" + notes[i].Stem + ".md", Text(i, notes, folders, noteRng, options)));
        }
        return result;
    }

    /// <summary>Writes a corpus under <paramref name="directory"/> (for builds and scale tests).</summary>
    public static void WriteTo(string directory, IEnumerable<SyntheticNote> notes)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (SyntheticNote note in notes)
        {
            string path = Path.Combine(directory, note.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, note.Text, utf8);
        }
    }

    /// <summary>
    /// The same note with one body sentence changed (front matter, headings, links and file name kept):
    /// the "edit one note" of an incremental run. Different <paramref name="revision"/>s give different texts.
    /// </summary>
    public static string EditBody(string text, int revision)
    {
        string sentence = " Edited sentence number " + revision.ToString(CultureInfo.InvariantCulture) + " of this note.";
        int end = text.LastIndexOf("</a>", StringComparison.Ordinal);
        int at = end >= 0 ? end + 4 : text.Length;
        return text.Substring(0, at) + sentence + text.Substring(at);
    }

    private readonly record struct NoteName(int Folder, string Stem, string Title);

    private static string Text(int index, List<NoteName> notes, string[] folders, Rng rng, SyntheticCorpusOptions options)
    {
        NoteName me = notes[index];
        double size = options.MedianBytes * Math.Exp(rng.Normal() * options.SizeSigma);
        int target = (int)Math.Max(600, Math.Min(options.MaxBytes, size));
        var sb = new StringBuilder(target + 1024);

        // Front matter like the real notes: title, videoId; some notes add aliases and tags.
        sb.Append("---\n");
        sb.Append("title: ").Append(me.Title).Append('\n');
        sb.Append("videoId: ").Append(VideoId(rng)).Append('\n');
        if (rng.Chance(0.3))
        {
            sb.Append("aliases:\n");
            int n = 1 + rng.Next(3);
            for (int a = 0; a < n; a++)
            {
                sb.Append("  - ").Append(TitleCase(string.Join(" ", TopicWords(rng)))).Append('\n');
            }
        }
        if (rng.Chance(0.4))
        {
            sb.Append("tags: [");
            int n = 1 + rng.Next(4);
            for (int t = 0; t < n; t++)
            {
                sb.Append(t > 0 ? ", " : "").Append(Words.Tags[rng.Next(Words.Tags.Length)]);
            }
            sb.Append("]\n");
        }
        sb.Append("---\n\n");
        sb.Append("From: [[").Append(folders[me.Folder]).Append("]] <br/> \n");

        int seconds = rng.Next(20);
        var text = new TextState(sb, rng, options, notes, folders, me.Folder);
        sb.Append("## ").Append(me.Title).Append("\n\n");
        text.Paragraph(ref seconds, 2 + rng.Next(3));
        while (sb.Length < target) // the vocabulary is ASCII: characters are bytes
        {
            sb.Append("\n### ").Append(TitleCase(string.Join(" ", TopicWords(rng)))).Append("\n\n");
            int paragraphs = 1 + rng.Next(3);
            for (int p = 0; p < paragraphs; p++)
            {
                if (rng.Chance(0.35))
                {
                    text.BulletList(ref seconds);
                }
                else
                {
                    text.Paragraph(ref seconds, 2 + rng.Next(4));
                }
            }
        }
        return sb.ToString();
    }

    private sealed class TextState
    {
        private readonly StringBuilder _sb;
        private readonly Rng _rng;
        private readonly SyntheticCorpusOptions _options;
        private readonly List<NoteName> _notes;
        private readonly string[] _folders;
        private readonly int _folder;

        public TextState(StringBuilder sb, Rng rng, SyntheticCorpusOptions options, List<NoteName> notes, string[] folders, int folder)
        {
            _sb = sb;
            _rng = rng;
            _options = options;
            _notes = notes;
            _folders = folders;
            _folder = folder;
        }

        public void Paragraph(ref int seconds, int sentences)
        {
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    _sb.Append(' ');
                }
                Sentence(ref seconds);
            }
            _sb.Append("\n\n");
        }

        public void BulletList(ref int seconds)
        {
            int items = 2 + _rng.Next(4);
            for (int i = 0; i < items; i++)
            {
                _sb.Append("*   **").Append(TitleCase(Words.Topic[_rng.Next(Words.Topic.Length)])).Append(":** ");
                Sentence(ref seconds);
                _sb.Append('\n');
            }
            _sb.Append('\n');
        }

        private void Sentence(ref int seconds)
        {
            int words = 10 + _rng.Next(16);
            bool link = _rng.Chance(0.27); // ~10 links and ~37 timestamps per median note, as in the real corpus
            int linkAt = _rng.Next(words);
            for (int w = 0; w < words; w++)
            {
                if (w > 0)
                {
                    _sb.Append(' ');
                }
                if (link && w == linkAt)
                {
                    WikiLink();
                    continue;
                }
                string word = Words.Filler[_rng.Next(Words.Filler.Length)];
                _sb.Append(w == 0 ? TitleCase(word) : word);
            }
            _sb.Append(". ");
            seconds += 3 + _rng.Next(40);
            Timestamp(seconds);
        }

        private void WikiLink()
        {
            string target;
            if (_rng.Chance(_options.BrokenLinkRate))
            {
                target = string.Join("_", TopicWords(_rng)) + "_missing";
            }
            else
            {
                // Half the links stay in the channel; folder index notes are popular targets.
                int note = _rng.Next(_notes.Count);
                if (_rng.Chance(0.5))
                {
                    for (int tries = 0; tries < 8 && _notes[note].Folder != _folder; tries++)
                    {
                        note = _rng.Next(_notes.Count);
                    }
                }
                target = _notes[note].Stem;
            }
            _sb.Append("[[").Append(target);
            if (_rng.Chance(_options.DisplayTextLinkRate))
            {
                _sb.Append(" | ").Append(string.Join(" ", TopicWords(_rng, 1, 3)));
            }
            _sb.Append("]]");
        }

        private void Timestamp(int seconds)
        {
            string label = Hms(seconds);
            if (_rng.Chance(_options.BareTimestampRate))
            {
                _sb.Append('[').Append(label).Append(']');
                return;
            }
            string dataT = _rng.Chance(_options.TimestampMismatchRate) ? Hms(seconds + 3600 * (1 + _rng.Next(9))) : label;
            _sb.Append("<a class=\"yt-timestamp\" data-t=\"").Append(dataT).Append("\">[").Append(label).Append("]</a>");
        }
    }

    private static string Hms(int seconds) =>
        (seconds / 3600).ToString("00", CultureInfo.InvariantCulture) + ":" + (seconds / 60 % 60).ToString("00", CultureInfo.InvariantCulture)
        + ":" + (seconds % 60).ToString("00", CultureInfo.InvariantCulture);

    private static string[] FolderNames(int count, Rng rng)
    {
        var names = new string[count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string name;
            do
            {
                string a = Words.Channel[rng.Next(Words.Channel.Length)];
                string b = Words.Channel[rng.Next(Words.Channel.Length)];
                name = rng.Next(3) switch { 0 => a + b, 1 => a + "-" + b, _ => a + "_" + b };
            }
            while (!taken.Add(name));
            names[i] = name;
        }
        return names;
    }

    private static string[] TopicWords(Rng rng, int min = 3, int max = 7)
    {
        int n = min + rng.Next(max - min + 1);
        var words = new string[n];
        for (int i = 0; i < n; i++)
        {
            words[i] = i % 2 == 1 && rng.Chance(0.4) ? Words.Glue[rng.Next(Words.Glue.Length)] : Words.Topic[rng.Next(Words.Topic.Length)];
        }
        return words;
    }

    private static string VideoId(Rng rng)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var chars = new char[11];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[rng.Next(alphabet.Length)];
        }
        return new string(chars);
    }

    private static string TitleCase(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>SplitMix64: tiny, fast, and the same on every runtime (System.Random's algorithm may change).</summary>
    private sealed class Rng
    {
        private ulong _state;

        public Rng(ulong seed) => _state = seed;

        public ulong NextUInt64()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        public bool Chance(double p) => NextDouble() < p;

        /// <summary>Standard normal (Box-Muller).</summary>
        public double Normal() => Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());

        public int Pick(double[] weights, double total)
        {
            double x = NextDouble() * total;
            for (int i = 0; i < weights.Length; i++)
            {
                if ((x -= weights[i]) < 0)
                {
                    return i;
                }
            }
            return weights.Length - 1;
        }
    }
}
