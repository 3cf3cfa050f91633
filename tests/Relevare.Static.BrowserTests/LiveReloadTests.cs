using System.Net;
using Microsoft.Playwright;
using Relevare.Static.BrowserTests.Infrastructure;
using Relevare.Static.Cli.Serve;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// <c>relevare serve</c> in a real browser: an open page reloads by itself after a save, shows the error overlay
/// for a mistake and comes back after the fix — under the clinic's strict Content-Security-Policy, which the
/// live-reload script must not break.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class LiveReloadTests
{
    /// <summary>
    /// How long to wait for the page to change: only a guard against a reload that never comes (a hung test), never a
    /// verdict on speed, so far above the few seconds a rebuild takes even on a loaded machine.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private readonly BrowserFixture _fixture;

    public LiveReloadTests(BrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task An_open_page_reloads_after_a_save_shows_a_mistake_and_recovers_under_the_strict_policy()
    {
        using var temp = new TempFolder();
        foreach (var item in new[] { "content", "templates", "assets" })
        {
            TempFolder.CopyTree(Path.Combine(ClinicSite.Source, item), Path.Combine(temp.Path, item));
        }

        File.Copy(Path.Combine(ClinicSite.Source, "site.yml"), Path.Combine(temp.Path, "site.yml"));
        var page = Path.Combine(temp.Path, "content", "about.md");
        var original = await File.ReadAllTextAsync(page);
        var options = new ServeOptions(temp.Path, IPAddress.Loopback, "127.0.0.1", Port: 0, IncludeDrafts: false, Output: null);
        await using var session = await ServeSession.StartAsync(options, TextWriter.Null, outputLock: null, CancellationToken.None);

        var context = await _fixture.Browser.NewContextAsync();
        try
        {
            // The served pages get the clinic's policy as a response header, as the host will send it.
            await context.RouteAsync("**/*", async route =>
            {
                if (route.Request.ResourceType != "document")
                {
                    await route.ContinueAsync();
                    return;
                }

                var response = await route.FetchAsync();
                var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = ClinicSite.StrictCsp };
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
            });
            // Console errors, except the error page's own status (500 while the build fails).
            var errors = new List<string>();
            var tab = await context.NewPageAsync();
            tab.Console += (_, message) =>
            {
                if (message.Type == "error" && !message.Text.Contains("status of 500", StringComparison.Ordinal))
                {
                    errors.Add(message.Text);
                }
            };
            await tab.GotoAsync(new Uri(session.Url, "/about/").AbsoluteUri);
            await WaitForListener(session);

            await File.WriteAllTextAsync(page, original + "\nLive reload works.\n");
            await tab.WaitForFunctionAsync("() => document.body.innerText.includes('Live reload works.')", null, new() { Timeout = (float)Patience.TotalMilliseconds });

            await File.WriteAllTextAsync(page, original.Replace("title:", "titel:", StringComparison.Ordinal));
            await tab.WaitForFunctionAsync("() => document.title.startsWith('Build failed')", null, new() { Timeout = (float)Patience.TotalMilliseconds });
            Assert.Contains("content/about.md:2:1", await tab.InnerTextAsync("main"), StringComparison.Ordinal);

            await File.WriteAllTextAsync(page, original + "\nFixed again.\n");
            await tab.WaitForFunctionAsync("() => document.body.innerText.includes('Fixed again.')", null, new() { Timeout = (float)Patience.TotalMilliseconds });

            Assert.Empty(errors);
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    // The page's script has connected: from here on a save is sure to reach it.
    private static async Task WaitForListener(ServeSession session)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (session.Hub.ListenerCount == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the page's live-reload script never connected");
            await Task.Delay(50);
        }
    }
}
