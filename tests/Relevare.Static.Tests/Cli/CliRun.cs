namespace Relevare.Static.Tests.Cli;

/// <summary>What one in-process run of the CLI did: its exit code and everything it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>stdout and stderr together, for assertion messages.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
