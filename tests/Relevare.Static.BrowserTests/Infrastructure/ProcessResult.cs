namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>How an external tool ended and what it printed.</summary>
internal sealed record ProcessResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
