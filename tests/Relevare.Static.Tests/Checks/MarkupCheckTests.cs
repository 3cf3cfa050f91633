using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

/// <summary>Empty URLs, meta refresh syntax, image maps, &lt;base href&gt; and htmltest's ignore marker.</summary>
public sealed class MarkupCheckTests
{
    private static readonly (string, string) Logo = ("logo.png", "");

    private static string[] Findings(string body, params (string Path, string Content)[] more) =>
        Summaries(Check([("index.html", Page(body)), Logo, .. more]).Diagnostics);

    [Theory]
    [InlineData("<img src=\"\" alt=\"Logo\" width=\"1\" height=\"1\">")]
    [InlineData("<img src alt=\"Logo\" width=\"1\" height=\"1\">")]
    [InlineData("<img src=\"  \" alt=\"Logo\" width=\"1\" height=\"1\">")]
    [InlineData("<iframe src=\"\"></iframe>")]
    [InlineData("<video src=\"/logo.png\" poster=\"\"></video>")]
    [InlineData("<audio><source src=\"\"></audio>")]
    [InlineData("<object data=\"\"></object>")]
    [InlineData("<blockquote cite=\"\">Words</blockquote>")]
    [InlineData("<script src=\"\"></script>")]
    [InlineData("<script></script>")]
    [InlineData("<script>  </script>")]
    [InlineData("<img alt=\"Logo\" width=\"1\" height=\"1\">")]
    [InlineData("<link rel=\"icon\">")]
    public void Empty_or_missing_urls_are_reported_once(string element)
    {
        var finding = Assert.Single(Check(("index.html", Page(element)), Logo).Diagnostics);
        Assert.Equal(("RS0718", 7), (finding.Code, finding.Line));
    }

    [Fact]
    public void Elements_without_the_optional_url_are_fine() =>
        Assert.Empty(Findings("<iframe title=\"x\"></iframe><video></video><object></object><blockquote>Words</blockquote><map name=\"m\"><area alt=\"x\"></map>"));

    [Theory]
    [InlineData("0; url=/logo.png", new string[0])]
    [InlineData("5", new string[0])]
    [InlineData("0;URL=/logo.png", new string[0])]
    [InlineData("0, /logo.png", new string[0])]
    [InlineData("0; url=/gone.png", new[] { "RS0701" })]
    [InlineData("", new[] { "RS0719" })]
    [InlineData("-2", new[] { "RS0719" })]
    [InlineData("3x;url=/logo.png", new[] { "RS0719" })]
    [InlineData("1.5; url=/logo.png", new[] { "RS0719" })]
    [InlineData("0; url='/logo.png'", new[] { "RS0719" })]
    [InlineData("0; url=\"/gone.png\"", new[] { "RS0719", "RS0701" })]
    public void Meta_refresh_content_must_follow_the_syntax(string content, string[] codes)
    {
        var head = Head + $"<meta http-equiv=\"refresh\" content=\"{content.Replace("\"", "&quot;", StringComparison.Ordinal)}\">";
        var findings = Check(("index.html", Page("<p>x</p>", head)), Logo).Diagnostics;
        Assert.Equal(codes.Order(StringComparer.Ordinal), findings.Select(f => f.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Meta_refresh_without_content_is_reported()
    {
        var findings = Check(("index.html", Page("<p>x</p>", Head + "<meta http-equiv=\"refresh\">"))).Diagnostics;
        Assert.Equal("RS0719", Assert.Single(findings).Code);
    }

    [Theory]
    [InlineData("#rooms", false, null)]
    [InlineData("#nowhere", false, "names no <map>")]
    [InlineData("rooms", false, "is not '#'")]
    [InlineData("", false, "is empty")]
    [InlineData("#rooms", true, "inside an <a>")]
    public void Image_maps_must_name_a_map_and_stay_out_of_links(string usemap, bool inLink, string? message)
    {
        var image = $"<img src=\"/logo.png\" alt=\"Rooms\" width=\"1\" height=\"1\" usemap=\"{usemap}\">";
        var body = "<map name=\"rooms\"><area href=\"/\" alt=\"Home\"></map>" + (inLink ? $"<a href=\"/\">{image}</a>" : image);
        var findings = Check(("index.html", Page(body)), Logo).Diagnostics;
        if (message is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal("RS0727", finding.Code);
            Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Relative_urls_resolve_against_the_base_href_like_a_browser()
    {
        var head = Head + "<base href=\"docs/\">";
        var page = Page("<a href=\"guide.html#setup\">Guide</a> <a href=\"/logo.png\">Logo</a> <a href=\"../logo.png\">Up</a> <a href=\"#setup\">Setup</a> <a href=\"missing.html\">Missing</a>", head);
        var guide = ("docs/guide.html", Page("<h2 id=\"setup\">Setup</h2>"));
        var index = ("docs/index.html", Page("<p>Docs</p>"));
        var findings = Check(("index.html", page), Logo, guide, index).Diagnostics.Where(d => d.Path == "index.html");

        // '#setup' resolves against the base, so it points to docs/index.html, which has no such id.
        Assert.Equal(["RS0702 index.html:7:96", "RS0701 index.html:7:123"], Summaries(findings));
    }

    [Fact]
    public void A_base_href_elsewhere_makes_relative_urls_external()
    {
        var head = Head + "<base href=\"https://cdn.example.org/files/\">";
        var result = Check(("index.html", Page("<a href=\"report.pdf\">Report</a>", head)));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("https://cdn.example.org/files/report.pdf", Assert.Single(result.ExternalLinks).Url.AbsoluteUri);
    }

    [Theory]
    [InlineData("<a href=\"/nowhere/\" data-proofer-ignore>Nowhere</a>")]
    [InlineData("<a href=\"/nowhere/\" data-proofer-ignore=\"true\">Nowhere</a>")]
    [InlineData("<a href=\"/nowhere/\" class=\"button data-proofer-ignore\">Nowhere</a>")]
    [InlineData("<div data-proofer-ignore><p><img src=\"\"><a href=\"#\">x</a></p></div>")]
    public void Htmltests_ignore_marker_skips_the_element_and_its_content(string body) =>
        Assert.Empty(Findings(body));

    [Fact]
    public void An_ignored_element_is_not_fetched_by_the_external_check()
    {
        var result = Check(("index.html", Page("<a href=\"https://example.org/a\" data-check-ignore>A</a> <a href=\"https://example.org/b\">B</a>")));
        Assert.Equal("https://example.org/b", Assert.Single(result.ExternalLinks).Url.AbsoluteUri);
    }

    [Fact]
    public void Unknown_schemes_and_scheme_like_text_are_told_apart() =>
        Assert.Equal(["RS0701 index.html:7:78"], Findings("<a href=\"git://example.org/repo\">Git</a> <a href=\"ftp://example.org\">FTP</a> <a href=\"(https://example.org/)\">Brackets</a>"));
}
