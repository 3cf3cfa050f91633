using Relevare.Static.Checks;
using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

public sealed class ReferenceCheckTests
{
    private static readonly (string, string) Home = ("index.html", Page("<p><a href=\"/about/\">About us</a> <a href=\"/conditions/migraine/\">Migraine</a></p>"));
    private static readonly (string, string) About = ("about/index.html", Page("<h2 id=\"team\">Team</h2><p><a href=\"/\">Home</a></p>"));

    private static string[] Links(string body, string pagePath = "conditions/migraine/index.html") =>
        Summaries(Check(Home, About, ("assets/css/site.css", ""), (pagePath, Page(body))).Diagnostics);

    [Theory]
    [InlineData("/about/")]
    [InlineData("../../about/")]
    [InlineData("/about/index.html")]
    [InlineData("/about/#team")]
    [InlineData("/about/?x=1#team")]
    [InlineData("/")]
    [InlineData("../..")]
    [InlineData("/assets/css/site.css")]
    [InlineData("https://www.example.org/")]
    [InlineData("#top")]
    public void Links_that_resolve_are_clean(string href) =>
        Assert.Empty(Links($"<a href=\"{href}\">Somewhere useful</a>"));

    [Theory]
    [InlineData("/abuot/", "RS0701")]
    [InlineData("../about.html", "RS0701")]
    [InlineData("/about/index.html/", "RS0701")]
    [InlineData("../../../about/", "RS0701")]
    [InlineData("/about", "RS0703")]
    [InlineData("/about#team", "RS0703")]
    [InlineData("/about/#staff", "RS0702")]
    [InlineData("#nowhere", "RS0702")]
    [InlineData("#", "RS0702")]
    [InlineData("", "RS0718")]
    [InlineData("  ", "RS0718")]
    [InlineData("(https://example.org/)", "RS0701")]
    public void Broken_links_are_reported_at_the_link(string href, string code) =>
        Assert.Equal([$"{code} conditions/migraine/index.html:7:4"], Links($"<p><a href=\"{href}\">Somewhere useful</a></p>"));

    [Fact]
    public void A_broken_link_suggests_the_closest_page()
    {
        var finding = Assert.Single(Check(Home, About, ("conditions/migraine/index.html", Page("<a href=\"/abuot/\">About</a>"))).Diagnostics);
        Assert.Equal("did you mean '/about/'?", finding.Hint);
    }

    [Fact]
    public void A_broken_fragment_suggests_the_closest_id()
    {
        var finding = Assert.Single(Check(Home, About, ("conditions/migraine/index.html", Page("<a href=\"/about/#teams\">Our team</a>"))).Diagnostics);
        Assert.StartsWith("did you mean '#team'?", finding.Hint, StringComparison.Ordinal);
        Assert.Contains("about/index.html has no element with that id", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_srcset_scripts_stylesheets_and_metadata_must_exist()
    {
        var head = Head + "<link rel=\"stylesheet\" href=\"/assets/css/missing.css\"><link rel=\"canonical\" href=\"https://www.example.org/gone/\"><meta property=\"og:image\" content=\"https://www.example.org/og.png\">";
        var body = "<img src=\"/assets/css/site.css\" srcset=\"/a.png 1x, /assets/css/site.css 2x\" alt=\"x\" width=\"1\" height=\"1\">\n<picture><source srcset=\"/b.webp\"></picture>\n<script src=\"/c.js\"></script>";
        var options = CheckOptions.Default with { BaseUrl = new Uri("https://www.example.org/") };
        var findings = Check(options, Home, About, ("assets/css/site.css", ""), ("conditions/migraine/index.html", Page(body, head))).Diagnostics;
        Assert.Equal(
            ["RS0701 conditions/migraine/index.html:3:227", "RS0701 conditions/migraine/index.html:3:281",
             "RS0701 conditions/migraine/index.html:3:340", "RS0701 conditions/migraine/index.html:7:1",
             "RS0701 conditions/migraine/index.html:8:10", "RS0701 conditions/migraine/index.html:9:1"],
            Summaries(findings));
        Assert.Contains("'/a.png'", findings[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absolute_links_under_the_base_url_are_internal_and_others_are_external()
    {
        var options = CheckOptions.Default with { BaseUrl = new Uri("https://www.example.org/") };
        var result = Check(options, Home, About, ("conditions/migraine/index.html",
            Page("<a href=\"https://www.example.org/about/#team\">About</a> <a href=\"https://www.example.org/nope/\">Nope</a> <a href=\"https://other.example/x#y\">Other</a> <a href=\"https://other.example/x\">Again</a>")));
        Assert.Equal(["RS0701 conditions/migraine/index.html:7:57"], Summaries(result.Diagnostics));
        var external = Assert.Single(result.ExternalLinks);
        Assert.Equal("https://other.example/x", external.Url.AbsoluteUri);
        Assert.Equal(2, external.Sites.Length);
    }

    [Fact]
    public void Meta_refresh_targets_are_checked_and_redirect_pages_are_not_orphans()
    {
        var redirect = "<!doctype html><html lang=\"en\"><head><meta http-equiv=\"refresh\" content=\"0; url='/gone/'\"><title>Moved</title></head><body></body></html>";
        var findings = Check(Home, About, ("old/index.html", redirect)).Diagnostics;
        Assert.Contains(findings, d => d.Code == "RS0701" && d.Path == "old/index.html" && d.Message.Contains("'/gone/'", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, d => d.Code == "RS0730");
    }

    [Fact]
    public void Pages_not_reachable_from_home_are_orphans()
    {
        var findings = Check(Home, About,
            ("conditions/migraine/index.html", Page("<a href=\"/hidden/\">Hidden</a>")),
            ("hidden/index.html", Page("<a href=\"/secret/\">Secret</a>")),
            ("secret/index.html", Page("<p>x</p>")),
            ("lonely/index.html", Page("<a href=\"/\">Home</a>")),
            ("404.html", Page("<p>Not found</p>"))).Diagnostics;
        var orphan = Assert.Single(findings);
        Assert.Equal("RS0730 lonely/index.html:1:1", $"{orphan.Code} {orphan.Location}");
        Assert.False(orphan.IsError);
    }

    [Fact]
    public void A_link_in_a_page_with_a_trailing_slash_path_resolves_against_its_folder()
    {
        var result = Check(Home, About, ("conditions/migraine/index.html", Page("<a href=\"../../about/#team\">About</a> <a href=\"./\">Self</a> <a href=\"sub/\">Sub</a>")));
        Assert.Equal(["RS0701 conditions/migraine/index.html:7:61"], Summaries(result.Diagnostics));
        Assert.Contains("conditions/migraine/sub/index.html", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_encoded_paths_and_fragments_are_decoded()
    {
        var result = Check(Home, About,
            ("caf\u00e9/index.html", Page("<h2 id=\"s\u00fc\u00df\">x</h2>")),
            ("conditions/migraine/index.html", Page("<a href=\"/caf%C3%A9/#s%C3%BC%C3%9F\">Caf\u00e9</a> <a href=\"/caf%C3%A9/\">Again</a>")));
        Assert.Empty(result.Diagnostics.Where(d => d.Code != "RS0730"));
    }

    [Fact]
    public void Anchor_names_are_fragment_targets()
    {
        Assert.Empty(Links("<a name=\"legacy\"></a><a href=\"#legacy\">Legacy anchor</a>"));
    }

    [Theory]
    [InlineData("/a.png 1x, /b.png 2x", new[] { "/a.png", "/b.png" })]
    [InlineData("/a.png", new[] { "/a.png" })]
    [InlineData("/a.png,/b.png 640w", new[] { "/a.png,/b.png" })] // a comma is a separator only before whitespace
    [InlineData(" /a,b.png 1x , /c.png", new[] { "/a,b.png", "/c.png" })]
    public void Srcset_urls_are_read_like_a_browser(string srcset, string[] expected) =>
        Assert.Equal(expected, Srcset.Urls(srcset));
}
