using Relevare.Static.BrowserTests.Infrastructure;

namespace Relevare.Static.BrowserTests;

/// <summary>WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need horizontal scrolling.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ReflowTests
{
    private readonly BrowserFixture _fixture;

    public ReflowTests(BrowserFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Pages => ClinicSite.PageCases();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_does_not_scroll_horizontally_at_320_px(string page)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(page), 320, 640);

        var overflow = await Reflow.OverflowAsync(browserPage.Page);

        Assert.Equal(320, await browserPage.Page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.True(overflow.Count == 0, $"{page} scrolls horizontally at 320 px:\n{string.Join('\n', overflow)}");
    }
}
