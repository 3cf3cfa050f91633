using System.Reflection;

namespace Relevare.Static.Tests.Cli;

/// <summary>Help, version and mistakes on the command line itself.</summary>
public sealed class UsageTests
{
    [Fact]
    public void Unknown_option_exits_with_2_and_points_to_help()
    {
        var run = CliRunner.Run("build", "--frobnicate");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--frobnicate", run.Error, StringComparison.Ordinal);
        Assert.Contains("relevare --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_for_build_lists_its_options()
    {
        var run = CliRunner.Run("build", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--source", "--output", "--drafts", "--strict", "--base-url", "--format" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_lists_the_build_command()
    {
        var run = CliRunner.Run("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("build", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version_of_relevare()
    {
        var expected = typeof(Relevare.Static.Cli.CliApplication).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = CliRunner.Run("--version");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", expected);
        Assert.Equal(expected, run.Out.Trim());
    }
}
