using Relevare.Static.Diagnostics;

namespace Relevare.Static.Readability;

/// <summary>A page's justified exception to the site's readability target (<c>readability_exception</c>).</summary>
/// <param name="MaxGrade">The grade the page may reach instead of the site's target.</param>
/// <param name="Reason">Why the page cannot be simpler, in the editor's words.</param>
/// <param name="Location">Where the exception is written.</param>
public sealed record ReadabilityExemption(double MaxGrade, string Reason, SourceLocation Location);
