using Relevare.Static.Checks;
using Relevare.Static.Publishing;

namespace Relevare.Static.Tests.Publishing;

/// <summary>The build's check that every page and style sheet obeys the Content-Security-Policy it sends.</summary>
public sealed class ContentSecurityPolicyTests
{
    private static readonly Uri BaseUrl = new("https://example.test/");

    [Fact]
    public void Violations_leaves_out_what_page_checks_report()
    {
        var html = "<p style=\"x\" onclick=\"y()\">a</p><script>z()</script><img src=\"https://x.example/a.png\" alt=\"\">";

        Assert.Equal(
            ["<img src=\"https://x.example/a.png\"> loads an image from another site"],
            PolicyInspection.Violations(new AngleSharpPageParser(), html, BaseUrl, code => code is "RS0721" or "RS0722" or "RS0723"));
    }

    [Theory]
    [InlineData("<p style=\"color:red\">x</p>", "a style attribute on <p>")]
    [InlineData("<script>alert(1)</script>", "an inline <script>")]
    [InlineData("<script type=\"module\">x()</script>", "an inline <script>")]
    [InlineData("<style>p{}</style>", "a <style> element")]
    [InlineData("<button onclick=\"x()\">x</button>", "an event handler attribute onclick on <button>")]
    [InlineData("<a href=\" javascript:x()\">x</a>", "a javascript: URL in <a href>")]
    [InlineData("<script src=\"https://cdn.example/x.js\"></script>", "<script src=\"https://cdn.example/x.js\"> loads a script from another site")]
    [InlineData("<link rel=\"stylesheet\" href=\"//fonts.example/css\">", "<link href=\"//fonts.example/css\"> loads a file from another site")]
    [InlineData("<img src=\"https://tracker.example/p.gif\" alt=\"\">", "<img src=\"https://tracker.example/p.gif\"> loads an image from another site")]
    [InlineData("<img srcset=\"/a.png 1x, http://x.example/b.png 2x\" alt=\"\">", "<img src=\"http://x.example/b.png\"> loads an image from another site")]
    [InlineData("<iframe src=\"/a/\"></iframe>", "an <iframe> element (embedded content is not allowed)")]
    [InlineData("<form action=\"https://forms.example/\"></form>", "<form action=\"https://forms.example/\"> sends to another site")]
    [InlineData("<base href=\"/\">", "a <base> element")]
    public void Violations_finds_what_the_policy_blocks(string html, string problem)
    {
        Assert.Equal([problem], PolicyInspection.Violations(new AngleSharpPageParser(), html, BaseUrl));
    }

    [Theory]
    [InlineData("<script src=\"/assets/js/a.js\"></script>")]
    [InlineData("<script src=\"https://example.test/a.js\"></script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\": \"MedicalWebPage\"}</script>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=\"\"><img src=\"../a.png\" alt=\"\">")]
    [InlineData("<a href=\"https://pubmed.ncbi.nlm.nih.gov/1/\">a study</a><link rel=\"canonical\" href=\"https://other.example/\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=/a/\"><form action=\"/search/\"></form>")]
    public void Violations_allows_the_sites_own_files_data_images_and_links_to_other_sites(string html)
    {
        Assert.Empty(PolicyInspection.Violations(new AngleSharpPageParser(), html, BaseUrl));
    }

    [Fact]
    public void Style_sheet_violations_are_references_to_other_sites()
    {
        Assert.Equal(
            ["url(https://fonts.example/a.woff2) loads a file from another site"],
            ContentSecurityPolicy.StyleSheetViolations("@font-face{src:url(https://fonts.example/a.woff2)} a{background:url(/i.png)} b{background:url(data:image/png;base64,AA)}", BaseUrl));
    }

    [Fact]
    public void A_style_attribute_from_a_template_is_reported_once_by_the_page_check()
    {
        var result = TestSite.Build(PublishingSite.Files + PublishingSite.Page("content/index.md") + """
            -- templates/layouts/page.html --
            <h1 style="color: red">{{ page.title }}</h1>
            """);

        Assert.Equal("RS0723", result.Diagnostics.Single(d => d.IsError).Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RS0803");
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_style_attribute_still_fails_the_build_when_its_page_check_is_lowered_to_a_warning()
    {
        var result = TestSite.Build(PublishingSite.Files.Replace("RS0730: off }", "RS0730: off, RS0723: warning }", StringComparison.Ordinal)
            + PublishingSite.Page("content/index.md") + """
            -- templates/layouts/page.html --
            <h1 style="color: red">{{ page.title }}</h1>
            """);

        var diagnostic = result.Diagnostics.Single(d => d.Path == "content/index.md");
        Assert.Equal("RS0803", diagnostic.Code);
        Assert.Equal("this page breaks the site's Content-Security-Policy, so browsers would block part of it: a style attribute on <h1>", diagnostic.Message);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void An_image_from_another_site_in_content_fails_the_build_when_publishing()
    {
        var page = PublishingSite.Page("content/index.md") + "![x](https://images.example/x.png)\n";

        var result = TestSite.Build(PublishingSite.Files + page);

        Assert.Contains("loads an image from another site", result.Diagnostics.SingleWithCode("RS0803").Message, StringComparison.Ordinal);
        Assert.True(TestSite.Build(page).Succeeded); // without publishing there is no policy to break
    }

    [Fact]
    public void A_style_sheet_loading_fonts_from_another_site_fails_the_build()
    {
        var result = TestSite.Build(PublishingSite.Files + PublishingSite.Page("content/index.md") + """
            -- assets/css/fonts.css --
            @import url("https://fonts.example/css?family=Inter");
            """);

        var diagnostic = result.Diagnostics.SingleWithCode("RS0803");
        Assert.Equal("assets/css/fonts.css:1:1", diagnostic.Location);
        Assert.StartsWith("this style sheet breaks", diagnostic.Message, StringComparison.Ordinal);
    }
}
