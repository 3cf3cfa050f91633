using Relevare.Static.Diagnostics;

namespace Relevare.Static.Configuration;

/// <summary>One sign-off of a health page in <c>content/_data/reviews.yml</c>, written by <c>relevare review</c>.</summary>
/// <param name="Date">The day of the sign-off.</param>
/// <param name="Person">The reviewer's key (a review) or the editor's key (an editorial change).</param>
/// <param name="Editorial">For an editorial change that cannot alter meaning (e.g. "typo fix"): what was changed; null for a review.</param>
/// <param name="Content">The fingerprint of what was signed off (<c>Medical/ReviewFingerprint</c>).</param>
/// <param name="Location">Where the entry is written in the review file.</param>
public sealed record ReviewEntry(DateOnly Date, string Person, string? Editorial, string Content, SourceLocation Location)
{
    /// <summary>True for a clinician's review, false for a recorded editorial change.</summary>
    public bool IsReview => Editorial is null;
}
