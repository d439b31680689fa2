using System.Text;

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
}
