using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// The gates are not vacuous: on <c>sites/broken-gates</c> (missing alt, low contrast, inline script, a too-wide
/// paragraph, a link without focus outline) axe, the Content-Security-Policy, the Nu Html Checker, the reflow check
/// and the focus check each report the defect planted for them.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class QualityGateCanFailTests : IClassFixture<BrokenSiteFixture>
{
    private readonly BrowserFixture _browser;
    private readonly BrokenSiteFixture _broken;
    private readonly ITestOutputHelper _output;

    public QualityGateCanFailTests(BrowserFixture browser, BrokenSiteFixture broken, ITestOutputHelper output)
    {
        _browser = browser;
        _broken = broken;
        _output = output;
    }

    [Fact]
    public async Task Axe_reports_the_missing_alt_text_and_the_low_contrast()
    {
        await using var page = await BrowserPage.OpenAsync(_browser.Browser, _broken.Site.Url("/"), 1280);

        var result = await Axe.RunAsync(page.Page);

        Axe.Describe(result).ToList().ForEach(_output.WriteLine);
        var ids = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("color-contrast", ids);
    }

    [Fact]
    public async Task The_strict_CSP_blocks_and_reports_the_inline_script()
    {
        await using var page = await BrowserPage.OpenAsync(_browser.Browser, _broken.Site.Url("/"), 1280);

        var violations = await page.CspViolationsAsync();

        violations.Concat(page.ConsoleErrors).ToList().ForEach(_output.WriteLine);
        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Contains(page.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.False(await page.Page.EvaluateAsync<bool>("() => window.__inlineScriptRan === true"), "the inline script ran");
    }

    [Fact]
    public async Task The_Nu_Html_Checker_reports_the_missing_alt_attribute()
    {
        var site = _broken.Site.Site;

        var errors = await NuHtmlChecker.CheckAsync(site.Pages.Select(site.FileOf));

        errors.ToList().ForEach(e => _output.WriteLine(e.ToString()));
        Assert.Contains(errors, e => e.Type == "error" && e.Message.Contains("alt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reflow_check_reports_the_too_wide_paragraph()
    {
        await using var page = await BrowserPage.OpenAsync(_browser.Browser, _broken.Site.Url("/"), 320, 640);

        var overflow = await Reflow.OverflowAsync(page.Page);

        overflow.ToList().ForEach(_output.WriteLine);
        Assert.Contains(overflow, o => o.StartsWith("p.wide ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_focus_check_reports_the_link_without_a_focus_outline()
    {
        await using var page = await BrowserPage.OpenAsync(_browser.Browser, _broken.Site.Url("/"), 1280);

        var (tabStops, problems) = await FocusIndicators.CheckAsync(page.Page);

        problems.ToList().ForEach(_output.WriteLine);
        Assert.Equal(1, tabStops);
        Assert.Contains(problems, p => p.StartsWith("a \"A link whose focus outline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_budgets_report_the_second_render_blocking_stylesheet_and_the_unsized_oversized_stretched_banner()
    {
        await using var page = await BrowserPage.OpenAsync(_browser.Browser, _broken.Site.Url("/"), 375, 667);

        var weight = await PageWeight.MeasureAsync(page);
        var failures = PageBudgetTests.Check("/", weight).ToList();

        _output.WriteLine(weight.Summary);
        failures.ForEach(_output.WriteLine);
        Assert.Contains(failures, f => f.Contains("2 render-blocking resources > 1", StringComparison.Ordinal) && f.Contains("extra.css", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("banner.png: no width and height attributes", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("banner.png: shown 100x100, a stretched 1600x400", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("banner.png: 1600 px wide, shown at 100 CSS px", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("chart.svg", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_budget_can_fail()
    {
        var heavy = new PageWeight(
            PageBudgetTests.MaximumRequests + 1, PageBudgetTests.MaximumBytes + 1, ["/a.css", "/b.css"], 0.25,
            PageBudgetTests.MaximumDomElements + 1, PageBudgetTests.MaximumDomDepth + 1, ["/big.png: did not load"]);
        var light = new PageWeight(
            PageBudgetTests.MaximumRequests, PageBudgetTests.MaximumBytes, ["/a.css"], PageBudgetTests.MaximumLayoutShift,
            PageBudgetTests.MaximumDomElements, PageBudgetTests.MaximumDomDepth, []);

        var failures = PageBudgetTests.Check("/p/", heavy).ToList();

        Assert.Equal(7, failures.Count);
        Assert.Contains("/p/: layout shift 0.250 > 0.01", failures);
        Assert.All(failures, f => Assert.StartsWith("/p/: ", f, StringComparison.Ordinal));
        Assert.Empty(PageBudgetTests.Check("/p/", light));
    }
}
