using System.Diagnostics;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>Runs an external tool (java, node) to completion within a time limit, capturing its output.</summary>
internal static class ProcessRunner
{
    /// <summary>
    /// The time limit for the tools: only a guard against a hung process (so the run ends instead of hanging CI),
    /// never a verdict on speed, so far above what any tool takes on a loaded machine.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(20);

    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout} (hung?)");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
