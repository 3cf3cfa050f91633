using Relevare.Static.Cli;

namespace Relevare.Static.Tests.Cli;

/// <summary>Runs <c>relevare</c> in-process through <see cref="CliApplication.Run"/>, capturing its output.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args) => Run(githubActions: false, args);

    public static CliRun Run(bool githubActions, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, new CliEnvironment(stdout, stderr, githubActions));
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
