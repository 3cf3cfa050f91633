using Relevare.Static.BrowserTests.Infrastructure;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// The site search in a real browser, under the site's own Content-Security-Policy (from its <c>_headers</c>): the
/// search page fetches the build-time index from the site itself and lists the matching pages.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SiteSearchTests
{
    private readonly BrowserFixture _fixture;

    public SiteSearchTests(BrowserFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("migraine")]
    [InlineData("headache")]
    [InlineData("infusion")]
    public async Task Searching_finds_the_migraine_article(string query)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url("/search/?q=" + query), 1280);
        var page = browserPage.Page;

        await page.WaitForSelectorAsync("#search-results:not([hidden]) h2");
        var results = await page.EvalOnSelectorAllAsync<string[]>("#search-results a", "links => links.map(a => a.getAttribute('href'))");

        Assert.Equal("/conditions/migraine/", results[0]);
        Assert.Equal(query, await page.InputValueAsync("#search-query"));
        Assert.Empty(await browserPage.CspViolationsAsync());
        Assert.Empty(browserPage.ConsoleErrors);
        Assert.Empty(browserPage.FailedRequests);
    }

    [Fact]
    public async Task The_header_search_form_leads_to_the_results()
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url("/about/"), 1280);
        var page = browserPage.Page;

        await page.FillAsync("#site-search-query", "headache");
        await page.PressAsync("#site-search-query", "Enter");
        await page.WaitForSelectorAsync("#search-results:not([hidden]) h2");

        Assert.EndsWith("/search/?q=headache", page.Url, StringComparison.Ordinal);
        Assert.Contains("/conditions/migraine/", await page.EvalOnSelectorAllAsync<string[]>("#search-results a", "links => links.map(a => a.getAttribute('href'))"));
        Assert.Empty(await browserPage.CspViolationsAsync());
    }
}
