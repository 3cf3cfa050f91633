using System.Text;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Templating;

public sealed class PageTemplateRendererTests
{
    private const string HostilePage = """
        -- content/a.md --
        ---
        title: "<script>alert(1)</script>"
        description: "\" onmouseover=\"alert(2)\" data-x='y'"
        ---
        Some **bold** text.

        """;

    private const string SimplePage = """
        -- content/a.md --
        ---
        title: A
        ---
        Body

        """;

    [Fact]
    public void Render_escapes_every_printed_value()
    {
        var result = TestSite.BuildOk(HostilePage + """
            -- templates/layouts/page.html --
            <h1>{{ page.title }}</h1>
            <meta content="{{ page.description }}">
            <p>{{ page.title | string.upcase }}</p>
            """);

        var html = result.Text("a/index.html");
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<meta content=\"&quot; onmouseover=&quot;alert(2)&quot; data-x=&#39;y&#39;\">", html, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_escapes_inside_included_partials()
    {
        var result = TestSite.BuildOk(HostilePage + """
            -- templates/layouts/page.html --
            {{ include 'partials/heading.html' }}
            -- templates/partials/heading.html --
            <h1>{{ page.title }}</h1>
            {{ include 'partials/nested.html' }}
            -- templates/partials/nested.html --
            <p>{{ page.title }}</p>
            """);

        var html = result.Text("a/index.html");
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_prints_page_content_raw_and_filtered_content_escaped()
    {
        var result = TestSite.BuildOk(HostilePage + """
            -- templates/layouts/page.html --
            <div>{{ page.content }}</div>
            <pre>{{ page.content | string.strip }}</pre>
            """);

        var html = result.Text("a/index.html");
        Assert.Contains("<div><p>Some <strong>bold</strong> text.</p>\n</div>", html, StringComparison.Ordinal);
        Assert.Contains("<pre>&lt;p&gt;Some &lt;strong&gt;bold&lt;/strong&gt; text.&lt;/p&gt;</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_the_whole_default_output_byte_for_byte()
    {
        var result = TestSite.BuildOk(SimplePage);

        Assert.Equal("<title>A</title>\n<h1>A</h1>\n<p>Body</p>\n\n", result.Text("a/index.html"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("../site.yml")]
    [InlineData("partials/missing.html")]
    public void Render_include_outside_the_template_set_is_RS0402_naming_template_and_page(string name)
    {
        var result = TestSite.Build(SimplePage + $$$"""
            -- templates/layouts/page.html --
            <h1>{{ page.title }}</h1>
              {{ include '{{{name}}}' }}
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal("templates/layouts/page.html:2:6", diagnostic.Location);
        Assert.Contains($"include '{name}': no such template in templates/", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("(while rendering content/a.md)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("{{ page.titel }}", "titel")]
    [InlineData("{{ page.extra.audience }}", "audience")]
    [InlineData("{{ titel }}", "titel")]
    [InlineData("{{ site.clinic.nmae }}", "nmae")]
    public void Render_unknown_names_fail_instead_of_printing_nothing(string expression, string name)
    {
        var result = TestSite.Build(SimplePage + $"-- templates/layouts/page.html --\n<h1>\n{expression}</h1>\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Equal("templates/layouts/page.html", diagnostic.Path);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains(name, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("(while rendering content/a.md)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_an_error_in_a_partial_is_reported_in_the_partial()
    {
        var result = TestSite.Build(SimplePage + """
            -- templates/layouts/page.html --
            {{ include 'partials/p.html' }}
            -- templates/partials/p.html --
            <p>
            {{ page.nope }}</p>
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("templates/partials/p.html", diagnostic.Path);
        Assert.Equal(2, diagnostic.Line);
    }

    [Theory]
    [InlineData("{{ object.eval_template \"{{ 6 * 7 }}\" }}")]
    [InlineData("{{ \"{{ 6 * 7 }}\" | object.eval_template }}")]
    [InlineData("{{ object.eval \"6 * 7\" }}")]
    public void Render_templates_cannot_evaluate_strings(string expression)
    {
        var result = TestSite.Build(SimplePage + $"-- templates/layouts/page.html --\n{expression}\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Contains("eval", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_a_template_syntax_error_is_RS0401_at_its_position()
    {
        var result = TestSite.Build(SimplePage + """
            -- templates/layouts/page.html --
            <h1>{{ page.title }}</h1>
            <p>{{ for x in }}</p>
            """);

        // Scriban may add follow-on messages for the same mistake; nothing else (no "missing layout", no
        // per-page include failure) may be reported.
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.TemplateSyntax, "templates/layouts/page.html", 2), (d.Code, d.Path, d.Line)));
        var first = result.Diagnostics[0];
        Assert.Equal("templates/layouts/page.html:2:16", first.Location);
        Assert.StartsWith("template syntax error: ", first.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Render_a_syntax_error_in_base_is_reported_only_as_a_syntax_error()
    {
        var result = TestSite.Build(SimplePage + """
            -- templates/base.html --
            <title>{{ page.title }</title>
            {{ include layout }}
            """);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("templates/base.html:1:22: RS0401", $"{d.Location}: {d.Code}"));
    }

    [Fact]
    public void Render_a_missing_base_template_is_RS0106()
    {
        var files = TestSite.Files(SimplePage);
        files.Remove("templates/base.html");

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ConfigTemplateMissing, diagnostic.Code);
        Assert.Equal("templates/base.html:1:1", diagnostic.Location);
    }

    [Fact]
    public void Render_a_page_with_an_unknown_template_is_reported_once()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            template: artcle
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterUnknownTemplate, diagnostic.Code);
    }

    [Fact]
    public void Render_a_page_may_pick_another_layout()
    {
        var result = TestSite.BuildOk("""
            -- content/a.md --
            ---
            title: A
            template: wide
            ---
            -- templates/layouts/wide.html --
            <div class="wide">{{ page.template }}</div>
            """);

        Assert.Contains("<div class=\"wide\">wide</div>", result.Text("a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_templates_are_read_like_content_without_BOM_or_CR()
    {
        var files = TestSite.Files(SimplePage);
        files["templates/layouts/page.html"] = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("<h1>{{ page.title }}</h1>\r\n{{ include 'partials/p.html' }}\r\n")];
        files["templates/partials/p.html"] = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("<p>partial</p>\r\n")];

        var result = TestSite.Build(files);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        var html = result.Text("a/index.html");
        Assert.DoesNotContain("\uFEFF", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
        Assert.Equal("<title>A</title>\n<h1>A</h1>\n<p>partial</p>\n\n\n", html);
    }

    [Fact]
    public void Render_a_layout_that_is_not_utf8_is_reported_once_and_not_as_missing()
    {
        var files = TestSite.Files(SimplePage);
        files["templates/layouts/page.html"] = [.. Encoding.UTF8.GetBytes("<h1>Caf"), 0xE9, .. Encoding.UTF8.GetBytes("</h1>\n")];

        var result = TestSite.Build(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, diagnostic.Code);
        Assert.Equal("templates/layouts/page.html:1:8", diagnostic.Location);
    }

    [Fact]
    public void Render_listing_more_than_a_thousand_pages_does_not_trip_the_loop_limit()
    {
        var files = TestSite.Files("""
            -- templates/layouts/page.html --
            {{ if page.is_home }}<ul>{{ for p in site.pages }}<li>{{ p.url }}</li>{{ end }}</ul>{{ end }}
            -- content/index.md --
            ---
            title: Home
            ---
            """);
        for (var i = 0; i < 1200; i++)
        {
            files[$"content/p{i:D4}.md"] = Encoding.UTF8.GetBytes($"---\ntitle: Page {i}\n---\n");
        }

        var result = TestSite.Build(files);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics.Take(5)));
        Assert.Equal(1201, result.PageCount);
        var home = result.Text("index.html");
        Assert.Equal(1201, home.Split("<li>").Length - 1);
        Assert.Contains("<li>/p0000/</li>", home, StringComparison.Ordinal);
        Assert.Contains("<li>/p1199/</li>", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_a_runaway_loop_is_still_stopped()
    {
        var result = TestSite.Build(SimplePage + """
            -- templates/layouts/page.html --
            {{ while true }}x{{ end }}
            """);

        // A limit reached is reported at the page being rendered (RS0007), naming the template's loop.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.RenderBudget, "content/a.md:4:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Contains("a loop at templates/layouts/page.html:1:4 ran more than 10,000 times", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_a_partial_that_includes_itself_is_stopped_at_the_page_naming_the_partial()
    {
        var result = TestSite.Build(SimplePage + """
            -- templates/layouts/page.html --
            {{ include 'partials/p.html' }}
            -- templates/partials/p.html --
            x{{ include 'partials/p.html' }}
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.RenderBudget, diagnostic.Code);
        Assert.Equal("content/a.md:4:1", diagnostic.Location);
        Assert.Contains("included each other more than 64 deep (at templates/partials/p.html:1:5)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_site_pages_are_listed_newest_first_then_by_title()
    {
        var result = TestSite.BuildOk("""
            -- templates/layouts/page.html --
            {{ for p in site.pages }}{{ p.title }};{{ end }}|{{ for a in site.articles }}{{ a.url }};{{ end }}
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/conditions/b.md --
            ---
            title: Beta
            date: 2026-01-02
            ---
            -- content/conditions/a.md --
            ---
            title: Alpha
            date: 2026-01-02
            ---
            -- content/conditions/old.md --
            ---
            title: Old
            date: 2020-05-05
            ---
            """);

        Assert.Contains("Alpha;Beta;Old;Home;|/conditions/a/;/conditions/b/;/conditions/old/;", result.Text("index.html"), StringComparison.Ordinal);
    }
}
