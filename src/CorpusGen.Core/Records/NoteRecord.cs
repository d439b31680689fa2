using System.Globalization;
using System.Text;

namespace CorpusGen.Core.Records;

/// <summary>
/// The format of a note's record: the metadata a generated loader hands the runtime as text, instead
/// of a constructor call and an object initializer per note. A literal is the cheapest thing a compiler
/// binds and emits: at 21 000 notes this halves the compile of the generated code. Records follow one
/// another in UTF-8 literals ("…"u8), whose bytes go to the assembly's data, not to its 16 MB string
/// heap (CS8103). Shared as source with the runtime (which reads), so both sides agree by construction.
/// <code>
/// record  := id title path videoId count(aliases) alias* count(entries) (property count(items) item*)*
///            count(targets) target*   (target: a note's index + 1, 0 for a broken link, as a count)
/// string  := length ':' characters | '~' (null) | '^' (the note's title) | '@' (the note's videoId)
/// count   := digits ';'
/// </code>
/// Length-prefixed, so note text is never escaped or scanned for separators here; the literal that
/// carries the record is escaped by <c>CSharpText</c> like any other note text. A lone surrogate has
/// no UTF-8 form (a u8 literal holding one does not compile): the writer turns it into U+FFFD. Note text
/// has none by then (NoteText, YamlDotNet); only a file name could, on Windows.
/// </summary>
internal static class NoteRecord
{
    private const char Null = '~';
    private const char SameAsTitle = '^';
    private const char SameAsVideoId = '@';

    /// <summary>Appends records to a builder, field by field, in the order of the grammar above.</summary>
    internal sealed class Writer
    {
        private readonly StringBuilder _sb;
        private string? _title;
        private string? _videoId;

        public Writer(StringBuilder target) => _sb = target;

        /// <summary>Starts a record with the fields every note has, after whatever the builder holds.</summary>
        public Writer Begin(string id, string title, string? relativePath, string? videoId)
        {
            _title = null;
            _videoId = null;
            String(id).String(title).String(relativePath).String(videoId);
            _title = title;
            _videoId = videoId;
            return this;
        }

        public Writer String(string? value)
        {
            if (value is null)
            {
                _sb.Append(Null);
            }
            else if (_title is not null && value.Length > 1 && value == _title)
            {
                _sb.Append(SameAsTitle);
            }
            else if (_videoId is not null && value.Length > 1 && value == _videoId)
            {
                _sb.Append(SameAsVideoId);
            }
            else
            {
                AppendDigits(value.Length).Append(':').Append(WithoutLoneSurrogates(value));
            }
            return this;
        }

        private static string WithoutLoneSurrogates(string value)
        {
            char[]? chars = null;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    chars ??= value.ToCharArray();
                    chars[i] = '\uFFFD';
                }
            }
            return chars is null ? value : new string(chars);
        }

        public Writer Count(int count)
        {
            AppendDigits(count).Append(';');
            return this;
        }

        /// <summary>A count in ASCII digits, culture-free, with no string per number (a record has a dozen).</summary>
        private StringBuilder AppendDigits(int value)
        {
            int divisor = 1;
            while (value / divisor >= 10)
            {
                divisor *= 10;
            }
            for (; divisor > 0; divisor /= 10)
            {
                _sb.Append((char)('0' + value / divisor % 10));
            }
            return _sb;
        }
    }

    /// <summary>Reads one record; throws <see cref="System.FormatException"/> on a record this format did not write.</summary>
    internal struct Reader
    {
        private readonly string _record;
        private int _position;
        private string? _title;
        private string? _videoId;

        public Reader(string record)
        {
            _record = record;
            _position = 0;
            _title = null;
            _videoId = null;
        }

        public bool AtEnd => _position >= _record.Length;

        /// <summary>Reads the fields every note has (see <see cref="Writer.Begin"/>).</summary>
        public void ReadHeader(out string id, out string title, out string? relativePath, out string? videoId)
        {
            id = String() ?? throw Invalid();
            title = String() ?? throw Invalid();
            relativePath = String();
            videoId = String();
            _title = title;
            _videoId = videoId;
        }

        public string? String()
        {
            char first = Peek();
            if (first is Null or SameAsTitle or SameAsVideoId)
            {
                _position++;
                return first == Null ? null : (first == SameAsTitle ? _title : _videoId) ?? throw Invalid();
            }
            int length = Number(':');
            if (length > _record.Length - _position)
            {
                throw Invalid();
            }
            string value = _record.Substring(_position, length);
            _position += length;
            return value;
        }

        public int Count() => Number(';');

        private int Number(char terminator)
        {
            int value = 0;
            int start = _position;
            while (_position < _record.Length && _record[_position] is >= '0' and <= '9' && _position - start < 9)
            {
                value = value * 10 + (_record[_position++] - '0');
            }
            if (_position == start || _position >= _record.Length || _record[_position] != terminator)
            {
                throw Invalid();
            }
            _position++;
            return value;
        }

        private char Peek() => _position < _record.Length ? _record[_position] : throw Invalid();

        private System.FormatException Invalid() =>
            new($"A CorpusGen note record is malformed at character {_position}: the generated code and the CorpusGen runtime may come from different versions.");
    }
}
