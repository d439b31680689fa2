using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CorpusGen.Cli.Lsp;

/// <summary>
/// The Language Server Protocol's base protocol over a pair of streams: messages framed by a
/// <c>Content-Length</c> header, bodies of JSON-RPC 2.0. A frame that cannot be read is reported as
/// <see cref="ReadResult.Malformed"/> and reading goes on with the next one; only the end of the input ends it.
/// </summary>
internal sealed class LspConnection
{
    /// <summary>Largest message the server accepts; a larger one is skipped and answered with an error.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly byte[] _one = new byte[1];

    public LspConnection(Stream input, Stream output)
    {
        _input = input;
        _output = output;
    }

    /// <summary>What reading one frame gave.</summary>
    internal readonly record struct ReadResult(JsonObject? Message, string? Malformed, bool EndOfInput);

    public async Task<ReadResult> ReadAsync(CancellationToken cancellationToken)
    {
        int contentLength = -1;
        while (true)
        {
            string? line = await ReadHeaderLineAsync(cancellationToken);
            if (line is null)
            {
                return new ReadResult(null, null, EndOfInput: true);
            }
            if (line.Length == 0)
            {
                if (contentLength >= 0)
                {
                    break;
                }
                continue; // stray blank line between frames
            }
            int colon = line.IndexOf(':');
            if (colon > 0 && line.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(line.Substring(colon + 1).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out contentLength))
                {
                    return new ReadResult(null, "the Content-Length header is not a number: " + line, false);
                }
            }
        }

        if (contentLength > MaxMessageBytes)
        {
            await SkipAsync(contentLength, cancellationToken);
            return new ReadResult(null, $"the message has {contentLength} bytes, more than the {MaxMessageBytes} this server reads", false);
        }
        byte[] body = new byte[contentLength];
        int read = 0;
        while (read < contentLength)
        {
            int n = await _input.ReadAsync(body.AsMemory(read, contentLength - read), cancellationToken);
            if (n == 0)
            {
                return new ReadResult(null, null, EndOfInput: true);
            }
            read += n;
        }
        try
        {
            return JsonNode.Parse(body) is JsonObject message
                ? new ReadResult(message, null, false)
                : new ReadResult(null, "the message is not a JSON object", false);
        }
        catch (JsonException ex)
        {
            return new ReadResult(null, "the message is not valid JSON: " + ex.Message, false);
        }
    }

    public async Task WriteAsync(JsonObject message)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(message);
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _output.WriteAsync(header);
            await _output.WriteAsync(body);
            await _output.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>A header line without its CRLF (ASCII); null at the end of the input.</summary>
    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            int n = await _input.ReadAsync(_one.AsMemory(0, 1), cancellationToken);
            if (n == 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }
            char c = (char)_one[0];
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }
            if (line.Length < 4096)
            {
                line.Append(c);
            }
        }
    }

    private async Task SkipAsync(int length, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[81920];
        for (int left = length; left > 0;)
        {
            int n = await _input.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, left)), cancellationToken);
            if (n == 0)
            {
                return;
            }
            left -= n;
        }
    }
}
