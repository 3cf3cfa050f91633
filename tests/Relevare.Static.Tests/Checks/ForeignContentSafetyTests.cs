using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

/// <summary>
/// Markup that runs script in Chromium although a scripting-off parse, or a look at HTML elements only, sees nothing:
/// the vectors of pages imported with <c>markdown: { allow_html: true }</c>.
/// </summary>
public sealed class ForeignContentSafetyTests
{
    private static string[] Findings(string body, string head = Head) =>
        Summaries(Check(("index.html", Page(body, head)), ("about/index.html", Page("<p>About</p>"))).Diagnostics.Where(d => d.Code != "RS0730"));

    [Fact]
    public void Markup_after_a_noscript_end_tag_inside_an_attribute_is_seen_as_a_browser_with_scripting_sees_it()
    {
        var findings = Findings("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");

        Assert.Contains("RS0721 index.html:7:32", findings);
    }

    [Theory]
    [InlineData("<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text y=\"20\">Click</text></a></svg>")]
    [InlineData("<svg><a><animate attributeName=\"xlink:href\" values=\"https://example.org/;javascript:alert(1)\"/><text>x</text></a></svg>")]
    [InlineData("<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>")]
    [InlineData("<svg><a><set attributename=\"HREF\" to=\" JaVaScRiPt:alert(1)\"/><text>x</text></a></svg>")]
    [InlineData("<svg><a><animate attributeName=\"href\" from=\"vbscript:x\" to=\"/\"/><text>x</text></a></svg>")]
    [InlineData("<svg><a><animateTransform attributeName=\"href\" by=\"data:text/html,x\"/><text>x</text></a></svg>")]
    [InlineData("<math><maction><animate attributeName=\"href\" to=\"javascript:alert(1)\"/></maction></math>")]
    public void Animating_a_link_address_to_a_script_url_is_an_error(string body)
    {
        var finding = Assert.Single(Check(("index.html", Page(body))).Diagnostics, d => d.Code == "RS0728");
        Assert.Equal((7, true), (finding.Line, finding.IsError));
    }

    [Theory]
    [InlineData("<svg><a href=\"/about/\"><animate attributeName=\"href\" values=\"/about/;https://example.org/\"/><text>x</text></a></svg>")]
    [InlineData("<svg><rect width=\"5\" height=\"5\"><animate attributeName=\"width\" values=\"5;10\"/></rect></svg>")]
    public void Animating_to_safe_addresses_or_other_attributes_is_fine(string body) =>
        Assert.DoesNotContain(Findings(body), f => f.StartsWith("RS0728", StringComparison.Ordinal));

    [Theory]
    [InlineData("<svg><style>@import url(https://evil.example/x.css);</style></svg>", "svg")]
    [InlineData("<math><style>@import 'https://evil.example/x.css';</style></math>", "math")]
    public void A_style_inside_svg_or_mathml_is_an_error(string body, string parent)
    {
        var finding = Assert.Single(Check(("index.html", Page(body))).Diagnostics, d => d.Code == "RS0729");
        Assert.Contains($"inside <{parent}>", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.IsError);
    }

    [Theory]
    [InlineData("0; url=https://evil.example/")]
    [InlineData("0;URL=//evil.example/x")]
    [InlineData("3; url=http://evil.example/")]
    public void A_meta_refresh_to_another_site_is_an_error(string content) =>
        Assert.Contains(Findings("<p>x</p>", Head + $"<meta http-equiv=\"refresh\" content=\"{content}\">"), f => f.StartsWith("RS0741", StringComparison.Ordinal));

    [Fact]
    public void A_meta_refresh_target_is_still_checked_like_a_link()
    {
        Assert.Contains(Findings("<p>x</p>", Head + "<meta http-equiv=\"refresh\" content=\"0; url=javascript:alert(1)\">"), f => f.StartsWith("RS0720", StringComparison.Ordinal));
        Assert.Contains(Findings("<p>x</p>", Head + "<meta http-equiv=\"refresh\" content=\"0; url=/gone/\">"), f => f.StartsWith("RS0701", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meta_refresh_within_the_site_is_fine() =>
        Assert.DoesNotContain(Findings("<p>x</p>", Head + "<meta http-equiv=\"refresh\" content=\"0; url=/about/\">"), f => f.StartsWith("RS0741", StringComparison.Ordinal));
}
