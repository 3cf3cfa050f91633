namespace Relevare.Static.Tests.Publishing;

/// <summary>The <c>publishing:</c> block of site.yml.</summary>
public sealed class PublishingConfigTests
{
    [Theory]
    [InlineData("  page_size: 0", "site.yml:25:14", "page_size must be between 1 and 1000")]
    [InlineData("  theme_color: red", "site.yml:25:16", "theme_color 'red' is not a colour written #rrggbb")]
    [InlineData("  icon: favicon.svg", "site.yml:25:9", "icon 'favicon.svg' is not the URL of a file in assets/")]
    [InlineData("  feed: true", "site.yml:25:3", "unknown setting 'feed' in publishing")]
    public void Mistakes_in_publishing_are_configuration_errors(string line, string location, string message)
    {
        var result = TestSite.Build(PublishingSite.Files.Replace("  page_size: 2", line, StringComparison.Ordinal));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.StartsWith("RS01", diagnostic.Code, StringComparison.Ordinal);
        Assert.Equal(location, diagnostic.Location);
        Assert.StartsWith(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_icon_that_is_not_in_assets_is_reported_where_it_is_written()
    {
        var result = TestSite.Build(PublishingSite.Files.Replace("  page_size: 2", "  icon: /assets/favicon.svg", StringComparison.Ordinal)
            + PublishingSite.Page("content/index.md"));

        var diagnostic = result.Diagnostics.SingleWithCode("RS0104");
        Assert.Equal("site.yml:25:9", diagnostic.Location);
        Assert.Equal("icon '/assets/favicon.svg' is not a file in assets/", diagnostic.Message);
    }

    [Fact]
    public void Publishing_with_nothing_under_it_uses_the_defaults()
    {
        var result = TestSite.BuildOk(PublishingSite.Files.Replace("  page_size: 2\n", "", StringComparison.Ordinal)
            + PublishingSite.Page("content/index.md"));

        Assert.Contains("\"short_name\": \"Test clinic\"", result.Text("manifest.webmanifest"), StringComparison.Ordinal);
        Assert.Contains("\"icons\": []", result.Text("manifest.webmanifest"), StringComparison.Ordinal);
        Assert.Contains(result.Files, f => f.Path == "sitemap.xml");
    }

    [Fact]
    public void More_fingerprinted_assets_than_cloudflare_accepts_give_a_warning()
    {
        var files = TestSite.Files(PublishingSite.Files + PublishingSite.Page("content/index.md"));
        for (var i = 0; i < 100; i++)
        {
            files[$"assets/images/i{i:D3}.png"] = [(byte)i];
        }

        var result = TestSite.Build(files);

        Assert.True(result.Succeeded);
        var warning = result.Diagnostics.SingleWithCode("RS0805");
        Assert.False(warning.IsError);
        Assert.Equal("_headers has 101 rules (one per fingerprinted asset); Cloudflare Pages reads at most 100", warning.Message);
    }

    [Fact]
    public void A_page_at_a_generated_files_url_collides_with_it()
    {
        var result = TestSite.Build(PublishingSite.Files + PublishingSite.Page("content/search.md"));

        var diagnostic = result.Diagnostics.SingleWithCode("RS0501");
        Assert.Equal("content/search.md:1:1", diagnostic.Location);
        Assert.Equal("the URL /search/ collides with the search page that 'publishing' in site.yml generates", diagnostic.Message);
    }

    [Fact]
    public void Generated_files_are_deterministic_and_sorted()
    {
        var site = PublishingSite.Files + PublishingSite.Page("content/index.md")
            + PublishingSite.Article("content/conditions/b.md", "2026-02-01", "updated: 2026-05-01\nconditions: [migraine]")
            + PublishingSite.Article("content/conditions/a.md", "2026-03-01", "aliases: [/z/, /a/]");

        var first = TestSite.BuildOk(site);
        var second = TestSite.BuildOk(site);

        Assert.Equal(first.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))), second.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))));
        Assert.Contains("<updated>2026-05-01T00:00:00Z</updated>\n  <author>", first.Text("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("/a/ /conditions/a/ 301\n/z/ /conditions/a/ 301\n", first.Text("_redirects"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_dated_articles_there_is_no_feed_and_no_feed_url()
    {
        var result = TestSite.BuildOk(PublishingSite.Files + PublishingSite.Page("content/index.md") + """
            -- templates/layouts/page.html --
            feed={{ site.feed_url }} search={{ site.search_url }} manifest={{ site.manifest_url }}
            """);

        Assert.Contains("feed= search=/search/ manifest=/manifest.webmanifest", result.Text("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.Path == "feed.xml");
    }
}
