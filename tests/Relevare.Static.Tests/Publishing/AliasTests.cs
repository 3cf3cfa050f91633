namespace Relevare.Static.Tests.Publishing;

/// <summary>Front matter <c>aliases</c>: old URLs become redirect pages and <c>_redirects</c> lines.</summary>
public sealed class AliasTests
{
    [Fact]
    public void An_alias_becomes_a_redirect_page_with_a_meta_refresh_and_a_canonical_link()
    {
        var result = TestSite.BuildOk(PublishingSite.Files
            + PublishingSite.Page("content/index.md")
            + PublishingSite.Article("content/conditions/migraine.md", "2026-01-01", "aliases: [/old-migraine/, /migraine.html, /Migraine-Treatment]"));

        var page = result.Text("old-migraine/index.html");
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/conditions/migraine/\">", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.test/conditions/migraine/\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/conditions/migraine/\">migraine</a>", page, StringComparison.Ordinal);
        Assert.Contains("url=/conditions/migraine/", result.Text("migraine.html"), StringComparison.Ordinal);
        Assert.Contains("url=/conditions/migraine/", result.Text("Migraine-Treatment/index.html"), StringComparison.Ordinal);
        Assert.EndsWith(
            "/Migraine-Treatment/ /conditions/migraine/ 301\n/migraine.html /conditions/migraine/ 301\n/old-migraine/ /conditions/migraine/ 301\n",
            result.Text("_redirects"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_become_redirect_pages_without_publishing_too()
    {
        var result = TestSite.BuildOk("""
            -- content/index.md --
            ---
            title: Home
            aliases: [/home/]
            ---
            """);

        Assert.Contains("url=/", result.Text("home/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.Path == "_redirects");
    }

    [Fact]
    public void An_alias_that_is_the_pages_own_url_is_a_redirect_loop()
    {
        var result = TestSite.Build(PublishingSite.Files
            + PublishingSite.Article("content/conditions/migraine.md", "2026-01-01", "aliases: [/conditions/migraine]"));

        var loop = result.Diagnostics.SingleWithCode("RS0802");
        Assert.Equal("content/conditions/migraine.md:4:1", loop.Location);
        Assert.Contains("lead to itself", loop.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void An_alias_colliding_with_a_page_is_an_error_on_the_alias_and_on_the_page()
    {
        var result = TestSite.Build(PublishingSite.Files
            + PublishingSite.Page("content/about.md")
            + PublishingSite.Article("content/conditions/migraine.md", "2026-01-01", "aliases: [/about/]"));

        var collisions = result.Diagnostics.Where(d => d.Code == "RS0501").ToList();
        Assert.Equal(2, collisions.Count);
        Assert.Equal(("content/about.md:1:1", "the URL /about/ collides with the alias /about/ of content/conditions/migraine.md"), (collisions[0].Location, collisions[0].Message));
        Assert.Equal(("content/conditions/migraine.md:4:1", "the alias /about/ collides with content/about.md"), (collisions[1].Location, collisions[1].Message));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Two_pages_with_the_same_alias_collide()
    {
        var result = TestSite.Build(PublishingSite.Files
            + PublishingSite.Page("content/a.md", "aliases: [/old/]")
            + PublishingSite.Page("content/b.md", "aliases: [/OLD]"));

        var collisions = result.Diagnostics.Where(d => d.Code == "RS0501").ToList();
        Assert.Equal(2, collisions.Count);
        Assert.All(collisions, d => Assert.Contains("letter case", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_colliding_with_a_generated_file_is_an_error()
    {
        var result = TestSite.Build(PublishingSite.Files + PublishingSite.Page("content/a.md", "aliases: [/sitemap.xml/]"));

        var collision = result.Diagnostics.SingleWithCode("RS0501");
        Assert.Equal("content/a.md", collision.Path);
        Assert.Equal("the alias /sitemap.xml/ collides with the sitemap that 'publishing' in site.yml generates: one needs a file named 'sitemap.xml', the other a folder of that name", collision.Message);
    }

    [Theory]
    [InlineData("old-page", "a path starting with a single '/'")]
    [InlineData("https://example.test/old/", "a path starting with a single '/'")]
    [InlineData("//example.test/old/", "a path starting with a single '/'")]
    [InlineData("/old page/", "'old page' is not allowed")]
    [InlineData("/old/?id=3", "'?id=3' is not allowed")]
    [InlineData("/a/../b/", "'..' is not allowed")]
    [InlineData("/con/", "reserved device name")]
    public void An_alias_that_is_not_a_usable_path_is_reported(string alias, string problem)
    {
        var result = TestSite.Build(PublishingSite.Files + PublishingSite.Page("content/a.md", $"aliases: [\"{alias}\"]"));

        var diagnostic = result.Diagnostics.SingleWithCode("RS0801");
        Assert.Equal("content/a.md:3:1", diagnostic.Location);
        Assert.Empty(result.Files);
        Assert.Contains(problem, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_aliases_are_each_refused_and_nothing_is_published()
    {
        var result = SiteBuilder.Build(
            new Relevare.Static.Cli.PhysicalSourceFileSystem(Fixtures.RepositoryPaths.Fixture("publishing-hostile-aliases-are-refused")),
            new BuildOptions());

        Assert.Equal(6, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal(("RS0801", "content/index.md:3:1", true), (d.Code, d.Location, d.IsError)));
        Assert.Empty(result.Files);
    }
}
