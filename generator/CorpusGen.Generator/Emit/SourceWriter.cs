using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Emit;

/// <summary>Writes indented C# with LF line endings whatever the OS, so output is byte-identical everywhere.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public SourceWriter WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            _sb.Append(' ', _indent * 4).Append(line);
        }
        _sb.Append('\n');
        return this;
    }

    /// <summary>
    /// Starts an indented line and returns the builder to append its parts to, then <see cref="EndLine"/>:
    /// the lines written per note are built in place, not as a string each that is then copied.
    /// </summary>
    public StringBuilder BeginLine() => _sb.Append(' ', _indent * 4);

    public SourceWriter EndLine()
    {
        _sb.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        WriteLine("}" + suffix);
        return this;
    }

    /// <summary>Indents the lines that follow one level (an expression body's continuation).</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _sb.ToString();

    /// <summary>
    /// The text as a SourceText read straight from the builder's chunks. A folder's file is hundreds of KB:
    /// as one string it lands on the large object heap, fresh memory on every build until a full collection
    /// (page faults were a third of emitting on the real corpus); Roslyn keeps a text this long in chunks
    /// below that heap's threshold instead.
    /// </summary>
    public SourceText ToSourceText() => SourceText.From(new Reader(_sb), _sb.Length, Encoding.UTF8);

    /// <summary>A TextReader over a StringBuilder, copying from it without building the whole string.</summary>
    private sealed class Reader : TextReader
    {
        private readonly StringBuilder _sb;
        private int _position;

        public Reader(StringBuilder sb) => _sb = sb;

        public override int Peek() => _position < _sb.Length ? _sb[_position] : -1;

        public override int Read() => _position < _sb.Length ? _sb[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            int n = System.Math.Min(count, _sb.Length - _position);
            if (n <= 0)
            {
                return 0;
            }
            _sb.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        public override string ReadToEnd()
        {
            string rest = _sb.ToString(_position, _sb.Length - _position);
            _position = _sb.Length;
            return rest;
        }
    }
}
