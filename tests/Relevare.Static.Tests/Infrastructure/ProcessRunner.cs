using System.Diagnostics;
using System.Text;

namespace Relevare.Static.Tests.Infrastructure;

/// <summary>
/// Runs a program to completion (with a time limit), giving its exit code and its output and error interleaved. The one
/// runner of the tests that start programs and read their whole output: the tool-package and Native AOT tests (the .NET
/// CLI and the installed tool) and the workflow tests (bash scripts and node).
/// </summary>
internal static class ProcessRunner
{
    /// <summary>
    /// Only a guard against a hung process (so a run ends instead of hanging CI), never a verdict on speed: far above
    /// the slowest step (a Native AOT pack, about 5 minutes on a loaded two-core machine).
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(45);

    /// <summary>
    /// What <see cref="Run"/> and <see cref="RunAllowingFailure"/> add to the environment: the .NET CLI without its
    /// banner and telemetry, and not taken for a GitHub Actions job (the tool writes annotations there).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> QuietDotnet = new Dictionary<string, string>
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["GITHUB_ACTIONS"] = "false",
    };

    /// <summary>Runs <paramref name="file"/>; fails the test when it does not exit with 0.</summary>
    public static string Run(string file, params string[] arguments)
    {
        var (exitCode, output) = RunAllowingFailure(file, arguments);
        Assert.True(exitCode == 0, $"{file} {string.Join(' ', arguments)} exited with {exitCode}\n{output}");
        return output;
    }

    /// <summary>Runs <paramref name="file"/> and returns its exit code and output, whatever the exit code.</summary>
    public static (int ExitCode, string Output) RunAllowingFailure(string file, params string[] arguments) =>
        RunIn(null, QuietDotnet, file, arguments);

    /// <summary>
    /// Runs <paramref name="file"/> in <paramref name="folder"/> (null: this process's working folder) with only
    /// <paramref name="environment"/> added to this process's environment, and returns its exit code and output,
    /// whatever the exit code.
    /// </summary>
    public static (int ExitCode, string Output) RunIn(string? folder, IReadOnlyDictionary<string, string>? environment, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (folder is not null)
        {
            start.WorkingDirectory = folder;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        // A null line is the end of that stream, not output: appending it would put an empty line wherever the
        // other stream happened to be, e.g. before "0.1.0" when the error stream closed first.
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', arguments)} did not finish within {Timeout.TotalMinutes} minutes (hung?)\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
