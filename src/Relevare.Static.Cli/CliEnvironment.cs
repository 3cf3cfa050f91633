namespace Relevare.Static.Cli;

/// <summary>What the CLI needs from its process: its output streams and environment flags. Tests pass their own.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool GitHubActions)
{
    /// <summary>Where "today" comes from when <c>--today</c> is not given (tests pass a fixed clock).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// True when a long build may draw its progress on standard error: an interactive terminal, outside CI (whose
    /// logs get only the summary line) and not a "dumb" terminal that cannot redraw a line.
    /// </summary>
    public bool ShowProgress { get; init; }

    /// <summary>
    /// True when <see cref="UncheckedVariable"/> is <c>1</c>: <c>relevare build</c> leaves out the checks of the built
    /// pages (RS07xx), for bench/ to measure what they cost, and says so on every build. Never a way to publish.
    /// </summary>
    public bool UncheckedForBenchmarks { get; init; }

    /// <summary>The environment variable behind <see cref="UncheckedForBenchmarks"/> (bench/run.sh's checks on/off case).</summary>
    public const string UncheckedVariable = "RELEVARE_BENCH_UNCHECKED";

    /// <summary>
    /// True when <see cref="GcLogVariable"/> is <c>1</c>: <c>relevare build --timings</c> also lists every garbage
    /// collection of the build (<see cref="GcLog"/>), for measuring the collector's pauses (docs/performance.md).
    /// </summary>
    public bool LogCollections { get; init; }

    /// <summary>The environment variable behind <see cref="LogCollections"/>.</summary>
    public const string GcLogVariable = "RELEVARE_GC_LOG";

    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
        {
            ShowProgress = IsInteractive(Console.IsErrorRedirected, Environment.GetEnvironmentVariable),
            UncheckedForBenchmarks = Environment.GetEnvironmentVariable(UncheckedVariable) == "1",
            LogCollections = Environment.GetEnvironmentVariable(GcLogVariable) == "1",
        };

    /// <summary>Whether progress may be shown, given whether standard error is redirected and the environment.</summary>
    public static bool IsInteractive(bool errorRedirected, Func<string, string?> variable) =>
        !errorRedirected
        && string.IsNullOrEmpty(variable("CI"))
        && variable("GITHUB_ACTIONS") != "true"
        && variable("TERM") != "dumb";
}
