namespace Relevare.Static.Cli;

/// <summary>What the CLI needs from its process: its output streams and environment flags. Tests pass their own.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool GitHubActions)
{
    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
}
