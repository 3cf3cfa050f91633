using Relevare.Static.BrowserTests.Infrastructure;

namespace Relevare.Static.BrowserTests;

/// <summary>Keyboard use: the skip link (WCAG 2.4.1) and a visible focus indicator on every tab stop (2.4.7).</summary>
[Collection(BrowserGroup.Name)]
public sealed class KeyboardTests
{
    private readonly BrowserFixture _fixture;

    public KeyboardTests(BrowserFixture fixture) => _fixture = fixture;

    public static TheoryData<string, int> Cases => ClinicSite.PageAndWidthCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task First_tab_focuses_the_skip_link_and_Enter_moves_to_main(string page, int width)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(page), width);
        var p = browserPage.Page;

        await p.Keyboard.PressAsync("Tab");

        Assert.True(await p.EvaluateAsync<bool>("() => document.activeElement.matches('a.skip-link[href=\"#main\"]')"),
            $"first tab stop is {await FocusIndicators.DescribeFocusedAsync(p)}");
        // The link slides in (a 0.15 s CSS transition): measure where it comes to rest, not where a busy machine
        // happens to catch it mid-way.
        await p.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");
        var box = await p.Locator("a.skip-link").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= 800, $"the focused skip link is off screen at y={box.Y}");

        await p.Keyboard.PressAsync("Enter");

        Assert.Equal("#main", await p.EvaluateAsync<string>("() => location.hash"));
        Assert.True(await p.EvaluateAsync<bool>("""
            () => {
              const top = document.querySelector('main').getBoundingClientRect().top;
              const max = document.documentElement.scrollHeight - window.innerHeight;
              return Math.abs(top) <= 1 || window.scrollY >= max - 1;
            }
            """), "main was not scrolled to the top of the viewport");

        await p.Keyboard.PressAsync("Tab");

        Assert.True(await p.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            $"the tab stop after the skip link's target is {await FocusIndicators.DescribeFocusedAsync(p)}, not inside main");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_tab_stop_shows_a_visible_focus_indicator(string page, int width)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(page), width);

        var (tabStops, problems) = await FocusIndicators.CheckAsync(browserPage.Page);

        Assert.True(tabStops >= 3, $"only {tabStops} tab stops found");
        Assert.True(problems.Count == 0, $"focus is not visible on {page} at {width} px:\n{string.Join('\n', problems)}");
    }
}
