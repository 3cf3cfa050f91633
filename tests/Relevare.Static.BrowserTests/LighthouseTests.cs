using System.Globalization;
using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// Lighthouse 12 (mobile profile, simulated throttling) on the home page and the migraine article. The scores are
/// printed and written to <c>artifacts/browser/lighthouse/</c> with the full JSON and HTML reports.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class LighthouseTests
{
    private const int MinimumPerformance = 95;

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

        var report = await Lighthouse.RunAsync(_fixture.Clinic.Url(page), folder, name);

        var lines = new List<string> { $"lighthouse {page} (mobile): {report.Scores}" };
        lines.AddRange(report.FailedAudits.Select(a => "  below full marks: " + a));
        lines.Add($"  report: {report.JsonPath}");
        lines.ForEach(_output.WriteLine);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".scores.txt"), string.Join('\n', lines) + "\n");
        var failures = string.Join('\n', lines);
        Assert.True(report.Accessibility == 100, failures);
        Assert.True(report.BestPractices == 100, failures);
        Assert.True(report.Seo == 100, failures);
        Assert.True(report.Performance >= MinimumPerformance,
            string.Create(CultureInfo.InvariantCulture, $"performance {report.Performance} < {MinimumPerformance}\n{failures}"));
    }
}
