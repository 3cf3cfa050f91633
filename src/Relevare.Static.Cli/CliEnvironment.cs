namespace Relevare.Static.Cli;

/// <summary>What the CLI needs from its process: its output streams and environment flags. Tests pass their own.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool GitHubActions)
{
    /// <summary>Where "today" comes from when <c>--today</c> is not given (tests pass a fixed clock).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
}
