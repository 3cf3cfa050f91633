using System.Collections.Immutable;

namespace Relevare.Static.Configuration;

/// <summary>
/// site.yml's <c>medical:</c> section: which pages are health pages and the rules they are held to (review
/// interval, readability target, disclaimer, risky wording), plus the people of <c>content/_data/people.yml</c>.
/// </summary>
/// <param name="HealthTypes">Content types whose pages are health pages (reviewed, dated, disclaimed, JSON-LD).</param>
/// <param name="ReviewIntervalMonths">Months from <c>reviewed</c> to the next review, unless a page sets <c>next_review</c>.</param>
/// <param name="ReviewWarningDays">How many days before the next review the build starts warning.</param>
/// <param name="ReadabilityTargetGrade">The highest Flesch–Kincaid grade a page may have without an exception.</param>
/// <param name="DisclaimerSelector">A CSS selector that finds the medical disclaimer in a health page's output.</param>
/// <param name="RiskyPhrases">Wording that needs a citation in the same paragraph (matched as whole words, any case).</param>
public sealed record MedicalSettings(
    ImmutableSortedSet<string> HealthTypes,
    int ReviewIntervalMonths,
    int ReviewWarningDays,
    double ReadabilityTargetGrade,
    string DisclaimerSelector,
    ImmutableArray<string> RiskyPhrases)
{
    /// <summary>The default review interval: a year, the usual cycle for patient information.</summary>
    public const int DefaultReviewIntervalMonths = 12;

    /// <summary>The default notice before a review falls due.</summary>
    public const int DefaultReviewWarningDays = 30;

    /// <summary>The default readability target: the NIH asks for patient material below 8th grade.</summary>
    public const double DefaultReadabilityTargetGrade = 8;

    /// <summary>
    /// The default INFLESZ target for pages in Spanish: 55, the lower bound of "normal" on Barrio-Cantalejo's scale,
    /// the level the INFLESZ validation study asks of texts for patients.
    /// </summary>
    public const double DefaultReadabilityTargetInflesz = 55;

    /// <summary>The default disclaimer selector (the class of the disclaimer partial).</summary>
    public const string DefaultDisclaimerSelector = ".disclaimer";

    /// <summary>
    /// Words that promise too much without evidence (FTC health claims guidance and the wording clinicians flag),
    /// with their common forms.
    /// </summary>
    public static readonly ImmutableArray<string> DefaultRiskyPhrases =
    [
        "cure", "cures", "cured", "curing",
        "guarantee", "guarantees", "guaranteed",
        "proven",
        "permanent", "permanently",
        "for good",
        "completely safe", "totally safe", "perfectly safe",
        "eliminate", "eliminates", "eliminated",
        "miracle", "miracles", "miraculous",
        "breakthrough", "breakthroughs",
        "100%", "100 percent",
        "no side effects", "no side-effects",
    ];

    /// <summary>
    /// The people authors and reviewers refer to, by key; null when <c>content/_data/people.yml</c> could not be
    /// read (its errors are reported once and keys are then not checked, so one broken file gives no cascade).
    /// </summary>
    public ImmutableSortedDictionary<string, Person>? People { get; init; }

    /// <summary>The sign-offs of <c>content/_data/reviews.yml</c> by page path (<c>relevare review</c> writes them).</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<ReviewEntry>> Reviews { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<ReviewEntry>>.Empty;

    /// <summary>The lowest INFLESZ score (Szigriszt-Pazos) a page in Spanish may have without an exception.</summary>
    public double ReadabilityTargetInflesz { get; init; } = DefaultReadabilityTargetInflesz;

    /// <summary>True when pages of <paramref name="contentType"/> are health pages.</summary>
    public bool IsHealthType(string contentType) => HealthTypes.Contains(contentType);
}
