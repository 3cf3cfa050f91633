using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.FrontMatter;
using Relevare.Static.Site;

namespace Relevare.Static.Medical;

/// <summary>Where a translation's recorded version stands against its source's reviewed version.</summary>
internal enum SourceVersionState
{
    /// <summary>The translation records the source's current text, or only recorded editorial changes came since.</summary>
    Current,

    /// <summary>
    /// The source changed after the version the translation records, but that change is not signed off yet: the
    /// translation still translates the source's reviewed version. Not a finding on the translation (the source
    /// fails <c>--strict</c> itself, RS0623 or its pending review); it goes out of date when the change is signed off.
    /// </summary>
    AwaitingSignOff,

    /// <summary>The source's reviewed version is newer than the one the translation records (RS0626).</summary>
    OutOfDate,
}

/// <summary>The comparison of a translation's recorded source version with the source's review record.</summary>
/// <param name="State">Current, awaiting the source's sign-off, or out of date.</param>
/// <param name="Since">
/// For <see cref="SourceVersionState.OutOfDate"/>: the day the translation went out of date — the first sign-off of
/// the source after the version translated (or, when it has no sign-off record, the source's own <c>reviewed</c>
/// date if it is after the source's sign-off date the translation records); null when that day cannot be told.
/// </param>
/// <param name="FirstSignOff">The first sign-off after the version translated, or null (no review record).</param>
/// <param name="InForce">The source's last review (the sign-off of its reviewed version), or null (no review record).</param>
/// <param name="SignOffsSince">How many reviews of the source came after the version translated (0 without a record).</param>
/// <param name="FurtherChangePending">True when the source has, on top of its reviewed version, a change not signed off yet.</param>
internal sealed record SourceVersion(
    SourceVersionState State, DateOnly? Since, ReviewEntry? FirstSignOff, ReviewEntry? InForce, int SignOffsSince, bool FurtherChangePending)
{
    private static readonly SourceVersion CurrentVersion = new(SourceVersionState.Current, null, null, null, 0, false);
    private static readonly SourceVersion Awaiting = new(SourceVersionState.AwaitingSignOff, null, null, null, 0, true);

    /// <summary>
    /// Compares the version <paramref name="record"/> translates with <paramref name="source"/>, whose current review
    /// fingerprint is <paramref name="current"/> and whose sign-offs (oldest first) are <paramref name="history"/>.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>A source with no sign-off record is taken at its word, as the review check takes it: a health page with
    /// a <c>reviewed</c> date vouches for its current text (so a change makes the translation out of date, since that
    /// date when it is later than the source's sign-off date the translation records); one whose review is pending has not; a page that is not
    /// a health page has no review, and its current text is its version.</item>
    /// <item>With a record, the source's reviewed version is the content of its last entry (a recorded editorial change
    /// carries the review before it). The translation is behind it when a review of the source came after the version
    /// it records; when the recorded fingerprint is not in the record at all (translated from a text never signed
    /// off), when a review came after the source's sign-off date the translation records — or, the source's current
    /// text being signed off, in any case, since the translation is not of it.</item>
    /// </list>
    /// </remarks>
    public static SourceVersion Compare(TranslationRecord record, string current, ImmutableArray<ReviewEntry> history, SourcePage source)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(source);
        if (record.Fingerprint == current)
        {
            return CurrentVersion;
        }

        if (history.IsEmpty)
        {
            return WithoutRecord(record, source);
        }

        var inForce = history.LastOrDefault(e => e.IsReview);
        if (inForce is null)
        {
            return Awaiting; // only editorial entries: the source has never been reviewed through the record (RS0623 on it)
        }

        var pending = history[^1].Content != current;
        var translated = LastIndexOf(history, record.Fingerprint);
        IEnumerable<ReviewEntry> since = translated >= 0
            ? history.Skip(translated + 1).Where(e => e.IsReview)
            : record.SourceReviewed is { } version ? history.Where(e => e.IsReview && e.Date > version) : [];
        var reviewsSince = since.ToList();
        if (reviewsSince.Count == 0 && (translated >= 0 || pending))
        {
            // Of the reviewed version (only editorial changes since), or of a text newer than the last sign-off.
            return pending ? Awaiting : CurrentVersion;
        }

        var first = reviewsSince.Count > 0 ? reviewsSince[0] : inForce;
        return new SourceVersion(SourceVersionState.OutOfDate, first.Date, first, inForce, Math.Max(reviewsSince.Count, 1), pending);
    }

    private static SourceVersion WithoutRecord(TranslationRecord record, SourcePage source)
    {
        var meta = source.Metadata;
        if (!meta.Medical.IsHealthPage)
        {
            return new SourceVersion(SourceVersionState.OutOfDate, null, null, null, 0, false);
        }

        if (meta.Reviewed is not { } reviewed)
        {
            return Awaiting; // its review is pending (a placeholder): nothing vouches for the change yet
        }

        var since = record.SourceReviewed is { } version && reviewed > version ? reviewed : (DateOnly?)null;
        return new SourceVersion(SourceVersionState.OutOfDate, since, null, null, 0, false);
    }

    private static int LastIndexOf(ImmutableArray<ReviewEntry> history, string fingerprint)
    {
        for (var i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Content == fingerprint)
            {
                return i;
            }
        }

        return -1;
    }
}
