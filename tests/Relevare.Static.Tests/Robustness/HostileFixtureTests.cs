using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// The intent of the <c>hostile-*</c> fixtures, stated independently of their approved files: which error each
/// gives and where, or that it builds. Re-approving a fixture cannot silently turn a refusal into a publication,
/// or an error into another one.
/// </summary>
public sealed class HostileFixtureTests
{
    [Theory]
    [InlineData("unterminated-front-matter", "RS0201", "content/index.md:1:1", "never closed")]
    [InlineData("hostile-text-before-front-matter", "RS0213", "content/index.md:1:1", "first '---' is on line 3")]
    [InlineData("hostile-tab-indents-front-matter", "RS0202", "content/index.md:3:1", "a tab is used for indentation")]
    [InlineData("hostile-crlf-keeps-line-numbers", "RS0203", "content/index.md:4:1", "'titel'")]
    [InlineData("hostile-invalid-utf8", "RS0001", "content/index.md:5:22", "(byte offset 45)")]
    [InlineData("hostile-nul-character", "RS0003", "content/index.md:5:24", "U+0000")]
    [InlineData("hostile-control-character-in-front-matter", "RS0003", "content/index.md:2:16", "U+001B")]
    [InlineData("hostile-control-character-from-yaml-escape", "RS0212", "content/index.md:2:8", "U+001B")]
    [InlineData("hostile-duplicate-keys", "RS0208", "content/index.md:4:1", "'title' is given twice (first on line 2)")]
    [InlineData("hostile-yaml-billion-laughs", "RS0212", "content/index.md:3:4", "anchors")]
    [InlineData("hostile-yaml-alias", "RS0212", "content/index.md:2:8", "aliases")]
    [InlineData("hostile-yaml-deep-nesting", "RS0212", "content/index.md:3:39", "nested more than 32 levels")]
    [InlineData("hostile-oversized-front-matter", "RS0002", "content/index.md:1:1", "the front matter is 65 KiB; the limit is 64 KiB")]
    [InlineData("hostile-oversized-file", "RS0002", "content/index.md:1:1", "the file is 1025 KiB; pages are limited to 1024 KiB")]
    [InlineData("hostile-yaml11-no-in-a-boolean-field", "RS0204", "content/index.md:3:8", "'draft' must be true or false")]
    [InlineData("hostile-yaml11-slash-date", "RS0206", "content/index.md:3:7", "'03/04/2024'")]
    [InlineData("hostile-yaml11-offset-date-time", "RS0206", "content/index.md:3:7", "'2024-03-04T23:30:00-05:00'")]
    [InlineData("hostile-yaml-invalid-escape", "RS0202", "content/index.md:3:12", "an escape in double quotes is not a valid character")]
    [InlineData("hostile-yaml-python-tag", "RS0212", "content/index.md:2:8", "python/object/apply")]
    [InlineData("hostile-yaml-dotnet-tag", "RS0212", "content/index.md:2:8", "!System.Diagnostics.Process")]
    [InlineData("hostile-front-matter-is-a-list", "RS0211", "content/index.md:2:1", "must be a list of 'field: value' lines")]
    [InlineData("hostile-front-matter-is-a-scalar", "RS0211", "content/index.md:2:1", "must be a list of 'field: value' lines")]
    [InlineData("hostile-empty-file", "RS0213", "content/index.md:1:1", "no front matter")]
    [InlineData("hostile-markdown-deep-nesting", "RS0304", "content/index.md:4:1", "too deeply nested")]
    [InlineData("hostile-slug-parent-folder", "RS0502", "content/page.md:3:7", "'../../outside'")]
    [InlineData("hostile-slug-absolute-path", "RS0502", "content/page.md:3:7", "'/etc/cron.d/evil'")]
    [InlineData("hostile-slug-nul-escape", "RS0212", "content/page.md:3:7", "U+0000")]
    [InlineData("hostile-slug-windows-reserved-name", "RS0502", "content/page.md:1:1", "'con' is a reserved device name")]
    [InlineData("hostile-slug-windows-characters", "RS0502", "content/page.md:3:7", "'what?'")]
    [InlineData("hostile-slug-over-long", "RS0502", "content/page.md:1:1", "120 characters long (limit 100)")]
    [InlineData("hostile-site-yml-malformed", "RS0102", "site.yml:1:8", "not closed")]
    [InlineData("hostile-site-yml-unknown-nested-key", "RS0103", "site.yml:5:3", "'phnoe'")]
    [InlineData("hostile-site-yml-base-url-not-absolute", "RS0104", "site.yml:2:11", "'//fixture.example/'")]
    [InlineData("hostile-site-yml-base-url-javascript", "RS0104", "site.yml:2:11", "'javascript:alert(1)'")]
    [InlineData("hostile-site-yml-is-a-list", "RS0104", "site.yml:1:1", "must be a mapping")]
    [InlineData("hostile-site-yml-yaml-alias", "RS0104", "site.yml:1:8", "anchors")]
    public void Hostile_input_gives_one_error_at_the_right_place_and_nothing_to_publish(string fixture, string code, string location, string message)
    {
        var result = Build(fixture);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(diagnostic.IsError, diagnostic.ToString());
        Assert.Equal((code, location), (diagnostic.Code, diagnostic.Location));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Every_url_scheme_trick_is_refused_on_its_own_line()
    {
        var result = Build("hostile-unsafe-url-schemes");

        // Lines 5 to 33 hold one refused link, image or autolink each; line 35 uses the reference defined on 37,
        // and is reported where it is used (issue #17).
        int[] expectedLines = [.. Enumerable.Range(0, 15).Select(i => 5 + (2 * i)), 35];
        Assert.Equal(expectedLines, result.Diagnostics.Select(d => d.Line));
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.UnsafeUrl, true), (d.Code, d.IsError)));
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("hostile-bom-is-dropped", "<p>The file starts with a byte order mark.</p>")]
    [InlineData("hostile-crlf-is-normalised", "<p>First line\nsecond line.</p>\n<p>A classic Mac\nline break.</p>")]
    [InlineData("hostile-front-matter-without-body", "<h1>Welcome</h1>")]
    [InlineData("hostile-yaml11-scalars-stay-text", "<h1>no</h1>\n<p class=\"description\">off</p>")]
    [InlineData("hostile-yaml11-scalars-stay-text", "<span class=\"tag\">010</span>\n<span class=\"tag\">yes</span>\n<span class=\"tag\">On</span>\n<span class=\"tag\">03/04/2024</span>\n<span class=\"tag\">2024-03-04T23:30:00-05:00</span>")]
    [InlineData("hostile-generic-attributes-are-text", "<h1 id=\"heading-onclickalert1\">Heading {onclick=&quot;alert(1)&quot;}</h1>")]
    [InlineData("hostile-generic-attributes-are-text", "<a href=\"https://example.com/\">link</a>{onmouseover=alert(1)}")]
    [InlineData("hostile-raw-html-is-shown-as-text", "<p>&lt;script&gt;alert(1)&lt;/script&gt;\n</p>")]
    [InlineData("hostile-raw-html-is-shown-as-text", "Inline &lt;img src=x onerror=alert(1)&gt; and &lt;a href=&quot;javascript:alert(1)&quot;&gt;a link&lt;/a&gt;.")]
    public void Tolerated_input_builds_and_means_what_it_says(string fixture, string expectedHtml)
    {
        var result = Build(fixture);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var html = Html(result, "index.html");
        Assert.Contains(expectedHtml, html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_reported_once_per_element_and_no_tag_is_published()
    {
        var result = Build("hostile-raw-html-is-shown-as-text");

        // The fixture sets 'markdown: { raw_html: warning }' so that its escaped output can be looked at.
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.RawHtmlEscaped, false), (d.Code, d.IsError)));
        Assert.Equal(["5:1", "7:1", "9:8", "9:41", "11:1", "11:22", "13:1"], result.Diagnostics.Select(d => $"{d.Line}:{d.Column}"));
        var html = Html(result, "index.html");
        foreach (var tag in new[] { "<script", "<iframe", "<img", "<svg", "<style", "<a href=\"javascript", "<!--" })
        {
            Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Unclosed_html_comment_with_html_allowed_is_a_warning_at_the_comment()
    {
        var result = Build("hostile-unclosed-html-comment-with-html-allowed");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnclosedHtmlComment, "content/index.md:7:1", false), (warning.Code, warning.Location, warning.IsError));
    }

    [Fact]
    public void Dotfiles_and_hidden_folders_are_never_published()
    {
        var result = Build("hostile-dotfiles-are-not-published");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["assets/logo.txt", "index.html"], result.Files.Select(f => f.Path));
    }

    private static BuildResult Build(string fixture) =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.Fixture(fixture)), new BuildOptions());

    private static string Html(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content.Span);
}
