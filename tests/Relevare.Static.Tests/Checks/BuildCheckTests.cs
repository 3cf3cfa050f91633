using Relevare.Static.Content;

namespace Relevare.Static.Tests.Checks;

public sealed class BuildCheckTests
{
    private const string SiteYml = """
        title: Test clinic
        base_url: https://www.example.test/
        clinic:
          name: Test clinic
        sections:
          "": page
        content_types:
          page:
            template: page
            fields:
              title: { required: true }
              description: { required: true }

        """;

    private const string Base = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{ page.title }}</title>
          <meta name="description" content="{{ page.description }}">
          <link rel="canonical" href="{{ page.permalink }}">
        </head>
        <body>
          <nav aria-label="Main"><a href="/">Home</a> <a href="/second/">Second</a></nav>
          <main id="main">
        {{ include layout }}
          </main>
        </body>
        </html>

        """;

    private const string Layout = """
        <h1>{{ page.title }}</h1>
        {{ page.content }}

        """;

    private static string Md(string title, string body) => $"""
        ---
        title: {title}
        description: A description that is long enough for the meta description check.
        ---

        {body}

        """;

    private static BuildResult Build(string home, string second, string? siteYml = null, string? baseTemplate = null) =>
        SiteBuilder.Build(InMemorySourceFileSystem.FromText(new Dictionary<string, string>
        {
            ["site.yml"] = siteYml ?? SiteYml,
            ["templates/base.html"] = baseTemplate ?? Base,
            ["templates/layouts/page.html"] = Layout,
            ["content/index.md"] = Md("Home", home),
            ["content/second.md"] = Md("Second", second),
        }), new BuildOptions());

    [Fact]
    public void A_clean_site_builds_with_no_check_findings()
    {
        var result = Build("Read the [second page](second.md#details).", "## Details\n\nBack [home](index.md).");
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Files);
    }

    [Fact]
    public void A_broken_fragment_fails_the_build_and_is_reported_at_the_markdown_link()
    {
        // content/index.md: front matter on lines 1-4, blank line 5, the body from line 6.
        var result = Build("Intro.\n\nRead the [second page](second.md#detail).", "## Details");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0702", finding.Code);
        Assert.Equal("content/index.md:8:10", finding.Location);
        Assert.Contains("'/second/#detail'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(in _site/index.html:15:13)", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("did you mean '#details'?", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_same_page_fragment_and_an_image_map_to_their_markdown_lines()
    {
        // No image extension: not an image the images stage reads (a missing one is RS0901 before any check).
        var result = Build("See [below](#nowhere).\n\n![A photo](/missing-photo)", "Text.");
        Assert.Equal(
            ["RS0702 content/index.md:6:5", "RS0701 content/index.md:8:1", "RS0706 content/index.md:8:1"],
            CheckHarness.Summaries(result.Diagnostics));
    }

    [Fact]
    public void Links_with_the_same_url_map_to_their_own_lines()
    {
        var result = Build("[One](#gone)\n\n[Two](#gone)", "Text.");
        Assert.Equal(["RS0702 content/index.md:6:1", "RS0702 content/index.md:8:1"], CheckHarness.Summaries(result.Diagnostics));
    }

    [Fact]
    public void Footnote_references_and_back_references_check_clean()
    {
        var result = Build("A claim.[^a]\n\n[^a]: A source, see [it](https://example.org/).", "Text.");
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Heading_findings_are_reported_at_the_markdown_heading()
    {
        // Body from line 6: a second h1 (the layout already has one), a skipped level, an id the template uses.
        var result = Build("# Home again\n\n## Part\n\n#### Detail\n\n## Main", "Text.");
        Assert.Equal(
            ["RS0712 content/index.md:6:1", "RS0713 content/index.md:10:1", "RS0704 content/index.md:12:1"],
            CheckHarness.Summaries(result.Diagnostics));
        Assert.Contains("(in _site/index.html:", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_about_template_elements_name_the_output_page_and_its_source()
    {
        var result = Build("Home.", "Text.", baseTemplate: Base.Replace("href=\"/second/\"", "href=\"/secnod/\"", StringComparison.Ordinal));
        // The second page is now an orphan too: the broken link was the only way to it.
        Assert.Equal(
            ["RS0701 _site/index.html:11:47", "RS0701 _site/second/index.html:11:47", "RS0730 content/second.md:1:1"],
            CheckHarness.Summaries(result.Diagnostics));
        Assert.EndsWith("(page built from content/index.md)", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("did you mean '/second/'?", result.Diagnostics[0].Hint);
    }

    [Fact]
    public void The_output_folder_prefix_follows_the_build_options()
    {
        var source = InMemorySourceFileSystem.FromText(new Dictionary<string, string>
        {
            ["site.yml"] = SiteYml,
            ["templates/base.html"] = Base.Replace("href=\"/second/\"", "href=\"/secnod/\"", StringComparison.Ordinal),
            ["templates/layouts/page.html"] = Layout,
            ["content/index.md"] = Md("Home", "Home."),
        });
        var result = SiteBuilder.Build(source, new BuildOptions { OutputFolder = "public" });
        Assert.Equal("public/index.html:11:47", Assert.Single(result.Diagnostics).Location);
    }

    [Fact]
    public void Site_yml_checks_lower_a_finding_to_a_warning_and_the_site_is_published()
    {
        var result = Build("[Gone](#gone)", "Text.", SiteYml + "checks:\n  RS0702: warning\n  RS0706: off\n");
        var finding = Assert.Single(result.Diagnostics);
        Assert.False(finding.IsError);
        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Files);
    }

    [Theory]
    [InlineData("checks:\n  RS0799: off\n", "RS0103", "site.yml:14:3")]
    [InlineData("checks:\n  RS0702: maybe\n", "RS0104", "site.yml:14:11")]
    public void Site_yml_checks_are_validated(string checks, string code, string location)
    {
        var result = Build("Text.", "Text.", SiteYml + checks);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal($"{code} {location}", $"{finding.Code} {finding.Location}");
    }

    [Fact]
    public void An_unknown_check_code_gets_a_did_you_mean()
    {
        var result = Build("Text.", "Text.", SiteYml + "checks:\n  RS702: off\n");
        Assert.Equal("did you mean 'RS0702'?", Assert.Single(result.Diagnostics).Hint);
    }
}
