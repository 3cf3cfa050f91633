using Relevare.Static.Cli;
using Relevare.Static.Content;

namespace Relevare.Static.Tests.Cli;

/// <summary>Progress of long builds: drawn on an interactive terminal only, after a delay, and erased at the end.</summary>
public sealed class ProgressTests
{
    [Theory]
    [InlineData(false, null, null, null, true)]
    [InlineData(true, null, null, null, false)] // standard error redirected (a log file, a pipe)
    [InlineData(false, "true", null, null, false)] // CI
    [InlineData(false, "1", null, null, false)]
    [InlineData(false, null, "true", null, false)] // GitHub Actions
    [InlineData(false, null, null, "dumb", false)] // a terminal that cannot redraw a line
    [InlineData(false, null, null, "xterm-256color", true)]
    public void Progress_is_shown_only_on_an_interactive_terminal_outside_CI(bool redirected, string? ci, string? actions, string? term, bool expected)
    {
        var variables = new Dictionary<string, string?> { ["CI"] = ci, ["GITHUB_ACTIONS"] = actions, ["TERM"] = term };

        Assert.Equal(expected, CliEnvironment.IsInteractive(redirected, name => variables.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_build_shorter_than_the_delay_draws_nothing()
    {
        using var terminal = new StringWriter();
        var progress = new BuildProgress();
        var clock = new ManualClock();

        using (ProgressDisplay.Start(progress, terminal, clock: clock))
        {
            progress.Start("rendering", 10);
        }

        // The delay never came: nothing was drawn; and the timer, now disposed, draws nothing when it fires late.
        clock.Fire();
        Assert.Equal(1, clock.Created);
        Assert.Equal("", terminal.ToString());
    }

    [Fact]
    public void A_long_build_redraws_one_line_and_erases_it_at_the_end()
    {
        using var terminal = new StringWriter();
        var progress = new BuildProgress();
        var clock = new ManualClock();
        progress.Start("rendering", 4000);
        for (var i = 0; i < 1204; i++)
        {
            progress.Advance();
        }

        using (ProgressDisplay.Start(progress, terminal, clock: clock))
        {
            clock.Fire();
            Assert.Equal("\rrendering 1,204/4,000 pages (30%)", terminal.ToString());
            progress.Advance();
            clock.Fire();
        }

        var shown = terminal.ToString();
        Assert.StartsWith("\r", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", shown, StringComparison.Ordinal);
        Assert.Contains("\rrendering 1,205/4,000 pages (30%)", shown, StringComparison.Ordinal);
        var erase = "\r" + new string(' ', "rendering 1,204/4,000 pages (30%)".Length) + "\r";
        Assert.EndsWith(erase, shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reading", 0, 0, "reading ...")]
    [InlineData("checking", 4012, 4012, "checking 4,012/4,012 pages (100%)")]
    [InlineData("rendering", 1, 3, "rendering 1/3 pages (33%)")]
    public void The_line_names_the_stage_and_the_pages_done(string stage, int done, int total, string expected) =>
        Assert.Equal(expected, ProgressDisplay.Describe(stage, done, total));

    [Fact]
    public void The_build_counts_every_page_of_each_stage()
    {
        var progress = new BuildProgress();

        var result = SiteBuilder.Build(new InMemorySourceFileSystem(TestSite.Files("""
            -- content/index.md --
            ---
            title: Home
            ---
            [About](about.md)
            -- content/about.md --
            ---
            title: About
            ---
            Text.
            """)), new BuildOptions(), progress: progress);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        Assert.Equal(("checking", 2, 2), progress.Current);
    }

    [Fact]
    public void The_CLI_prints_no_progress_for_a_short_build_even_on_a_terminal()
    {
        using var site = TempSite.FromFixture("draft-pages-are-skipped");
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };

        var clock = new ManualClock();

        // The display's timer is the environment's clock's: a build that ends before it fires shows nothing.
        var exit = CliApplication.Run(["build", "--source", site.Root], new CliEnvironment(stdout, stderr, GitHubActions: false) { ShowProgress = true, Clock = clock });

        Assert.Equal(0, exit);
        Assert.True(clock.Created > 0, "the progress display did not use the environment's clock");
        Assert.DoesNotContain("\r", stderr.ToString() + stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("Built ", stdout.ToString(), StringComparison.Ordinal);
    }
}
