using Relevare.Static.Medical;

namespace Relevare.Static.Reporting;

/// <summary>
/// How the report names a page's review status: a CSS class (colour) and plain words (never colour alone). The
/// words speak of the review only ("Up to date", never "OK"): a page with a warning is not OK, and the report's
/// "Problems to fix" column says so.
/// </summary>
internal static class ReportStatus
{
    public static string Code(PageHealth page) => page.Review?.Status switch
    {
        null when !page.IsHealthPage => "not-required",
        null => "not-reviewed",
        ReviewStatus.Ok => "ok",
        ReviewStatus.DueSoon => "due-soon",
        ReviewStatus.Overdue => "overdue",
        _ => "unknown",
    };

    public static string Text(PageHealth page) => page.Review?.Status switch
    {
        null when !page.IsHealthPage => "Not needed",
        null => "Not reviewed",
        ReviewStatus.Ok => "Up to date",
        ReviewStatus.DueSoon => "Due soon",
        ReviewStatus.Overdue => "Overdue",
        _ => "Unknown",
    };

    /// <summary>"in 12 days", "3 days ago", "today", or "" without a date for today.</summary>
    public static string When(PageHealth page) => page.Review?.DaysUntilDue switch
    {
        null => "",
        0 => "due today",
        1 => "in 1 day",
        -1 => "1 day ago",
        > 0 and var days => $"in {days} days",
        var days => $"{-days} days ago",
    };
}
