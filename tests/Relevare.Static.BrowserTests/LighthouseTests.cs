using System.Globalization;
using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// Lighthouse 12 (mobile profile, simulated throttling) on the home page and the migraine article. The scores are
/// printed and written to <c>artifacts/browser/lighthouse/</c> with the full JSON and HTML reports.
/// </summary>
/// <remarks>
/// Lighthouse simulates a slow phone by scaling the main-thread work it observed, so the performance score also
/// measures how busy the test machine was (a shared two-core machine under load scored 92 where an idle one scores
/// 100). Performance below the bar is therefore measured again, up to <see cref="MaximumRuns"/> runs, and the best
/// run counts; every run's scores are recorded. The other categories do not depend on load and must be 100 in the
/// run that counts.
/// </remarks>
[Collection(BrowserGroup.Name)]
public sealed class LighthouseTests
{
    private const int MinimumPerformance = 95;
    private const int MaximumRuns = 3;

    private readonly BrowserFixture _fixture;
    private readonly ITestOutputHelper _output;

    public LighthouseTests(BrowserFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    public static TheoryData<string> Pages => new([ClinicSite.HomePage, ClinicSite.MigrainePage]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_scores_100_for_accessibility_best_practices_and_SEO_and_at_least_95_for_performance(string page)
    {
        var name = page.Trim('/').Replace('/', '-') is { Length: > 0 } slug ? slug : "home";
        var folder = RepositoryPaths.Artifacts("lighthouse");
        var lines = new List<string>();
        LighthouseReport? best = null;

        for (var run = 1; run <= MaximumRuns && (best is null || best.Performance < MinimumPerformance); run++)
        {
            var report = await Lighthouse.RunAsync(_fixture.Clinic.Url(page), folder, string.Create(CultureInfo.InvariantCulture, $"{name}-run{run}"));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"lighthouse {page} (mobile), run {run}: {report.Scores}"));
            lines.AddRange(report.FailedAudits.Select(a => "  below full marks: " + a));
            lines.Add($"  report: {report.JsonPath}");
            if (best is null || report.Performance > best.Performance)
            {
                best = report;
            }
        }

        lines.Add($"lighthouse {page} (mobile): {best!.Scores}");
        lines.ForEach(_output.WriteLine);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".scores.txt"), string.Join('\n', lines) + "\n");
        var failures = string.Join('\n', lines);
        Assert.True(best.Accessibility == 100, failures);
        Assert.True(best.BestPractices == 100, failures);
        Assert.True(best.Seo == 100, failures);
        Assert.True(best.Performance >= MinimumPerformance,
            string.Create(CultureInfo.InvariantCulture, $"performance {best.Performance} < {MinimumPerformance} in {MaximumRuns} runs\n{failures}"));
    }
}
