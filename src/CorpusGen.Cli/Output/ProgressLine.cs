using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace CorpusGen.Cli.Output;

/// <summary>
/// "parsing notes: 12000 / 21273" on one terminal line, shown only when a run passes two seconds and only on
/// a terminal (never in redirected output, which CI logs and files are); cleared when the run ends.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter? _terminal;
    private readonly string _what;
    private readonly int _total;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly TimeSpan _delay;
    private int _done;
    private bool _shown;
    private bool _disposed;

    /// <param name="terminal">The terminal to draw on, or null when output is redirected (then nothing is shown).</param>
    public ProgressLine(TextWriter? terminal, string what, int total)
        : this(terminal, what, total, TimeSpan.FromSeconds(2))
    {
    }

    /// <param name="delay">How long a run goes before the line shows (a short run shows none).</param>
    internal ProgressLine(TextWriter? terminal, string what, int total, TimeSpan delay)
    {
        _terminal = terminal;
        _what = what;
        _total = total;
        _delay = delay;
        if (terminal is not null)
        {
            _timer = new Timer(_ => Draw(), null, delay, s_interval);
        }
    }

    public void Report(int done) => Volatile.Write(ref _done, done);

    private void Draw()
    {
        lock (this)
        {
            if (_terminal is null || _disposed || _watch.Elapsed < _delay)
            {
                return;
            }
            _terminal.Write($"\r{_what}: {Volatile.Read(ref _done)} / {_total}");
            _terminal.Flush();
            _shown = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (this)
        {
            _disposed = true;
            if (_shown)
            {
                _terminal!.Write("\r" + new string(' ', _what.Length + 24) + "\r");
                _terminal.Flush();
                _shown = false;
            }
            _terminal?.Flush();
        }
    }
}
