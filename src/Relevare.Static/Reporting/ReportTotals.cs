using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Medical;

namespace Relevare.Static.Reporting;

/// <summary>The report's totals.</summary>
public sealed record ReportTotals(
    int Pages,
    int HealthPages,
    int ReviewsOk,
    int ReviewsDueSoon,
    int ReviewsOverdue,
    int NotReviewed,
    int AboveReadabilityLimit,
    int Citations,
    int References,
    int Errors,
    int Warnings)
{
    /// <summary>Counts <paramref name="health"/> and <paramref name="diagnostics"/>.</summary>
    public static ReportTotals Of(ContentHealth health, ImmutableArray<Diagnostic> diagnostics)
    {
        var pages = health.Pages;
        int Reviews(ReviewStatus status) => pages.Count(p => p.Review?.Status == status);
        return new ReportTotals(
            pages.Length,
            pages.Count(p => p.IsHealthPage),
            Reviews(ReviewStatus.Ok),
            Reviews(ReviewStatus.DueSoon),
            Reviews(ReviewStatus.Overdue),
            pages.Count(p => p.IsHealthPage && p.Review is null),
            pages.Count(p => p.IsAboveReadabilityLimit),
            pages.Sum(p => p.CitationCount),
            pages.Sum(p => p.ReferenceCount),
            diagnostics.Count(d => d.IsError),
            diagnostics.Count(d => !d.IsError));
    }
}
