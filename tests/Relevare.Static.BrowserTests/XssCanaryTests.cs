using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// Script payloads in every field and in raw HTML stay inert text in a real browser. A JSON-LD block
/// (<c>type="application/ld+json"</c>) is data that browsers never run, so it is not active content; the payloads
/// inside it must still not break out of it (which would set <c>window.__xss</c>).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class XssCanaryTests : IClassFixture<XssSiteFixture>
{
    private const string ActiveContent = """
        () => [
          ...[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value))
            .map(a => `<${e.tagName.toLowerCase()} ${a.name}="${a.value}">`)),
          ...[...document.querySelectorAll('script, iframe, object, embed, frame, base, meta[http-equiv]')]
            .filter(e => e.tagName !== 'SCRIPT' || (e.type !== 'application/ld+json' && (e.src === '' || !e.src.startsWith(location.origin + '/assets/'))))
            .map(e => e.outerHTML.slice(0, 120)),
        ]
        """;

    private static readonly HashSet<string> ContentPages =
        ["/", "/about/", "/conditions/migraine/", "/free-consultation/", "/treatment/during-your-infusion/", "/es/", "/es/conditions/migraine/"];

    private readonly BrowserFixture _browser;
    private readonly XssSiteFixture _xss;
    private readonly ITestOutputHelper _output;

    public XssCanaryTests(BrowserFixture browser, XssSiteFixture xss, ITestOutputHelper output)
    {
        _browser = browser;
        _xss = xss;
        _output = output;
    }

    [Fact]
    public async Task Payloads_are_shown_as_text_and_never_run()
    {
        var problems = new List<string>();
        var pages = _xss.Site.Site.Pages;
        foreach (var page in pages)
        {
            await using var browserPage = await BrowserPage.OpenAsync(_browser.Browser, _xss.Site.Url(page), 1280);
            var p = browserPage.Page;
            await p.Mouse.MoveAsync(640, 300);
            await p.WaitForTimeoutAsync(100);

            var canary = await p.EvaluateAsync<string?>("() => window.__xss === undefined ? null : String(window.__xss)");
            var active = await p.EvaluateAsync<string[]>(ActiveContent);
            var shownAsText = await p.EvaluateAsync<bool>("() => (document.title + document.body.innerText).includes('__xss')");

            _output.WriteLine($"{page}: window.__xss {canary ?? "undefined"}, {browserPage.Dialogs.Count} dialogs, {active.Length} active elements, payload shown as text: {shownAsText}");
            problems.AddRange(browserPage.Dialogs.Select(d => $"{page}: dialog {d}"));
            problems.AddRange(active.Select(a => $"{page}: active content {a}"));
            if (canary is not null)
            {
                problems.Add($"{page}: window.__xss = {canary}");
            }

            if (!shownAsText)
            {
                problems.Add($"{page}: the payloads are missing (they should be shown as text)");
            }
        }

        // Every content page was visited; the pages publishing adds (404, search, listings) show the payloads too.
        Assert.Subset(pages.ToHashSet(), ContentPages);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
