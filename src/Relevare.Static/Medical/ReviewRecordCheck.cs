using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>
/// Whether a page may say it was reviewed. It may not when its review date is a placeholder or in the future
/// (RS0621), when it changed after its last sign-off in the review record (RS0623), or when its front matter
/// disagrees with that sign-off (RS0625). A reviewer whose credentials are a placeholder is reported too (RS0622).
/// </summary>
internal static class ReviewRecordCheck
{
    /// <param name="source">The page.</param>
    /// <param name="settings">site.yml's medical section, with the people and the review record.</param>
    /// <param name="today">The build's date, or null (review dates not compared with today).</param>
    /// <param name="diagnostics">Where findings go.</param>
    /// <param name="awaitingTranslations">The page's translations that still translate its reviewed version: when it has changed since, RS0623 names them (they go out of date at the sign-off).</param>
    public static (bool Shown, bool Changed, ImmutableArray<ReviewEntry> History) Check(
        SourcePage source, MedicalSettings settings, DateOnly? today, List<Diagnostic> diagnostics, ImmutableArray<string> awaitingTranslations = default)
    {
        var meta = source.Metadata;
        var history = settings.Reviews.TryGetValue(source.Path, out var entries) ? entries : [];
        var shown = meta.Reviewed is not null;
        var reviewedAt = meta.Locations.GetValueOrDefault("reviewed", SourceLocation.File(source.Path));
        if (meta.Reviewed is { } reviewed && today is { } now && reviewed > now)
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.ReviewInFuture, reviewedAt,
                $"'reviewed' is {Dates.Iso(reviewed)}, after today ({Dates.Iso(now)}): a review cannot have happened yet, so the page does not show it",
                "write the date the reviewer actually checked the page (relevare review writes it for you)"));
            shown = false;
        }

        if (meta.Reviewed is not null && meta.Medical.Reviewer is { CredentialsArePlaceholder: true } reviewer)
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.ReviewerCredentialsPlaceholder, meta.Locations.GetValueOrDefault("reviewer", reviewedAt),
                $"the reviewer '{reviewer.Key}' has placeholder credentials in {PeopleFile.Path}: a patient cannot tell who checked this page",
                $"confirm {reviewer.Name}'s credentials and write them in {PeopleFile.Path}"));
        }

        if (history.IsEmpty)
        {
            return (shown, false, history);
        }

        var last = history[^1];
        var lastReview = history.LastOrDefault(e => e.IsReview);
        var reviewText = lastReview is null ? "(no review recorded)" : $"{Dates.Text(lastReview.Date)} by {NameOf(settings, lastReview.Person)}";
        if (ReviewFingerprint.Of(source) != last.Content || lastReview is null)
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.ChangedSinceReview, reviewedAt,
                $"this page has changed since it was reviewed on {reviewText}; it does not show its review until the change is signed off" + Awaiting(awaitingTranslations),
                $"have the reviewer check the page, then run 'relevare review {source.Path} --reviewer {lastReview?.Person ?? "<key>"}'; "
                    + $"for a change that cannot alter the meaning (a typo fix), record it: 'relevare review {source.Path} --editorial \"typo fix\" --by <your key>'"));
            return (false, true, history);
        }

        if (meta.Reviewed != lastReview.Date || meta.Reviewer != lastReview.Person)
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.ReviewRecordMismatch, reviewedAt,
                $"the front matter says reviewed {(meta.Reviewed is { } d ? Dates.Iso(d) : "(none)")} by {meta.Reviewer ?? "(nobody)"}, but the last sign-off in {ReviewFile.Path} is {Dates.Iso(lastReview.Date)} by {lastReview.Person}",
                $"'reviewed' and 'reviewer' are written by 'relevare review': set them back to {Dates.Iso(lastReview.Date)} and {lastReview.Person}, or have the page reviewed again"));
            return (false, false, history);
        }

        return (shown, false, history);
    }

    // The translations that go out of date when the change is signed off (not when it is recorded as editorial).
    private static string Awaiting(ImmutableArray<string> translations) =>
        translations.IsDefaultOrEmpty ? ""
            : translations.Length == 1 ? $", and then its translation {translations[0]} is out of date until it is updated"
            : $", and then its translations {string.Join(", ", translations)} are out of date until they are updated";

    private static string NameOf(MedicalSettings settings, string key) =>
        settings.People?.GetValueOrDefault(key)?.Name ?? key;
}
