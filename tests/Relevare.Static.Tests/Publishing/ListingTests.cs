namespace Relevare.Static.Tests.Publishing;

/// <summary>Listing pages per section and per condition, with pagination.</summary>
public sealed class ListingTests
{
    private static readonly string ThreeArticles = PublishingSite.Files
        + PublishingSite.Page("content/index.md")
        + PublishingSite.Article("content/conditions/a.md", "2026-01-01", "conditions: [migraine]")
        + PublishingSite.Article("content/conditions/b.md", "2026-03-01", "conditions: [migraine, Chronic Pain]")
        + PublishingSite.Article("content/conditions/c.md", "2026-02-01", "conditions: [Migraine]");

    [Fact]
    public void A_section_listing_is_paginated_newest_first()
    {
        var result = TestSite.BuildOk(ThreeArticles);

        var first = result.Text("conditions/index.html");
        Assert.Contains("<title>Conditions (page 1 of 2)</title>", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/conditions/b/\">b</a>\n<a href=\"/conditions/c/\">c</a>", first, StringComparison.Ordinal);
        Assert.Contains(" next=/conditions/page/2/", first, StringComparison.Ordinal);
        var second = result.Text("conditions/page/2/index.html");
        Assert.Contains("<a href=\"/conditions/a/\">a</a>", second, StringComparison.Ordinal);
        Assert.Contains("prev=/conditions/ ", second, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.Path == "conditions/page/3/index.html");
    }

    [Fact]
    public void A_condition_listing_gathers_every_spelling_of_the_condition()
    {
        var result = TestSite.BuildOk(ThreeArticles);

        var migraine = result.Text("topics/migraine/index.html");
        Assert.Contains("<title>Migraine (page 1 of 2)</title>", migraine, StringComparison.Ordinal);
        Assert.Contains("/conditions/b/", migraine, StringComparison.Ordinal);
        Assert.Contains("/conditions/c/", migraine, StringComparison.Ordinal);
        Assert.Contains("/conditions/a/", result.Text("topics/migraine/page/2/index.html"), StringComparison.Ordinal);
        Assert.Contains("<title>Chronic Pain</title>", result.Text("topics/chronic-pain/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_see_links_to_their_listings()
    {
        var result = TestSite.BuildOk(ThreeArticles + """
            -- templates/layouts/article.html --
            {{ page.section_listing.title }} {{ page.section_listing.url }};{{ for c in page.condition_listings }} {{ c.name }} {{ c.url }};{{ end }}
            """);

        Assert.Equal("Conditions /conditions/; Migraine /topics/migraine/; Chronic Pain /topics/chronic-pain/;\n\n", result.Text("conditions/b/index.html").Split("\n", 2)[1]);
    }

    [Fact]
    public void A_section_with_a_page_of_its_own_gets_no_listing()
    {
        var result = TestSite.BuildOk(ThreeArticles + PublishingSite.Page("content/conditions/index.md", "type: page"));

        Assert.Contains("Body of content/conditions/index.md", result.Text("conditions/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("conditions/page/", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_publishing_there_are_no_listings()
    {
        var result = TestSite.BuildOk(PublishingSite.Article("content/conditions/a.md", "2026-01-01"));

        Assert.Equal(["conditions/a/index.html"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_condition_without_letters_or_digits_is_reported()
    {
        var result = TestSite.Build(PublishingSite.Files + PublishingSite.Article("content/conditions/a.md", "2026-01-01", "conditions: [\"???\"]"));

        var diagnostic = result.Diagnostics.SingleWithCode("RS0804");
        Assert.Equal("content/conditions/a.md:4:1", diagnostic.Location);
    }

    [Fact]
    public void A_missing_listing_layout_is_reported_on_publishing_in_site_yml()
    {
        var files = TestSite.Files(PublishingSite.Files + PublishingSite.Article("content/conditions/a.md", "2026-01-01"));
        files.Remove("templates/layouts/listing.html");

        var result = TestSite.Build(files);

        var diagnostic = result.Diagnostics.SingleWithCode("RS0106");
        Assert.Equal("site.yml:24:1", diagnostic.Location);
        Assert.Contains("templates/layouts/listing.html", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_at_a_listing_url_collides_with_the_listing()
    {
        var result = TestSite.Build(ThreeArticles + PublishingSite.Page("content/topics/migraine.md"));

        var diagnostic = result.Diagnostics.SingleWithCode("RS0501");
        Assert.Equal("content/topics/migraine.md", diagnostic.Path);
        Assert.Equal("the URL /topics/migraine/ collides with the listing page /topics/migraine/ that 'publishing' in site.yml generates", diagnostic.Message);
    }

    [Theory]
    [InlineData("migraine", "migraine")]
    [InlineData("Chronic Pain", "chronic-pain")]
    [InlineData("Ménière's disease", "meniere-s-disease")]
    [InlineData("Me\u0301nie\u0300re", "meniere")]
    [InlineData("Straße  & CRPS (type 1)", "strasse-crps-type-1")]
    [InlineData("???", "")]
    public void Condition_slugs_are_lowercase_ascii_words(string condition, string slug)
    {
        Assert.Equal(slug, Relevare.Static.Site.ListingPlanner.Slug(condition));
    }
}
