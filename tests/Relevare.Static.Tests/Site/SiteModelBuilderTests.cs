using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Site;

public sealed class SiteModelBuilderTests
{
    private const string UrlLayout = """
        -- templates/base.html --
        {{ include layout }}
        -- templates/layouts/page.html --
        {{ page.url }}
        -- templates/layouts/article.html --
        {{ page.url }}

        """;

    private static string Page(string path, string frontMatter = "") =>
        $"-- {path} --\n---\ntitle: T\n{(frontMatter.Length > 0 ? frontMatter + "\n" : "")}---\n";

    private static string Article(string path, string frontMatter = "") =>
        $"-- {path} --\n---\ntitle: T\ndate: 2026-01-01\n{(frontMatter.Length > 0 ? frontMatter + "\n" : "")}---\n";

    [Fact]
    public void Build_gives_every_page_a_pretty_url()
    {
        var result = TestSite.BuildOk(UrlLayout
            + Page("content/index.md")
            + Page("content/about.md")
            + Page("content/treatment/index.md")
            + Page("content/treatment/during-your-infusion.md")
            + Article("content/conditions/migraine.md"));

        Assert.Equal(
            ["about/index.html", "conditions/migraine/index.html", "index.html", "treatment/during-your-infusion/index.html", "treatment/index.html"],
            result.Files.Select(f => f.Path));
        Assert.Equal("/", result.Text("index.html").Trim());
        Assert.Equal("/about/", result.Text("about/index.html").Trim());
        Assert.Equal("/treatment/", result.Text("treatment/index.html").Trim());
        Assert.Equal("/treatment/during-your-infusion/", result.Text("treatment/during-your-infusion/index.html").Trim());
        Assert.Equal("/conditions/migraine/", result.Text("conditions/migraine/index.html").Trim());
        Assert.Equal(5, result.PageCount);
    }

    [Fact]
    public void Build_slug_replaces_the_file_name_in_the_url()
    {
        var result = TestSite.BuildOk(UrlLayout
            + Page("content/a.md", "slug: first-visit")
            + Article("content/conditions/migraine.md", "slug: chronic-migraine"));

        Assert.Equal(["conditions/chronic-migraine/index.html", "first-visit/index.html"], result.Files.Select(f => f.Path));
        Assert.Equal("/first-visit/", result.Text("first-visit/index.html").Trim());
    }

    [Fact]
    public void Build_slug_lets_a_file_with_an_unusable_name_be_published()
    {
        var result = TestSite.BuildOk(UrlLayout + Page("content/My Visit.md", "slug: my-visit"));

        Assert.Equal("/my-visit/", result.Text("my-visit/index.html").Trim());
    }

    [Theory]
    [InlineData("content/My Page.md", "the file name 'My Page' cannot be a URL")]
    [InlineData("content/About.md", "the file name 'About' cannot be a URL")]
    [InlineData("content/caf\u00e9.md", "the file name 'caf\u00e9' cannot be a URL")]
    [InlineData("content/a_b.md", "the file name 'a_b' cannot be a URL")]
    [InlineData("content/a--b.md", "the file name 'a--b' cannot be a URL")]
    [InlineData("content/notes.v2.md", "the file name 'notes.v2' cannot be a URL")]
    [InlineData("content/My Folder/a.md", "the folder name 'My Folder' cannot be part of a URL")]
    [InlineData("content/treatment/Old/a.md", "the folder name 'Old' cannot be part of a URL")]
    public void Build_unusable_file_and_folder_names_are_RS0502(string path, string message)
    {
        var result = TestSite.Build(Page(path) + Page("content/ok.md"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSlug, diagnostic.Code);
        Assert.Equal($"{path}:1:1", diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("content/con.md", "the page's URL /con/ cannot be published: 'con' is a reserved device name on Windows")]
    [InlineData("content/aux/index.md", "the page's URL /aux/ cannot be published: 'aux' is a reserved device name on Windows")]
    [InlineData("content/lpt1.md", "the page's URL /lpt1/ cannot be published: 'lpt1' is a reserved device name on Windows")]
    public void Build_windows_reserved_names_are_RS0502(string path, string message)
    {
        var result = TestSite.Build(Page(path));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSlug, diagnostic.Code);
        Assert.Equal($"{path}:1:1", diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Build_an_over_long_slug_is_RS0502()
    {
        var slug = new string('a', 101);

        var result = TestSite.Build(Page("content/a.md", $"slug: {slug}"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSlug, diagnostic.Code);
        Assert.Contains("is 101 characters long (limit 100)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_assets_differing_only_in_case_collide() =>
        AssertCollide("assets/Logo.png", "assets/logo.png");

    private static void AssertCollide(string first, string second)
    {
        var files = TestSite.Files(Page("content/a.md"));
        files[first] = [1];
        files[second] = [2];

        var result = TestSite.Build(files);

        var collisions = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UrlCollision).ToList();
        Assert.Equal(2, collisions.Count);
        Assert.Contains(collisions, d => d.Path == first && d.Message.StartsWith($"the file {first} collides with {second}", StringComparison.Ordinal));
        Assert.Contains(collisions, d => d.Path == second && d.Message.StartsWith($"the file {second} collides with {first}", StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("assets/a:b.png", "contains :")]
    [InlineData("assets/notes.", "ends with a dot or a space")]
    [InlineData("assets/nul.txt", "'nul.txt' is a reserved device name on Windows")]
    public void Build_asset_names_that_break_on_windows_are_RS0502(string path, string problem)
    {
        var files = TestSite.Files(Page("content/a.md"));
        files[path] = [1];

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidSlug, diagnostic.Code);
        Assert.Equal($"{path}:1:1", diagnostic.Location);
        Assert.Contains(problem, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_drafts_are_dropped_unless_included()
    {
        var site = UrlLayout + Page("content/a.md") + Page("content/b.md", "draft: true");

        var published = TestSite.BuildOk(site);
        var preview = TestSite.BuildOk(site, new BuildOptions(IncludeDrafts: true));

        Assert.Equal(["a/index.html"], published.Files.Select(f => f.Path));
        Assert.Equal(1, published.PageCount);
        Assert.Equal(["a/index.html", "b/index.html"], preview.Files.Select(f => f.Path));
        Assert.Equal(2, preview.PageCount);
    }

    [Fact]
    public void Build_a_draft_with_an_unusable_name_is_not_reported_when_dropped()
    {
        var result = TestSite.BuildOk(Page("content/Draft Notes.md", "draft: true") + Page("content/a.md"));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Build_two_pages_with_one_url_are_both_reported_naming_each_other()
    {
        var result = TestSite.Build(Page("content/a.md") + Page("content/b.md", "description: D\nslug: a"));

        var collisions = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UrlCollision).ToList();
        Assert.Equal(2, collisions.Count);
        Assert.Equal("content/a.md:1:1", collisions[0].Location);
        Assert.StartsWith("the URL /a/ collides with content/b.md", collisions[0].Message, StringComparison.Ordinal);
        Assert.Equal("content/b.md:4:1", collisions[1].Location);
        Assert.StartsWith("the URL /a/ collides with content/a.md", collisions[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_a_file_and_a_folder_index_with_one_url_collide()
    {
        var result = TestSite.Build(Page("content/treatment.md") + Page("content/treatment/index.md") + Page("content/x.md", "slug: treatment"));

        var collisions = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UrlCollision).ToList();
        Assert.Equal(["content/treatment.md", "content/treatment/index.md", "content/x.md"], collisions.Select(d => d.Path));
        Assert.Contains("collides with content/treatment/index.md, content/x.md", collisions[0].Message, StringComparison.Ordinal);
        Assert.Contains("collides with content/treatment.md, content/x.md", collisions[1].Message, StringComparison.Ordinal);
        Assert.Contains("collides with content/treatment.md, content/treatment/index.md", collisions[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_a_page_whose_output_is_an_asset_collides_with_it()
    {
        var files = TestSite.Files(Page("content/assets/x/index.md"));
        files["assets/x/index.html"] = "<p>asset</p>"u8.ToArray();

        var result = TestSite.Build(files);

        var collisions = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UrlCollision).ToList();
        Assert.Equal(["assets/x/index.html", "content/assets/x/index.md"], collisions.Select(d => d.Path));
        Assert.Contains("collides with assets/x/index.html", collisions[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_a_link_to_a_colliding_page_is_not_reported_again()
    {
        var result = TestSite.Build(Page("content/a.md") + Page("content/b.md", "slug: a") + """
            -- content/c.md --
            ---
            title: C
            ---
            [a](a.md)
            """);

        Assert.Equal([DiagnosticCodes.UrlCollision, DiagnosticCodes.UrlCollision], result.Diagnostics.Select(d => d.Code));
    }
}
