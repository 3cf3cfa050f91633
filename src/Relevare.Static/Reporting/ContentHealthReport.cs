using System.Collections.Immutable;
using Relevare.Static.Diagnostics;
using Relevare.Static.Medical;

namespace Relevare.Static.Reporting;

/// <summary>
/// Makes the content-health report for editors from a build's <see cref="BuildResult.Health"/> and diagnostics:
/// per page its reviewer, review dates and status, readability, word count, citations and open diagnostics, with
/// totals and two inline SVG charts. Pure: the same build and date give the same bytes.
/// </summary>
public static class ContentHealthReport
{
    /// <summary>The report's HTML page, style sheet and JSON.</summary>
    public static ReportFiles Render(ContentHealth health, ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(health);
        var totals = ReportTotals.Of(health, diagnostics);
        return new ReportFiles(
            ReportHtmlWriter.Write(health, diagnostics, totals),
            ReportStylesheet.Css,
            ReportJsonWriter.Write(health, diagnostics, totals));
    }
}
