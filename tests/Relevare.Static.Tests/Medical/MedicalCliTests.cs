using System.Text.Json;
using System.Text.RegularExpressions;
using Relevare.Static.Cli;
using Relevare.Static.Reporting;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Medical;

/// <summary><c>relevare build --today</c> and <c>relevare report</c> on copies of fixtures and of the clinic's site.</summary>
public sealed partial class MedicalCliTests
{
    private const string OverdueFixture = "medical-overdue-review-warns-and-fails-strict";

    [Fact]
    public void An_overdue_page_fails_a_strict_build()
    {
        using var site = TempSite.FromFixture(OverdueFixture);

        var run = CliRunner.Run("build", "--source", site.Root, "--strict", "--today", "2026-11-25");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("warning RS0605: the review of this page was due on 1 October 2026, 55 days ago", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("Build failed: 0 errors, 1 warning (--strict)", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_overdue_page_is_a_warning_without_strict()
    {
        using var site = TempSite.FromFixture(OverdueFixture);

        var run = CliRunner.Run("build", "--source", site.Root, "--today", "2026-11-25");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("RS0605", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_decides_whether_a_review_is_overdue()
    {
        using var site = TempSite.FromFixture(OverdueFixture);

        var run = CliRunner.Run("build", "--source", site.Root, "--strict", "--today", "2026-08-01");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Without_today_the_clock_of_the_environment_is_used()
    {
        using var site = TempSite.FromFixture(OverdueFixture);

        var early = Run(new DateTimeOffset(2026, 8, 1, 12, 0, 0, TimeSpan.Zero), "build", "--source", site.Root, "--strict");
        var late = Run(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), "build", "--source", site.Root, "--strict");

        Assert.True(early.ExitCode == 0, early.ToString());
        Assert.True(late.ExitCode == 1, late.ToString());
    }

    [Theory]
    [InlineData("25/11/2026")]
    [InlineData("2026-02-30")]
    public void An_invalid_today_is_a_usage_error(string today)
    {
        using var site = TempSite.FromFixture(OverdueFixture);

        var run = CliRunner.Run("build", "--source", site.Root, "--today", today);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--today '{today}' is not a date written YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_writes_html_css_and_json_for_the_clinic_site()
    {
        using var site = TempSite.FromRepository();
        var output = site.PathOf("report");

        var run = CliRunner.Run("report", "--source", site.Root, "--output", output, "--today", "2026-11-25");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(ReportSummary(), run.Out.Split('\n')[0]);
        var html = File.ReadAllText(Path.Combine(output, ReportFiles.HtmlFileName));
        Assert.Contains("<link rel=\"stylesheet\" href=\"content-health.css\">", html, StringComparison.Ordinal);
        Assert.Contains("Ketamine infusions for migraine", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, ReportFiles.CssFileName)));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, ReportFiles.JsonFileName)));
        var migraine = json.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "content/conditions/migraine.md");
        // The clinic's review is pending and Dr. Mallek's credentials unconfirmed: neither is claimed.
        Assert.Equal("Dr. Mallek", migraine.GetProperty("reviewer").GetString());
        Assert.Equal("not-reviewed", migraine.GetProperty("review_status").GetString());
        Assert.Empty(migraine.GetProperty("review_history").EnumerateArray());
        Assert.False(migraine.GetProperty("changed_since_review").GetBoolean());
        Assert.Contains("<h2 id=\"history-heading\">Review history</h2>", html, StringComparison.Ordinal);
        Assert.Equal(["nhsmigraine", "niesters2014", "schwenk2018"], migraine.GetProperty("citations").GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToArray());
    }

    [Fact]
    public void Report_is_written_even_when_the_build_has_errors()
    {
        using var site = TempSite.FromFixture("medical-missing-disclaimer-is-an-error");

        var run = CliRunner.Run("report", "--source", site.Root, "--today", "2026-11-25");

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(Path.Combine(site.Root, "_report", ReportFiles.HtmlFileName));
        Assert.Contains("RS0611", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_needs_a_medical_section()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");

        var run = CliRunner.Run("report", "--source", site.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no 'medical:' section", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_refuses_an_output_inside_the_sources()
    {
        using var site = TempSite.FromFixture(OverdueFixture);

        var run = CliRunner.Run("report", "--source", site.Root, "--output", Path.Combine(site.Root, "content", "report"));

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "report")));
    }

    private static CliRun Run(DateTimeOffset now, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(stdout, stderr, GitHubActions: false) { Clock = new FixedClock(now) };
        var exitCode = CliApplication.Run(args, environment);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    // 7 pages: the six English pages and the Spanish home page (content/es/index.md).
    [GeneratedRegex(@"^Content health on 2026-11-25: 12 pages, 0 reviews overdue, 0 due soon, 0 above the readability limit, 0 errors, 14 warnings$")]
    private static partial Regex ReportSummary();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
