using System.CommandLine;

namespace Relevare.Static.Cli;

/// <summary>The <c>relevare</c> command line: parses arguments, runs a command, returns the exit code.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        var root = new RootCommand("Relevare.Static: builds and checks the clinic's patient-education site from Markdown.")
        {
            new BuildCommand(environment).Create(),
            new CheckCommand(environment).Create(),
            new ReportCommand(environment).Create(),
            new Serve.ServeCommand(environment).Create(),
            new New.NewCommand(environment).Create(),
            new Review.ReviewCommand(environment).Create(),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(environment.Out);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                environment.Error.WriteLine($"error: {error.Message}");
            }

            environment.Error.WriteLine("Run 'relevare --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error });
    }
}
