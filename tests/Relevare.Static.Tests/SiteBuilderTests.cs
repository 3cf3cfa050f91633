using System.Text;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests;

public sealed class SiteBuilderTests
{
    private const string Site = """
        -- templates/layouts/page.html --
        <h1>{{ page.title }}</h1>
        {{ for p in site.pages }}<a href="{{ p.url }}">{{ p.title }}</a>{{ end }}
        {{ for t in page.toc }}{{ t.id }} {{ end }}
        {{ page.content }}
        -- content/index.md --
        ---
        title: Home
        ---
        ## One
        ## Two
        [About](about.md)
        -- content/about.md --
        ---
        title: About
        ---
        Text[^1]

        [^1]: Note
        -- content/a-b.md --
        ---
        title: A-B
        ---
        -- content/ab.md --
        ---
        title: AB
        ---
        -- content/conditions/migraine.md --
        ---
        title: Migraine
        date: 2026-01-01
        tags: [b, a]
        ---
        Body
        -- assets/css/site.css --
        body { color: black; }
        -- assets/Z.txt --
        z
        """;

    [Fact]
    public void Build_the_same_site_twice_gives_identical_bytes()
    {
        var first = TestSite.BuildOk(Site);
        var second = TestSite.BuildOk(Site);

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Build_output_files_are_in_ordinal_order_with_assets_unchanged()
    {
        var result = TestSite.BuildOk(Site);

        Assert.Equal(
            ["a-b/index.html", "ab/index.html", "about/index.html", "assets/Z.txt", "assets/css/site.css", "conditions/migraine/index.html", "index.html"],
            result.Files.Select(f => f.Path));
        Assert.Equal("body { color: black; }\n", result.Text("assets/css/site.css"));
    }

    [Fact]
    public void Build_output_is_utf8_without_BOM_and_with_LF_only()
    {
        var result = TestSite.BuildOk(Site);

        Assert.All(result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), file =>
        {
            Assert.False(file.Content.Span.StartsWith(Encoding.UTF8.Preamble), file.Path);
            Assert.DoesNotContain((byte)'\r', file.Content.ToArray());
        });
    }

    [Fact]
    public void Build_diagnostics_are_sorted_by_file_line_and_column()
    {
        var result = TestSite.Build("""
            -- content/b.md --
            ---
            titel: B
            ---
            [x](javascript:x)
            -- content/a.md --
            ---
            title: A
            draft: maybe
            ---
            [x](gone.md) [y](gone2.md)
            """);

        Assert.Equal(
            ["content/a.md:3:8", "content/b.md:2:1", "content/b.md:2:1"],
            result.Diagnostics.Select(d => d.Location));
        Assert.Equal([DiagnosticCodes.FrontMatterWrongType, DiagnosticCodes.FrontMatterUnknownField, DiagnosticCodes.FrontMatterMissingField], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(3, result.ErrorCount);
    }

    [Fact]
    public void Build_reports_errors_of_every_page_in_one_run()
    {
        var files = TestSite.Files("");
        for (var i = 0; i < 20; i++)
        {
            files[$"content/p{i:D2}.md"] = Encoding.UTF8.GetBytes($"---\ntitle: P\n---\n[x](missing-{i}.md)\n");
        }

        var result = TestSite.Build(files);

        Assert.Equal(20, result.ErrorCount);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"content/p{i:D2}.md:4:1"), result.Diagnostics.Select(d => d.Location));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_files_outside_content_templates_and_assets_are_ignored_and_dotfiles_skipped()
    {
        var result = TestSite.BuildOk("""
            -- README.md --
            not a page
            -- content/.hidden.md --
            not even front matter
            -- assets/.env --
            SECRET=1
            -- content/a.md --
            ---
            title: A
            ---
            """);

        Assert.Equal(["a/index.html"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Build_a_page_over_the_size_limit_is_RS0002_and_not_parsed()
    {
        var files = TestSite.Files("");
        files["content/big.md"] = Encoding.UTF8.GetBytes("---\ntitle: Big\n---\n" + new string('[', 1024 * 1024));

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FileTooLarge, diagnostic.Code);
        Assert.Equal("content/big.md:1:1", diagnostic.Location);
    }

    [Fact]
    public void Build_a_non_markdown_file_in_content_is_a_warning()
    {
        var result = TestSite.Build("""
            -- content/leaflet.pdf --
            %PDF
            -- content/a.md --
            ---
            title: A
            ---
            """);

        Assert.True(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotPublished, diagnostic.Code);
        Assert.Equal("content/leaflet.pdf:1:1", diagnostic.Location);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("leaflet", StringComparison.Ordinal));
    }

    [Fact]
    public void Checks_of_the_built_pages_can_be_left_out_only_through_the_options()
    {
        const string Site = """
            -- content/index.md --
            ---
            title: Home
            ---
            [Missing part](#nowhere)
            """;

        var checkedBuild = TestSite.Build(Site);
        var withoutChecks = TestSite.Build(Site, new BuildOptions { Checks = false });

        Assert.Contains(checkedBuild.Diagnostics, d => d.Code == DiagnosticCodes.CheckBrokenFragment);
        Assert.DoesNotContain(withoutChecks.Diagnostics, d => d.Code.StartsWith("RS07", StringComparison.Ordinal));
        Assert.Empty(checkedBuild.Files);
        Assert.Equal(["index.html"], withoutChecks.Files.Select(f => f.Path));
    }
}
