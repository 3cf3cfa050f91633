using Relevare.Static.Cli;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>Runs the real <c>relevare build</c> in-process, as an editor would from the command line.</summary>
internal static class SiteBuild
{
    /// <summary>
    /// Builds the site whose sources are in <paramref name="source"/> into <paramref name="output"/> (replaced as a
    /// whole) and lists its pages. A failed build throws with everything relevare printed.
    /// </summary>
    public static BuiltSite Run(string source, string output, Uri? baseUrl = null)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        List<string> args = ["build", "--source", source, "--output", output];
        if (baseUrl is not null)
        {
            args.AddRange(["--base-url", baseUrl.AbsoluteUri]);
        }

        var exitCode = CliApplication.Run([.. args], new CliEnvironment(stdout, stderr, GitHubActions: false));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"relevare {string.Join(' ', args)} exited with {exitCode}:\n{stdout}{stderr}");
        }

        return BuiltSite.At(output);
    }
}
