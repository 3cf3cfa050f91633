using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;

namespace Relevare.Static.Medical;

/// <summary>
/// Review dates, kept pure: the next review is <c>reviewed</c> plus the site's interval unless the page sets
/// <c>next_review</c>; "today" is always given by the caller (the CLI's <c>--today</c> or the local date), never read
/// from a clock, so builds are reproducible.
/// </summary>
internal static class ReviewSchedule
{
    /// <summary>The date of the next review.</summary>
    public static DateOnly NextReview(DateOnly reviewed, DateOnly? pageNextReview, int intervalMonths) =>
        pageNextReview ?? reviewed.AddMonths(intervalMonths);

    /// <summary>Where a page with <paramref name="nextReview"/> stands on <paramref name="today"/>.</summary>
    public static ReviewStatus Status(DateOnly nextReview, DateOnly? today, int warningDays) => today switch
    {
        null => ReviewStatus.Unknown,
        { } now when now > nextReview => ReviewStatus.Overdue,
        { } now when nextReview.DayNumber - now.DayNumber <= warningDays => ReviewStatus.DueSoon,
        _ => ReviewStatus.Ok,
    };

    /// <summary>The page's review information and, when it is due soon or overdue, a warning (RS0604, RS0605).</summary>
    public static ReviewInfo Check(DateOnly reviewed, DateOnly? pageNextReview, SourceLocation at, MedicalSettings settings, DateOnly? today, List<Diagnostic> diagnostics)
    {
        var next = NextReview(reviewed, pageNextReview, settings.ReviewIntervalMonths);
        var status = Status(next, today, settings.ReviewWarningDays);
        int? days = today is { } now ? next.DayNumber - now.DayNumber : null;
        const string Hint = "have the reviewer check the page's facts and sources, then set 'reviewed:' to the date of that review";
        switch (status)
        {
            case ReviewStatus.Overdue:
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.ReviewOverdue, at,
                    $"the review of this page was due on {Dates.Text(next)}, {Days(-days!.Value)} ago",
                    Hint + " (an overdue review fails builds run with --strict)"));
                break;
            case ReviewStatus.DueSoon:
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.ReviewDueSoon, at,
                    days == 0 ? $"the review of this page is due today ({Dates.Text(next)})" : $"the review of this page is due on {Dates.Text(next)}, in {Days(days!.Value)}",
                    Hint));
                break;
        }

        return new ReviewInfo(reviewed, next, status, days);
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
