using System.Collections.Immutable;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Readability;

namespace Relevare.Static.FrontMatter;

/// <summary>The medical part of a page's validated front matter.</summary>
/// <param name="IsHealthPage">True when the page's content type is one of site.yml's <c>medical.health_types</c>.</param>
/// <param name="AuthorKey">The <c>author</c> as written, or null.</param>
/// <param name="Author">The <c>author</c> resolved in the people file, or null.</param>
/// <param name="Reviewer">The <c>reviewer</c> resolved in the people file, or null.</param>
/// <param name="NextReview">The page's own <c>next_review</c> date, or null (the site's interval applies).</param>
/// <param name="References">The page's <c>references</c>, in the order written.</param>
/// <param name="ReadabilityExemption">The page's justified readability exception, or null.</param>
public sealed record MedicalMetadata(
    bool IsHealthPage,
    string? AuthorKey,
    Person? Author,
    Person? Reviewer,
    DateOnly? NextReview,
    ImmutableArray<Reference> References,
    ReadabilityExemption? ReadabilityExemption)
{
    /// <summary>No medical information (the default for pages of sites without a <c>medical:</c> section).</summary>
    public static readonly MedicalMetadata None = new(false, null, null, null, null, [], null);

    /// <summary>The page's <c>translation_of</c> block: the source it translates and which version, or null.</summary>
    public TranslationRecord? TranslationOf { get; init; }
}
