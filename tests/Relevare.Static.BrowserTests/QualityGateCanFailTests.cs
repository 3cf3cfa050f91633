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
}
