using System.Collections.Immutable;
using Relevare.Static.Citations;
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
    /// <summary>The hardest sentences (at most three, hardest first) of a page above its readability limit; empty otherwise.</summary>
    public ImmutableArray<HardSentence> HardestSentences { get; init; } = [];
}
