using System.Globalization;
using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// The gates on a page with a real raster picture: Dr. Mallek's bio page once the clinic has supplied the photo
/// (<see cref="PortraitSiteFixture"/>), at phone and desktop widths: axe, no console errors or CSP violations, no
/// layout shift, every picture sized, loaded, not stretched and not far larger than shown; the Nu Html Checker; and
/// Lighthouse's accessibility, best-practices and SEO scores of 100. (The clinic's own pages with pictures, the
/// infusion-day diagram and the portrait slot, are among the pages every other gate covers.)
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PortraitPageGateTests : IClassFixture<PortraitSiteFixture>
{
    private const string BioPage = "/dr-mallek/";

    private readonly BrowserFixture _browser;
    private readonly PortraitSiteFixture _fixture;
    private readonly ITestOutputHelper _output;

    public PortraitPageGateTests(BrowserFixture browser, PortraitSiteFixture fixture, ITestOutputHelper output)
    {
        _browser = browser;
        _fixture = fixture;
        _output = output;
    }

    public static TheoryData<int> Widths => new(ClinicSite.Widths);

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_bio_page_with_a_photo_has_no_violations_no_layout_shift_and_no_image_problems(int width)
    {
        await using var page = await BrowserPage.OpenAsync(_browser.Browser, _fixture.Site.Url(BioPage), width);

        var shown = await page.Page.EvaluateAsync<string>("() => { const i = document.querySelector('.portrait img'); return i ? i.alt + '|' + i.currentSrc + '|' + i.naturalWidth : ''; }");
        var result = await Axe.RunAsync(page.Page);
        var weight = await PageWeight.MeasureAsync(page);
        var violations = Axe.Describe(result);
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{BioPage} with a photo at {width} px: portrait {shown}; axe {result.Violations.Length} violations; {weight.Summary}"));
        violations.ToList().ForEach(_output.WriteLine);
        weight.ImageProblems.ToList().ForEach(_output.WriteLine);

        var parts = shown.Split('|');
        Assert.True(parts.Length == 3, $"no portrait on {BioPage}: '{shown}'");
        Assert.Equal("Dr. Mallek", parts[0]);
        Assert.Matches(@"/img/_data/mallek-\d+w\.[0-9a-f]{10}\.(webp|jpg)$", parts[1]);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.Empty(await page.CspViolationsAsync());
        Assert.Empty(page.ConsoleErrors);
        Assert.Empty(page.PageErrors);
        Assert.Empty(page.FailedRequests);
        Assert.True(weight.LayoutShift <= PageBudgetTests.MaximumLayoutShift, weight.Summary);
        Assert.True(weight.ImageProblems.Count == 0, string.Join('\n', weight.ImageProblems));
    }

    [Fact]
    public async Task The_bio_page_with_a_photo_is_valid_HTML()
    {
        var errors = await NuHtmlChecker.CheckAsync([_fixture.Site.Site.FileOf(BioPage)]);

        errors.ToList().ForEach(e => _output.WriteLine(e.ToString()));
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public async Task The_bio_page_with_a_photo_scores_100_for_accessibility_best_practices_and_SEO()
    {
        var report = await Lighthouse.RunAsync(_fixture.Site.Url(BioPage), RepositoryPaths.Artifacts("lighthouse"), "dr-mallek-with-photo");

        var failures = string.Join('\n', [$"lighthouse {BioPage} with a photo (mobile): {report.Scores}", .. report.FailedAudits.Select(a => "  below full marks: " + a)]);
        _output.WriteLine(failures);
        Assert.True(report.Accessibility == 100, failures);
        Assert.True(report.BestPractices == 100, failures);
        Assert.True(report.Seo == 100, failures);
    }
}
