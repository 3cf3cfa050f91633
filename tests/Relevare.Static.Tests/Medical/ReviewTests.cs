using Relevare.Static.Content;
using Relevare.Static.Medical;

namespace Relevare.Static.Tests.Medical;

public sealed class ReviewTests
{
    private static readonly DateOnly Reviewed = new(2026, 1, 15);

    [Fact]
    public void Next_review_is_reviewed_plus_the_interval() =>
        Assert.Equal(new DateOnly(2027, 1, 15), ReviewSchedule.NextReview(Reviewed, null, 12));

    [Fact]
    public void A_page_can_set_its_own_next_review() =>
        Assert.Equal(new DateOnly(2026, 6, 1), ReviewSchedule.NextReview(Reviewed, new DateOnly(2026, 6, 1), 12));

    [Fact]
    public void A_review_on_29_february_falls_due_on_28_february() =>
        Assert.Equal(new DateOnly(2029, 2, 28), ReviewSchedule.NextReview(new DateOnly(2028, 2, 29), null, 12));

    [Theory]
    [InlineData("2026-12-25", ReviewStatus.Ok)]        // 31 days before
    [InlineData("2026-12-26", ReviewStatus.DueSoon)]   // 30 days before: the warning starts
    [InlineData("2027-01-25", ReviewStatus.DueSoon)]   // the due date itself
    [InlineData("2027-01-26", ReviewStatus.Overdue)]   // the day after
    public void Status_depends_on_today(string today, ReviewStatus expected) =>
        Assert.Equal(expected, ReviewSchedule.Status(new DateOnly(2027, 1, 25), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 30));

    [Fact]
    public void Without_a_date_for_today_the_status_is_unknown() =>
        Assert.Equal(ReviewStatus.Unknown, ReviewSchedule.Status(new DateOnly(2027, 1, 25), null, 30));

    private static BuildResult Build(string frontMatter, DateOnly? today) =>
        MedicalSite.Build(MedicalSite.HealthPage(frontMatter, "Text.\n"), today);

    [Fact]
    public void An_overdue_page_is_a_warning_at_its_reviewed_line()
    {
        var result = Build("reviewed: 2025-01-10\nreviewer: mallek", new DateOnly(2026, 1, 13));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0605", "content/conditions/migraine.md:3:1", false), (warning.Code, warning.Location, warning.IsError));
        Assert.Equal("the review of this page was due on 10 January 2026, 3 days ago", warning.Message);
        Assert.NotEmpty(result.Files);
    }

    [Fact]
    public void A_review_due_soon_is_a_warning_at_next_review_when_the_page_sets_it()
    {
        var result = Build("reviewed: 2026-01-10\nreviewer: mallek\nnext_review: 2026-07-01", new DateOnly(2026, 6, 21));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0604", "content/conditions/migraine.md:5:1"), (warning.Code, warning.Location));
        Assert.Equal("the review of this page is due on 1 July 2026, in 10 days", warning.Message);
    }

    [Fact]
    public void Without_today_nothing_is_due()
    {
        var result = SiteBuilder.Build(
            InMemorySourceFileSystem.FromText(MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2000-01-01\nreviewer: mallek", "Text.\n"))),
            new BuildOptions());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(ReviewStatus.Unknown, result.Health!.Pages.Single(p => p.IsHealthPage).Review!.Status);
    }

    [Fact]
    public void Next_review_before_reviewed_is_an_error()
    {
        var result = Build("reviewed: 2026-01-10\nreviewer: mallek\nnext_review: 2026-01-10", MedicalSite.Today);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0606", "content/conditions/migraine.md:5:14"), (error.Code, error.Location));
    }

    [Fact]
    public void The_page_shows_both_dates_and_the_reviewer_with_credentials()
    {
        var result = Build("reviewed: 2026-11-20\nreviewer: mallek", MedicalSite.Today);

        Assert.Contains(
            "Page last reviewed: 20 November 2026 · Next review due: 20 November 2027 · Reviewed by Dr. Mallek, MD",
            MedicalSite.Html(result, "conditions/migraine/index.html"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_does_not_depend_on_today()
    {
        var page = MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek", "Text.\n");

        var soon = MedicalSite.Build(page, new DateOnly(2026, 11, 21));
        var late = MedicalSite.Build(page, new DateOnly(2027, 11, 1));

        Assert.Equal(MedicalSite.Html(soon, "conditions/migraine/index.html"), MedicalSite.Html(late, "conditions/migraine/index.html"));
    }

    [Fact]
    public void The_site_can_set_the_interval_and_the_warning_period()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-01-01\nreviewer: mallek", "Text.\n"));
        files["site.yml"] = files["site.yml"].Replace("  health_types: [article]", "  health_types: [article]\n  review_interval_months: 6\n  review_warning_days: 7", StringComparison.Ordinal);

        var result = MedicalSite.Build(files, new DateOnly(2026, 6, 25));

        var page = result.Health!.Pages.Single(p => p.IsHealthPage);
        Assert.Equal((new DateOnly(2026, 7, 1), ReviewStatus.DueSoon, 6), (page.Review!.NextReview, page.Review.Status, page.Review.DaysUntilDue!.Value));
    }
}
