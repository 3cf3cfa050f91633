using System.Globalization;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// The four category scores of one Lighthouse run (0–100) and, for the report, the weighted audits that did not
/// score full marks.
/// </summary>
internal sealed record LighthouseReport(
    string Url, int Performance, int Accessibility, int BestPractices, int Seo, IReadOnlyList<string> FailedAudits, string JsonPath)
{
    public string Scores => string.Create(CultureInfo.InvariantCulture,
        $"performance {Performance}, accessibility {Accessibility}, best practices {BestPractices}, SEO {Seo}");
}
