using System.Globalization;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// The four category scores of one Lighthouse run (0–100), Lighthouse's <c>benchmarkIndex</c> (how fast it found the
/// machine: the performance score scales with it) and, for the report, the weighted audits that did not score full
/// marks.
/// </summary>
internal sealed record LighthouseReport(
    string Url, int Performance, int Accessibility, int BestPractices, int Seo, double BenchmarkIndex,
    IReadOnlyList<string> FailedAudits, string JsonPath)
{
    public string Scores => string.Create(CultureInfo.InvariantCulture,
        $"accessibility {Accessibility}, best practices {BestPractices}, SEO {Seo}; reported only: performance {Performance}, benchmarkIndex {BenchmarkIndex:0}");
}
