using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace CorpusGen.IntegrationTests.Infrastructure;

/// <summary>The result of one <c>dotnet</c> command: exit code and the interleaved output.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>Distinct output lines, trimmed, in first-seen order (MSBuild repeats errors in its summary).</summary>
    public IReadOnlyList<string> DistinctLines => Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public override string ToString() => $"`dotnet {Command}` exited with {ExitCode} after {Elapsed.TotalSeconds:F1}s:\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI in a child process, isolated from the test host's MSBuild environment.</summary>
internal static class DotNet
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    public static async Task<CommandResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // `dotnet test` leaves MSBuild's own variables (MSBUILD_EXE_PATH, MSBuildSDKsPath, …) in the test
        // host's environment; a consumer build must see the machine as a user's shell does.
        foreach (string name in startInfo.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(name);
        }
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No MSBuild node outlives the test run.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (KeyValuePair<string, string> pair in environment)
            {
                startInfo.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(s_timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`dotnet {string.Join(" ", arguments)}` did not finish in {s_timeout}:\n{output}");
        }
        await exited; // flushes the redirected streams
        return new CommandResult(string.Join(" ", arguments), process.ExitCode, output.ToString().Replace("\r\n", "\n"), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
