using Relevare.Static.BrowserTests.Infrastructure;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// Every page loads cleanly under the strict Content-Security-Policy: no console errors, no uncaught exceptions,
/// no failed requests, no CSP violations (so no inline script or style, nothing from another origin).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ConsoleAndCspTests
{
    private readonly BrowserFixture _fixture;

    public ConsoleAndCspTests(BrowserFixture fixture) => _fixture = fixture;

    public static TheoryData<string, int> Cases => ClinicSite.PageAndWidthCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_loads_without_console_errors_or_CSP_violations(string page, int width)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(page), width);

        var policy = await browserPage.Response.HeaderValueAsync("content-security-policy");

        Assert.NotNull(policy);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Empty(await browserPage.CspViolationsAsync());
        Assert.Empty(browserPage.ConsoleErrors);
        Assert.Empty(browserPage.PageErrors);
        Assert.Empty(browserPage.FailedRequests);
    }

    [Fact]
    public void The_served_site_has_every_page_of_the_clinic_site() =>
        Assert.Equal(ClinicSite.Pages, _fixture.Clinic.Site.Pages);
}
