using Microsoft.Playwright;
using Relevare.Static.BrowserTests.Infrastructure;
using Relevare.Static.Cli;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// The raw-HTML vectors of SECURITY.md in real Chromium. Each fixture's markup, put into a page unchecked, runs its
/// payload (the vector is real: the test would notice a Chromium that no longer runs it); built by relevare with
/// <c>allow_html: true</c>, the same page fails the build and nothing is written, so no patient's browser gets it.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AllowHtmlVectorBrowserTests
{
    // void(…): a javascript: URL whose value is a string would replace the document (and its window) with that string.
    private const string Canary = "void(window.__xss='ran')";

    private readonly BrowserFixture _browser;
    private readonly ITestOutputHelper _output;

    public AllowHtmlVectorBrowserTests(BrowserFixture browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    [Theory]
    [InlineData("xss-allow-html-noscript-attribute-breakout", "load")]
    [InlineData("xss-allow-html-svg-animate-href", "click")]
    [InlineData("xss-allow-html-svg-set-href", "click")]
    [InlineData("xss-allow-html-svg-style-import", "request")]
    [InlineData("xss-allow-html-meta-refresh-to-another-site", "request")]
    public async Task The_payload_runs_in_chromium_unchecked_and_relevare_publishes_nothing(string fixture, string trigger)
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "fixtures", fixture);
        var markup = Body(File.ReadAllText(Path.Combine(folder, "content", "index.md")));

        var ran = await RunsUncheckedAsync(markup.Replace("alert(1)", Canary, StringComparison.Ordinal), trigger);
        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(folder), new BuildOptions());

        _output.WriteLine($"{fixture}: unchecked in Chromium: {ran}; relevare: {string.Join("; ", result.Diagnostics.Where(d => d.IsError).Select(d => d.Code))}");
        Assert.True(ran, $"Chromium did not run the unchecked payload of {fixture}: the vector (or this test's trigger) has changed");
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
    }

    // Loads the markup as a page's body and reports whether its payload ran: the canary was set, or Chromium asked
    // evil.example for something (a style sheet import, a refresh), which the test answers with an abort.
    private async Task<bool> RunsUncheckedAsync(string markup, string trigger)
    {
        await using var context = await _browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var leaked = false;
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.Contains("evil.example", StringComparison.Ordinal))
            {
                leaked = true;
                await route.AbortAsync();
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Page</title><body>" + markup });
        });

        await page.GotoAsync("http://relevare.test/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (trigger == "click")
        {
            await page.WaitForTimeoutAsync(100); // the animation sets the address at its start, just after load
            await page.GetByText("Click me").ClickAsync();
        }

        // Wait for the payload's own effect (an error event, a navigation, an import), not for a fixed time.
        for (var i = 0; i < 50 && !leaked && !await CanaryAsync(page); i++)
        {
            await page.WaitForTimeoutAsync(100);
        }

        return leaked || await CanaryAsync(page);
    }

    private static async Task<bool> CanaryAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => window.__xss === 'ran'");
        }
        catch (PlaywrightException)
        {
            return false; // the page is navigating away
        }
    }

    private static string Body(string markdown) => markdown[(markdown.IndexOf("---", 3, StringComparison.Ordinal) + 3)..].Trim();
}
