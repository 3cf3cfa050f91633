using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Readability;

namespace Relevare.Static.Medical;

/// <summary>One published page's line in the content-health report.</summary>
/// <param name="Path">The source, e.g. <c>content/conditions/migraine.md</c>.</param>
/// <param name="Url">The page's URL, e.g. <c>/conditions/migraine/</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Type">The content type.</param>
/// <param name="IsHealthPage">True for health pages.</param>
/// <param name="Author">The author's name and credentials (or the key as written when not resolved), or null.</param>
/// <param name="Reviewer">The reviewer's name and credentials (or the key as written), or null.</param>
/// <param name="Review">Review dates and status, or null for a page never reviewed.</param>
/// <param name="Readability">The main text's counts and grades.</param>
/// <param name="ReadabilityLimit">The highest grade allowed for this page.</param>
/// <param name="ReadabilityExemptionReason">The written reason of the page's exemption, or null.</param>
/// <param name="CitedKeys">The keys the text cites, in order of first citation.</param>
/// <param name="CitationCount">Citations in the text (a key cited twice counts twice).</param>
/// <param name="ReferenceCount">Entries in the page's references.</param>
public sealed record PageHealth(
    string Path,
    string Url,
    string Title,
    string Type,
    bool IsHealthPage,
    string? Author,
    string? Reviewer,
    ReviewInfo? Review,
    ReadabilityScore Readability,
    double ReadabilityLimit,
    string? ReadabilityExemptionReason,
    ImmutableArray<string> CitedKeys,
    int CitationCount,
    int ReferenceCount)
{
    /// <summary>The page's sign-offs from the review record, oldest first.</summary>
    public ImmutableArray<ReviewEntry> History { get; init; } = [];

    /// <summary>True when the page changed after its last sign-off (it then does not show its review).</summary>
    public bool ChangedSinceReview { get; init; }
    /// <summary>The sentences to rewrite first (hardest first, at most three) when the page is above its readability limit.</summary>
    public ImmutableArray<HardSentence> HardestSentences { get; init; } = [];

    /// <summary>
    /// The pictures the page shows that the build published (its Markdown images, and the portrait on a person's
    /// bio page), by source path; a picture that could not be published is not listed (its diagnostic is).
    /// </summary>
    public ImmutableArray<PageImage> Images { get; init; } = [];

    /// <summary>The most a patient downloads for the page's pictures: the sum of each picture's largest file.</summary>
    public long ImageBytes => Images.Sum(i => i.LargestBytes);

    /// <summary>
    /// The language whose formulas scored the page: <c>en</c> (Flesch–Kincaid grade, <see cref="ReadabilityLimit"/> a
    /// highest grade), <c>es</c> (INFLESZ score, <see cref="ReadabilityLimit"/> a lowest score), or null when no
    /// formula exists for the page's language (not graded).
    /// </summary>
    public string? ReadabilityLanguage { get; init; } = "en";

    /// <summary>True when the page's text is long enough to be held to its limit, in a language that has formulas.</summary>
    public bool IsGraded => ReadabilityLanguage is not null && Readability.Words >= MedicalPageAnalyzer.MinWordsToGrade;

    /// <summary>True when the page reads harder than it is allowed (short pages are not graded).</summary>
    public bool IsAboveReadabilityLimit => IsGraded && (ReadabilityLanguage == "es" ? Readability.Inflesz < ReadabilityLimit : Readability.Grade > ReadabilityLimit);
}
