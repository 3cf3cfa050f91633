using System.Text.Json;
using Relevare.Static.Reporting;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Governance;

/// <summary><c>relevare review</c>: a sign-off is recorded with what was reviewed, and the build holds the page to it.</summary>
public sealed class ReviewCommandTests
{
    private const string Fixture = "placeholder-in-front-matter-warns"; // a health page whose review is pending
    private const string Page = "content/conditions/migraine.md";

    [Fact]
    public void A_sign_off_fills_in_the_pending_review_and_the_page_shows_it()
    {
        using var site = TempSite.FromFixture(Fixture);

        var review = CliRunner.Run("review", "conditions/migraine.md", "--reviewer", "mallek", "--source", site.Root, "--today", "2026-11-24");
        var build = CliRunner.Run("build", "--source", site.Root, "--today", "2026-11-25", "--strict");

        Assert.True(review.ExitCode == 0, review.ToString());
        Assert.Contains("\nreviewed: 2026-11-24\nreviewer: mallek\n", File.ReadAllText(site.PathOf(Page)), StringComparison.Ordinal);
        Assert.Matches(@"^# [^\n]*\n(#[^\n]*\n)*""content/conditions/migraine\.md"":\n  - \{ date: 2026-11-24, reviewer: mallek, content: ""sha256:[0-9a-f]{64}"" \}\n$", File.ReadAllText(site.PathOf("content/_data/reviews.yml")));
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("Page last reviewed: <time datetime=\"2026-11-24\">", File.ReadAllText(site.PathOf("_site/conditions/migraine/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_changed_after_its_sign_off_loses_its_review_until_signed_off_again_and_the_report_shows_it_in_red()
    {
        using var site = TempSite.FromFixture(Fixture);
        CliRunner.Run("review", Page, "--reviewer", "mallek", "--source", site.Root, "--today", "2026-11-20");
        File.WriteAllText(site.PathOf(Page), File.ReadAllText(site.PathOf(Page)).Replace("may help some people", "helps most people", StringComparison.Ordinal));

        var build = CliRunner.Run("build", "--source", site.Root, "--today", "2026-11-25");
        var report = CliRunner.Run("report", "--source", site.Root, "--output", site.PathOf("report"), "--today", "2026-11-25");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["RS0623 content/conditions/migraine.md:3:1"], ClinicPlaceholders.Printed(build.Error));
        Assert.Contains("has changed since it was reviewed on 20 November 2026 by Dr. Mallek", build.Error, StringComparison.Ordinal);
        var html = File.ReadAllText(site.PathOf("_site/conditions/migraine/index.html"));
        Assert.DoesNotContain("Page last reviewed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"lastReviewed\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reviewedBy\"", html, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.ToString());
        var page = File.ReadAllText(site.PathOf("report/" + ReportFiles.HtmlFileName));
        Assert.Contains("<tr class=\"changed-since-review\">", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status status-overdue\">changed since its last review</span>", page, StringComparison.Ordinal);
        Assert.Contains(".changed-since-review > th, .changed-since-review > td { background: var(--overdue-bg); color: var(--overdue); }", File.ReadAllText(site.PathOf("report/" + ReportFiles.CssFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_editorial_change_is_recorded_deliberately_and_the_review_stands_with_its_history_in_the_report()
    {
        using var site = TempSite.FromFixture(Fixture);
        CliRunner.Run("review", Page, "--reviewer", "mallek", "--source", site.Root, "--today", "2026-11-20");
        File.WriteAllText(site.PathOf(Page), File.ReadAllText(site.PathOf(Page)).Replace("may help", "may\n   help", StringComparison.Ordinal));
        var whitespace = CliRunner.Run("build", "--source", site.Root, "--today", "2026-11-25", "--strict");
        File.WriteAllText(site.PathOf(Page), File.ReadAllText(site.PathOf(Page)).Replace("Ketamine may", "Ketamine can", StringComparison.Ordinal));

        var editorial = CliRunner.Run("review", Page, "--editorial", "wording", "--by", "mallek", "--source", site.Root, "--today", "2026-11-22");
        var build = CliRunner.Run("build", "--source", site.Root, "--today", "2026-11-25", "--strict");
        var report = CliRunner.Run("report", "--source", site.Root, "--output", site.PathOf("report"), "--today", "2026-11-25");

        Assert.True(whitespace.ExitCode == 0, whitespace.ToString());
        Assert.True(editorial.ExitCode == 0, editorial.ToString());
        Assert.Contains("the review of 2026-11-20 by mallek still stands", editorial.Out, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("Page last reviewed: <time datetime=\"2026-11-20\">", File.ReadAllText(site.PathOf("_site/conditions/migraine/index.html")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(site.PathOf("report/" + ReportFiles.JsonFileName)));
        var history = json.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("path").GetString() == Page).GetProperty("review_history");
        Assert.Equal(["2026-11-20 review mallek", "2026-11-22 editorial mallek"], history.EnumerateArray().Select(e =>
            $"{e.GetProperty("date").GetString()} {e.GetProperty("kind").GetString()} {(e.TryGetProperty("reviewer", out var r) ? r : e.GetProperty("by")).GetString()}"));
        Assert.Contains("reviewed by mallek</li><li><time datetime=\"2026-11-22\">22 Nov 2026</time> editorial change (wording) by mallek</li>", File.ReadAllText(site.PathOf("report/" + ReportFiles.HtmlFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unfinished_page_or_an_unconfirmed_reviewer_cannot_be_signed_off_and_nothing_is_written()
    {
        using var unfinished = TempSite.FromFixture("archetype-page-without-draft-fails-strict");
        using var unconfirmed = TempSite.FromFixture("reviewer-with-placeholder-credentials-fails-strict");
        var before = File.ReadAllText(unfinished.PathOf(Page));

        var fillIn = CliRunner.Run("review", Page, "--reviewer", "mallek", "--source", unfinished.Root);
        var credentials = CliRunner.Run("review", Page, "--reviewer", "mallek", "--source", unconfirmed.Root);
        var unknown = CliRunner.Run("review", Page, "--reviewer", "nobody", "--source", unconfirmed.Root);
        var notHealth = CliRunner.Run("review", "content/about.md", "--reviewer", "mallek", "--source", unconfirmed.Root);
        var noReview = CliRunner.Run("review", Page, "--editorial", "typo fix", "--by", "mallek", "--source", unconfirmed.Root);

        Assert.Equal(1, fillIn.ExitCode);
        Assert.Contains("still has placeholders or FILL-IN text", fillIn.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(unfinished.PathOf(Page)));
        Assert.Equal(1, credentials.ExitCode);
        Assert.Contains("credentials in content/_data/people.yml are a placeholder", credentials.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'nobody' is not in content/_data/people.yml", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, notHealth.ExitCode);
        Assert.Equal(1, noReview.ExitCode);
        Assert.Contains("has never been reviewed", noReview.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(unfinished.PathOf("content/_data/reviews.yml")));
        Assert.False(File.Exists(unconfirmed.PathOf("content/_data/reviews.yml")));
    }
}
