using Relevare.Static.Cli;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// RELEVARE_GC_LOG=1 with <c>relevare build --timings</c>: every collection of the build on a line, after the stages'
/// ends; nothing of it without the variable or without --timings.
/// </summary>
public sealed class GcLogTests
{
    [Fact]
    public void A_collection_after_the_start_is_listed_with_its_generation_and_one_before_it_is_not()
    {
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        var before = GC.GetGCMemoryInfo(GCKind.Any).Index;
        var log = GcLog.Start();

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var lines = log.Lines([new StageTiming("render", TimeSpan.FromMilliseconds(5))]).ToList();

        Assert.Equal("  stage render ends", lines[0][..19]);
        var collections = lines.Skip(1).ToList();
        Assert.NotEmpty(collections);
        Assert.DoesNotContain(collections, line => line.StartsWith($"  gc #{before,3} ", StringComparison.Ordinal));
        Assert.Contains(collections, line => line.Contains(" gen 2 ", StringComparison.Ordinal) && line.Contains(" compact pause ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void The_build_lists_its_stages_ends_only_with_the_variable_and_the_timings(bool variable, bool timings, bool listed)
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        string[] args = timings ? ["build", "--timings", "--source", site.Root] : ["build", "--source", site.Root];

        var exitCode = CliApplication.Run(args, new CliEnvironment(stdout, stderr, GitHubActions: false) { LogCollections = variable });

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(listed, stderr.ToString().Contains("  stage render ends ", StringComparison.Ordinal));
        Assert.Equal(timings, stderr.ToString().Contains("  runtime: ", StringComparison.Ordinal));
    }
}
