namespace Relevare.Static.Medical;

/// <summary>One language of one page in the report's translations table.</summary>
/// <param name="Language">The language tag, e.g. <c>es</c>.</param>
/// <param name="State">Current, out of date, pending review, not recorded, or missing.</param>
/// <param name="Since">For a translation out of date: the day its source's newer version was signed off, or null.</param>
/// <param name="Path">The translation's source file, or null when it is missing.</param>
/// <param name="Url">The translation's URL, or null when it is missing.</param>
public sealed record TranslationCell(string Language, TranslationState State, DateOnly? Since, string? Path, string? Url)
{
    /// <summary>
    /// True for a translation pending review while nobody in the people file reviews in its language
    /// (<c>languages:</c>): it awaits a reviewer who reads it, not only a review.
    /// </summary>
    public bool AwaitsReviewerForLanguage { get; init; }
}
