using Relevare.Static.Checks;
using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

/// <summary>Where other checkers (htmltest, browsers, axe) were right and relevare disagreed.</summary>
public sealed class CheckerAgreementTests
{
    private static readonly (string, string) Logo = ("logo.png", "");

    private static string[] Codes(string body, string head = Head) =>
        [.. Check(("index.html", Page(body, head)), Logo).Diagnostics.Select(d => d.Code)];

    [Fact]
    public void An_img_with_srcset_and_no_src_is_valid() =>
        Assert.Empty(Codes("<img srcset=\"/logo.png 1x, /logo.png 2x\" alt=\"Logo\" width=\"1\" height=\"1\">"));

    [Fact]
    public void An_img_with_neither_src_nor_srcset_is_still_reported() =>
        Assert.Equal(["RS0718"], Codes("<img alt=\"Logo\" width=\"1\" height=\"1\">"));

    [Fact]
    public void The_srcset_of_an_img_without_src_is_still_checked() =>
        Assert.Equal(["RS0701"], Codes("<img srcset=\"/gone.png 2x\" alt=\"Logo\" width=\"1\" height=\"1\">"));

    [Theory]
    [InlineData("<script src=\"https://cdn.example/a.js\" integrity=\"sha384-abc\"></script>", "script")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://cdn.example/a.css\" integrity=\"sha384-abc\">", "stylesheet")]
    public void Cross_origin_integrity_without_crossorigin_is_a_finding(string element, string what)
    {
        var finding = Assert.Single(Check(("index.html", Page("<p>x</p>", Head + element))).Diagnostics, d => d.Code == "RS0724");
        Assert.Contains($"external {what}", finding.Message, StringComparison.Ordinal);
        Assert.Contains("no crossorigin", finding.Message, StringComparison.Ordinal);
        Assert.Contains("crossorigin=\"anonymous\"", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crossorigin=\"anonymous\"")]
    [InlineData("crossorigin")]
    [InlineData("crossorigin=\"use-credentials\"")]
    public void Cross_origin_integrity_with_crossorigin_passes(string crossorigin) =>
        Assert.DoesNotContain("RS0724", Codes("<p>x</p>", Head + $"<script src=\"https://cdn.example/a.js\" integrity=\"sha384-abc\" {crossorigin}></script>"));

    [Theory]
    [InlineData("og:url")]
    [InlineData("og:image")]
    [InlineData("twitter:image")]
    public void A_url_meta_without_content_is_reported_like_an_empty_one(string property)
    {
        var missing = Check(("index.html", Page("<p>x</p>", Head + $"<meta property=\"{property}\">"))).Diagnostics;
        var empty = Check(("index.html", Page("<p>x</p>", Head + $"<meta property=\"{property}\" content=\"\">"))).Diagnostics;

        Assert.Equal(["RS0718"], missing.Select(d => d.Code));
        Assert.Equal(empty.Select(d => (d.Code, d.Message)), missing.Select(d => (d.Code, d.Message)));
    }

    [Theory]
    [InlineData("aria-hidden=\"true\"")]
    [InlineData("role=\"presentation\"")]
    [InlineData("role=\"none\"")]
    [InlineData("aria-hidden=\"TRUE\"")]
    public void A_hidden_or_presentational_image_needs_no_alt(string attribute) =>
        Assert.DoesNotContain("RS0705", Codes($"<img src=\"/logo.png\" {attribute} width=\"1\" height=\"1\">"));

    [Theory]
    [InlineData("aria-hidden=\"false\"")]
    [InlineData("role=\"img\"")]
    [InlineData("")]
    public void A_visible_image_still_needs_alt(string attribute) =>
        Assert.Contains("RS0705", Codes($"<img src=\"/logo.png\" {attribute} width=\"1\" height=\"1\">"));

    [Fact]
    public void An_extensionless_link_to_a_html_file_is_broken_on_a_plain_host_and_fine_where_hosts_serve_it()
    {
        (string, string)[] site = [("index.html", Page("<p><a href=\"/about\">About us</a> and <a href=\"contact\">contact</a></p>")), ("about.html", Page("<p>About</p>")), ("contact.html", Page("<p>Contact</p>"))];

        // On a plain host the two pages are also orphans (RS0730): no working link leads to them.
        Assert.Equal(["RS0701", "RS0701"], Check(CheckOptions.Default, site).Diagnostics.Where(d => d.Code != "RS0730").Select(d => d.Code));
        Assert.Empty(Check(CheckOptions.Default with { ServesHtmlWithoutExtension = true }, site).Diagnostics);
    }

    [Fact]
    public void The_host_option_does_not_invent_files()
    {
        (string, string)[] site = [("index.html", Page("<p><a href=\"/gone\">Gone</a></p>"))];

        Assert.Equal(["RS0701"], Check(CheckOptions.Default with { ServesHtmlWithoutExtension = true }, site).Diagnostics.Select(d => d.Code));
    }
}
