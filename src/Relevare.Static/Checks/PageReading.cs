using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>What one pass over a page found, rule group by rule group.</summary>
/// <param name="Scan">The checks' findings and what the checks across pages need; null when no check ran.</param>
/// <param name="MedicalFindings">The medical output rule's findings (disclaimer, JSON-LD), at the page's source.</param>
/// <param name="PolicyViolations">What the Content-Security-Policy would block; null when that rule did not run.</param>
/// <param name="SearchText">The plain text of the page's Markdown body for the search index; null when that rule did not run.</param>
internal sealed record PageReading(
    PageScan? Scan,
    ImmutableArray<Diagnostic> MedicalFindings,
    ImmutableArray<string>? PolicyViolations,
    string? SearchText);
