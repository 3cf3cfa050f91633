using System.Collections.Immutable;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Readability;

namespace Relevare.Static.Medical;

/// <summary>What the medical checks found on one page, for its template and the content-health report.</summary>
/// <param name="Citations">The page's numbered references.</param>
/// <param name="Readability">The counts and grades of the page's main text, or null when the site has no medical section.</param>
/// <param name="ReadabilityLimit">The grade the page may reach: the site's target, or its exemption's max_grade.</param>
/// <param name="Review">The review dates and status, or null for a page without <c>reviewed</c>.</param>
/// <param name="StructuredData">The JSON-LD of a health page, or null.</param>
internal sealed record MedicalPageAnalysis(
    PageCitations Citations,
    ReadabilityScore? Readability,
    double ReadabilityLimit,
    ReviewInfo? Review,
    string? StructuredData)
{
    /// <summary>
    /// True when the page may say it was reviewed ("Page last reviewed", "Reviewed by", JSON-LD lastReviewed and
    /// reviewedBy): it has a review date that is not a placeholder, and it has not changed since its last sign-off.
    /// </summary>
    public bool ReviewShown { get; init; } = true;

    /// <summary>The page's sign-offs from the review record, oldest first (empty when it has none).</summary>
    public ImmutableArray<ReviewEntry> History { get; init; } = [];

    /// <summary>True when the page changed after its last sign-off.</summary>
    public bool ChangedSinceReview { get; init; }
    /// <summary>The language whose formulas scored the page (<c>en</c>: Flesch–Kincaid; <c>es</c>: INFLESZ), or null when none applies.</summary>
    public string? ReadabilityLanguage { get; init; }

    /// <summary>The hardest sentences (at most three, hardest first) of a page above its readability limit; empty otherwise.</summary>
    public ImmutableArray<HardSentence> HardestSentences { get; init; } = [];
}
