using Relevare.Static.Cli;

namespace Relevare.Static.Tests.Checks;

/// <summary>Runs the real command line in process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, new CliEnvironment(stdout, stderr, GitHubActions: false));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static (int Exit, string Out, string Error) Run(CliEnvironment environment, params string[] args)
    {
        var exit = CliApplication.Run(args, environment);
        return (exit, environment.Out.ToString() ?? "", environment.Error.ToString() ?? "");
    }
}
