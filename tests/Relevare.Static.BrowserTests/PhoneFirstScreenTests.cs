using System.Globalization;
using System.Text.Json;
using Relevare.Static.BrowserTests.Infrastructure;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// A patient on a phone can act without scrolling: on every page, in a 375 × 667 viewport (an iPhone SE), the
/// first screen shows the call to action for the free phone consultation with Dr. Mallek and a tappable
/// <c>tel:</c> link with the clinic's number, and the header takes no more than a third of the screen.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PhoneFirstScreenTests
{
    private const int Width = 375;
    private const int Height = 667;

    // Everything about the first screen that the assertions need, measured in the page after layout.
    private const string Measure = """
        () => {
          const box = e => { if (!e) return null; const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
          const tel = [...document.querySelectorAll('a[href^="tel:"]')]
            .map(a => ({ href: a.getAttribute('href'), text: a.textContent.trim(), box: box(a) }))
            .sort((a, b) => a.box[1] - b.box[1])[0] || null;
          const cta = [...document.querySelectorAll('body *')]
            .filter(e => e.children.length === 0 || e.tagName === 'P')
            .find(e => /free 15-minute phone consultation|consulta telefónica gratuita de 15 minutos/i.test(e.textContent) && /Dr\. Mallek/.test(e.textContent)) || null;
          return {
            header: box(document.querySelector('header.site-header')),
            tel: tel,
            cta: cta ? { text: cta.textContent.replace(/\s+/g, ' ').trim(), box: box(cta) } : null,
            scrollY: window.scrollY,
            width: document.documentElement.clientWidth,
            height: document.documentElement.clientHeight,
          };
        }
        """;

    private readonly BrowserFixture _fixture;

    public PhoneFirstScreenTests(BrowserFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Pages => ClinicSite.PageCases();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_first_phone_screen_shows_the_consultation_and_a_tappable_tel_link(string page)
    {
        await using var browserPage = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(page), Width, Height);

        var screen = await browserPage.Page.EvaluateAsync<JsonElement>(Measure);

        Assert.Equal((Width, Height, 0d), (screen.GetProperty("width").GetInt32(), screen.GetProperty("height").GetInt32(), screen.GetProperty("scrollY").GetDouble()));
        var cta = screen.GetProperty("cta");
        Assert.True(cta.ValueKind == JsonValueKind.Object, $"{page}: no element names the free 15-minute phone consultation with Dr. Mallek (in English or, on Spanish pages, in Spanish)");
        AssertOnScreen(page, $"the consultation call to action '{cta.GetProperty("text").GetString()}'", Box(cta.GetProperty("box")));
        var tel = screen.GetProperty("tel");
        Assert.True(tel.ValueKind == JsonValueKind.Object, $"{page}: no tel: link");
        var (href, text, telBox) = (tel.GetProperty("href").GetString()!, tel.GetProperty("text").GetString()!, Box(tel.GetProperty("box")));
        Assert.Matches(@"^tel:\+[1-9][0-9]{6,14}$", href);
        Assert.Contains(Digits(href), Digits(text), StringComparison.Ordinal);
        AssertOnScreen(page, $"the tel: link '{text}'", telBox);
        Assert.True(telBox[3] - telBox[1] >= 24, $"{page}: the tel: link is {Px(telBox[3] - telBox[1])} tall, less than a 24 px target");
        var header = screen.GetProperty("header");
        Assert.True(header.ValueKind == JsonValueKind.Array, $"{page}: no header.site-header");
        var headerBox = Box(header);
        Assert.True(headerBox[3] - headerBox[1] <= Height / 3.0, $"{page}: the header is {Px(headerBox[3] - headerBox[1])} tall, more than a third of {Height} px");
    }

    private static double[] Box(JsonElement box) => [.. box.EnumerateArray().Select(v => v.GetDouble())];

    private static void AssertOnScreen(string page, string what, double[] box) =>
        Assert.True(
            box[0] >= -0.5 && box[1] >= -0.5 && box[2] <= Width + 0.5 && box[3] <= Height + 0.5 && box[2] > box[0] && box[3] > box[1],
            $"{page}: {what} is at [{string.Join(", ", box.Select(Px))}], not wholly within the first {Width} × {Height} screen");

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " px";
}
