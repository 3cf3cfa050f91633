using Relevare.Static.Diagnostics;

namespace Relevare.Static.Readability;

/// <summary>A page's justified exception to the site's readability target (<c>readability_exception</c>).</summary>
/// <param name="MaxGrade">The Flesch–Kincaid grade an English page may reach instead of the site's target (0 when the exception gives <c>min_inflesz</c> instead).</param>
/// <param name="Reason">Why the page cannot be simpler, in the editor's words.</param>
/// <param name="Location">Where the exception is written.</param>
public sealed record ReadabilityExemption(double MaxGrade, string Reason, SourceLocation Location)
{
    /// <summary>The lowest INFLESZ score a Spanish page may have instead of the site's target (<c>min_inflesz</c>), or null.</summary>
    public double? MinInflesz { get; init; }
}
