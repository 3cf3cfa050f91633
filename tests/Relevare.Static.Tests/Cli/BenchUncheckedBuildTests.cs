using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// bench/'s checks on/off case: with RELEVARE_BENCH_UNCHECKED=1 a build leaves the page checks out (so a broken link
/// is not found) and says so; without it the same site fails on the link. The default is untouched.
/// </summary>
public sealed class BenchUncheckedBuildTests
{
    [Fact]
    public void The_bench_switch_leaves_the_page_checks_out_and_says_so_and_the_default_still_checks()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        File.WriteAllText(site.PathOf("content/broken.md"), "---\ntitle: Broken\n---\n\nSee [the gone page](/nowhere/).\n");

        var checkedRun = Run(unchecked_: false, "build", "--source", site.Root);
        Assert.Equal(ExitCodes.Errors, checkedRun.ExitCode);
        Assert.Contains(DiagnosticCodes.CheckBrokenLink, checkedRun.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(CliEnvironment.UncheckedVariable, checkedRun.Error, StringComparison.Ordinal);

        var uncheckedRun = Run(unchecked_: true, "build", "--source", site.Root);
        Assert.True(uncheckedRun.ExitCode == ExitCodes.Success, uncheckedRun.ToString());
        Assert.DoesNotContain(DiagnosticCodes.CheckBrokenLink, uncheckedRun.Error, StringComparison.Ordinal);
        Assert.Contains($"warning: {CliEnvironment.UncheckedVariable}=1: the built pages are not checked", uncheckedRun.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "broken", "index.html")));
    }

    [Fact]
    public void A_strict_build_refuses_the_bench_switch_and_writes_nothing()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");

        var run = Run(unchecked_: true, "build", "--strict", "--source", site.Root);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"error: {CliEnvironment.UncheckedVariable}=1 leaves the checks of the built pages out, and a --strict build must check every page", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), run.ToString());
        Assert.True(Run(unchecked_: false, "build", "--strict", "--source", site.Root).ExitCode == ExitCodes.Success);
    }

    private static CliRun Run(bool unchecked_, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, new CliEnvironment(stdout, stderr, GitHubActions: false) { UncheckedForBenchmarks = unchecked_ });
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
