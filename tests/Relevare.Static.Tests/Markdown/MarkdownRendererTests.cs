using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private const int BodyFirstLine = 4;

    private static readonly LinkTargets Targets = new(
        new Dictionary<string, string>
        {
            ["content/index.md"] = "/",
            ["content/about.md"] = "/about/",
            ["content/conditions/migraine.md"] = "/conditions/migraine/",
            ["content/conditions/index.md"] = "/conditions/",
            ["content/treatment/during-your-infusion.md"] = "/treatment/during-your-infusion/",
        }.ToFrozenDictionary(StringComparer.Ordinal),
        ImmutableHashSet.Create(StringComparer.Ordinal, "content/conditions/cluster-headache.md"),
        ImmutableHashSet.Create(StringComparer.Ordinal, "content/conditions/broken.md"));

    private static (string Html, List<Diagnostic> Diagnostics, RenderedMarkdown Rendered) Render(
        string body, string path = "content/conditions/page.md", bool allowHtml = false, DiagnosticSeverity rawHtml = DiagnosticSeverity.Error)
    {
        var diagnostics = new List<Diagnostic>();
        var document = MarkdownRenderer.Parse(path, body, BodyFirstLine, diagnostics);
        Assert.NotNull(document);
        var rendered = new MarkdownRenderer(allowHtml, rawHtml).Render(path, document, BodyFirstLine, Targets, diagnostics);
        return (rendered.Html, diagnostics, rendered);
    }

    // What a browser would see after decoding entities and dropping the characters it ignores in URLs.
    private static string AsBrowserSees(string html) =>
        WebUtility.HtmlDecode(html).Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).ToLowerInvariant();

    [Theory]
    [InlineData("[x](javascript:alert(1))", 4, 1)]
    [InlineData("[x](JaVaScRiPt:alert(1))", 4, 1)]
    [InlineData("[x](&#106;avascript:alert(1))", 4, 1)]
    [InlineData("[x](&#x6A;avascript&colon;alert(1))", 4, 1)]
    [InlineData("[x](java&#9;script:alert(1))", 4, 1)]
    [InlineData("[x](<java\tscript:alert(1)>)", 4, 1)]
    [InlineData("[x](vbscript:msgbox(1))", 4, 1)]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", 4, 1)]
    [InlineData("[x](data:image/png;base64,iVBORw0KGgo=)", 4, 1)]
    [InlineData("Text ![x](javascript:alert(1))", 4, 6)]
    [InlineData("![x](data:text/html,hello)", 4, 1)]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)", 4, 1)]
    [InlineData("See <javascript:alert(1)>", 4, 5)]
    [InlineData("<vbscript:msgbox(1)>", 4, 1)]
    [InlineData("[x][evil]\n\n[evil]: javascript:alert(1)", 4, 1)] // reported where the reference is used (issue #17), not at its definition
    [InlineData("[evil]\n\n[evil]: <JAVASCRIPT:alert(1)>", 4, 1)] // reported where the reference is used (issue #17), not at its definition
    [InlineData("![x][evil]\n\n[evil]: data:text/html,hello", 4, 1)] // reported where the reference is used (issue #17), not at its definition
    [InlineData("Intro\n\n- item\n  - see [link](javascript:alert(1))", 7, 9)]
    public void Render_rejects_unsafe_urls_and_keeps_them_out_of_the_html(string markdown, int line, int column)
    {
        var (html, diagnostics, _) = Render(markdown);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeUrl, diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal($"content/conditions/page.md:{line}:{column}", diagnostic.Location);
        var seen = AsBrowserSees(html);
        Assert.DoesNotContain("script:", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", seen, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_an_unsafe_reference_used_twice_is_reported_at_each_use_not_at_the_definition()
    {
        var (html, diagnostics, _) = Render("[a][evil] and [b][evil]\n\n[evil]: javascript:alert(1)");

        Assert.Equal(["content/conditions/page.md:4:1", "content/conditions/page.md:4:15"], diagnostics.Select(d => d.Location));
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_an_unused_unsafe_reference_definition_is_still_reported()
    {
        var (_, diagnostics, _) = Render("Text\n\n[evil]: vbscript:msgbox(1)");

        Assert.Equal(DiagnosticCodes.UnsafeUrl, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("[a](https://example.test/a?b=1&c=2)", "<a href=\"https://example.test/a?b=1&amp;c=2\">a</a>")]
    [InlineData("[a](http://example.test/)", "<a href=\"http://example.test/\">a</a>")]
    [InlineData("[a](mailto:care@example.test)", "<a href=\"mailto:care@example.test\">a</a>")]
    [InlineData("[a](tel:+15550100)", "<a href=\"tel:+15550100\">a</a>")]
    [InlineData("[a](/assets/leaflet.pdf)", "<a href=\"/assets/leaflet.pdf\">a</a>")]
    [InlineData("[a](#dose)", "<a href=\"#dose\">a</a>")]
    [InlineData("<https://example.test/>", "<a href=\"https://example.test/\">https://example.test/</a>")]
    [InlineData("<care@example.test>", "<a href=\"mailto:care@example.test\">care@example.test</a>")]
    [InlineData("![a](data:image/png;base64,iVBORw0KGgo=)", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\" />")]
    [InlineData("![a](/assets/a.png)", "<img src=\"/assets/a.png\" alt=\"a\" />")]
    public void Render_allows_web_mail_phone_relative_and_image_data_urls(string markdown, string expected)
    {
        var (html, diagnostics, _) = Render(markdown);

        Assert.Empty(diagnostics);
        Assert.Equal($"<p>{expected}</p>\n", html);
    }

    [Theory]
    [InlineData("[a](migraine.md)", "/conditions/migraine/")]
    [InlineData("[a](./migraine.md)", "/conditions/migraine/")]
    [InlineData("[a](../about.md)", "/about/")]
    [InlineData("[a](../about.md#medical-disclaimer)", "/about/#medical-disclaimer")]
    [InlineData("[a](migraine.md?print=1#dose)", "/conditions/migraine/?print=1#dose")]
    [InlineData("[a](../treatment/during-your-infusion.md)", "/treatment/during-your-infusion/")]
    [InlineData("[a](/about.md)", "/about/")]
    [InlineData("[a](../index.md)", "/")]
    [InlineData("[a](index.md)", "/conditions/")]
    [InlineData("[a](../conditions/../about.md)", "/about/")]
    [InlineData("[a](Migraine.MD)", null)]
    public void Render_rewrites_links_to_md_files_into_page_urls(string markdown, string? url)
    {
        var (html, diagnostics, _) = Render(markdown);

        if (url is null)
        {
            Assert.Equal(DiagnosticCodes.LinkToMissingPage, Assert.Single(diagnostics).Code);
            return;
        }

        Assert.Empty(diagnostics);
        Assert.Equal($"<p><a href=\"{url}\">a</a></p>\n", html);
    }

    [Fact]
    public void Render_a_link_to_a_missing_page_is_RS0301_at_its_file_line_and_column()
    {
        var (html, diagnostics, _) = Render("Intro\n\nRead [the guide](missing.md) today.\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LinkToMissingPage, diagnostic.Code);
        Assert.Equal("content/conditions/page.md:6:6", diagnostic.Location);
        Assert.Equal("links to 'missing.md', which does not exist", diagnostic.Message);
        Assert.Contains("<a href=\"#\">the guide</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> Quote\n> see [x](missing.md)", 5, 7)]
    [InlineData("| a | b |\n|---|---|\n| 1 | [x](missing.md) |", 6, 7)]
    [InlineData("Text[^1]\n\n[^1]: See [x](missing.md).", 6, 11)]
    [InlineData("[x][ref]\n\n[ref]: missing.md", 4, 1)] // reported where the reference is used (issue #17), not at its definition
    public void Render_missing_page_locations_are_exact_inside_blocks(string markdown, int line, int column)
    {
        var (_, diagnostics, _) = Render(markdown);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LinkToMissingPage, diagnostic.Code);
        Assert.Equal($"content/conditions/page.md:{line}:{column}", diagnostic.Location);
    }

    [Theory]
    [InlineData("[a](../../about.md)")]
    [InlineData("[a](../../../etc/passwd.md)")]
    public void Render_a_link_leaving_content_is_missing(string markdown)
    {
        var (html, diagnostics, _) = Render(markdown);

        Assert.Equal(DiagnosticCodes.LinkToMissingPage, Assert.Single(diagnostics).Code);
        Assert.DoesNotContain("passwd", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_a_link_to_a_draft_says_so()
    {
        var (_, diagnostics, _) = Render("[a](cluster-headache.md)");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LinkToMissingPage, diagnostic.Code);
        Assert.Equal("links to 'cluster-headache.md', which is a draft and is not published (build with --drafts to preview it)", diagnostic.Message);
    }

    [Fact]
    public void Render_a_link_to_a_page_with_its_own_errors_is_not_reported_again()
    {
        var (html, diagnostics, _) = Render("[a](broken.md)");

        Assert.Empty(diagnostics);
        Assert.Equal("<p><a href=\"#\">a</a></p>\n", html);
    }

    [Fact]
    public void Render_raw_html_is_escaped_and_is_one_error_per_element()
    {
        var (html, diagnostics, _) = Render("<script>alert(1)</script>\n\nText with <b onmouseover=\"alert(2)\">bold</b>.\n");

        // The block, and the <b> element once: its closing tag is not a second finding.
        Assert.Equal(["content/conditions/page.md:4:1", "content/conditions/page.md:6:11"], diagnostics.Select(d => d.Location));
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.RawHtmlEscaped, true), (d.Code, d.IsError)));
        Assert.Contains("<script>", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("**bold**", diagnostics[1].Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onmouseover=&quot;alert(2)&quot;&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_raw_html_at_warning_level_is_a_warning_per_element()
    {
        var (_, diagnostics, _) = Render("One <b>bold</b> and <i>italic</i> sentence.<br>\n", rawHtml: DiagnosticSeverity.Warning);

        Assert.Equal([("4:5", "b"), ("4:21", "i"), ("4:44", "br")], diagnostics.Select(d => ($"{d.Line}:{d.Column}", d.Message.Split('<', '>')[1])));
        Assert.All(diagnostics, d => Assert.False(d.IsError));
    }

    [Theory]
    [InlineData("Say <b>this</b>.", "**bold**")]
    [InlineData("Say <strong>this</strong>.", "**bold**")]
    [InlineData("Say <em>this</em>.", "*italic*")]
    [InlineData("Line<br>next", "two spaces or a backslash")]
    [InlineData("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.", "code span")]
    [InlineData("See <a href=\"https://example.org/\">this</a>.", "[link text](")]
    [InlineData("Text <!-- note --> more", "delete the comment")]
    [InlineData("Text <blink>x</blink>", "write it in Markdown instead")]
    public void Render_raw_html_hint_names_the_markdown_equivalent(string markdown, string hint)
    {
        var (_, diagnostics, _) = Render(markdown);

        var first = diagnostics[0];
        Assert.Equal(DiagnosticCodes.RawHtmlEscaped, first.Code);
        Assert.Contains(hint, first.Hint, StringComparison.Ordinal);
        Assert.Equal(diagnostics.Count, diagnostics.DistinctBy(d => d.Column).Count());
    }

    [Fact]
    public void Render_a_closing_tag_without_its_opening_tag_is_reported()
    {
        var (_, diagnostics, _) = Render("<b>one</b>\n\ntwo</b> and </i>\n");

        Assert.Equal(["4:1", "6:4", "6:13"], diagnostics.Select(d => $"{d.Line}:{d.Column}"));
    }

    [Fact]
    public void Render_raw_html_passes_when_the_site_allows_it()
    {
        var (html, diagnostics, _) = Render("Text with <b>bold</b>.\n", allowHtml: true);

        Assert.Empty(diagnostics);
        Assert.Equal("<p>Text with <b>bold</b>.</p>\n", html);
    }

    [Fact]
    public void Render_an_unclosed_comment_is_a_warning_when_html_is_allowed()
    {
        var (_, diagnostics, _) = Render("Intro\n\n<!-- note\n\nEverything else\n", allowHtml: true);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnclosedHtmlComment, diagnostic.Code);
        Assert.Equal("content/conditions/page.md:6:1", diagnostic.Location);
    }

    [Theory]
    [InlineData("# Title {onclick=\"alert(1)\"}")]
    [InlineData("Text {onclick=\"alert(1)\"}")]
    [InlineData("[x](https://example.test/){onclick=\"alert(1)\"}")]
    public void Render_generic_attributes_are_not_enabled(string markdown)
    {
        var (html, _, _) = Render(markdown);

        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
        Assert.Contains("{onclick=&quot;alert(1)&quot;}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_custom_container_info_cannot_add_attributes()
    {
        var (html, _, _) = Render("::: note\" onclick=\"alert(1)\nText\n:::");

        Assert.DoesNotContain("onclick=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_toc_lists_level_2_and_3_headings_with_their_ids()
    {
        var (html, _, rendered) = Render("# Page\n\n## Intro\n\n### The `dose` *today*\n\n#### Deep\n\n## Intro\n");

        Assert.Equal(
            [new TocEntry(2, "intro", "Intro"), new TocEntry(3, "the-dose-today", "The dose today"), new TocEntry(2, "intro-1", "Intro")],
            rendered.Toc.ToArray());
        Assert.Contains("<h2 id=\"intro\">Intro</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"intro-1\">Intro</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_footnotes_task_lists_tables_and_custom_containers()
    {
        var (html, diagnostics, _) = Render("""
            Fact[^1].

            - [x] done
            - [ ] todo

            | Drug | Dose |
            |------|------|
            | A    | 1 mg |

            :::note
            Remember.
            :::

            [^1]: The source.
            """);

        Assert.Empty(diagnostics);
        Assert.Contains("<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"footnotes\">", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:1\">", html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> done", html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" /> todo", html, StringComparison.Ordinal);
        Assert.Contains("<td>1 mg</td>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"note\"><p>Remember.</p>\n</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_absurd_nesting_is_RS0304_not_a_crash()
    {
        var diagnostics = new List<Diagnostic>();

        var document = MarkdownRenderer.Parse("content/a.md", new string('>', 100_000) + " deep\n", BodyFirstLine, diagnostics);

        Assert.Null(document);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MarkdownTooComplex, diagnostic.Code);
        Assert.Equal("content/a.md:4:1", diagnostic.Location);
    }

    [Fact]
    public void Build_a_missing_md_link_is_reported_at_the_file_line()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            description: D
            ---
            Intro

            See [the guide](b.md) and [gone](gone.md).
            -- content/b.md --
            ---
            title: B
            ---
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("content/a.md:7:27", diagnostic.Location);
        Assert.Equal("links to 'gone.md', which does not exist", diagnostic.Message);
    }

    [Fact]
    public void Build_a_link_to_a_draft_is_unpublished_unless_drafts_are_included()
    {
        const string Site = """
            -- content/a.md --
            ---
            title: A
            ---
            See [b](b.md#x).
            -- content/b.md --
            ---
            title: B
            draft: true
            ---
            ## X
            """;

        var result = TestSite.Build(Site);
        var withDrafts = TestSite.BuildOk(Site, new BuildOptions(IncludeDrafts: true));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("content/a.md:4:5", diagnostic.Location);
        Assert.Contains("is a draft and is not published", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/b/#x\">b</a>", withDrafts.Text("a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_a_link_to_a_page_with_errors_reports_only_that_page()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            ---
            See [b](b.md).
            -- content/b.md --
            ---
            titel: B
            ---
            """);

        Assert.Equal(["content/b.md:2:1: RS0203", "content/b.md:2:1: RS0205"], result.Diagnostics.Select(d => $"{d.Location}: {d.Code}"));
    }

    [Fact]
    public void Build_raw_html_is_an_error_by_default_and_nothing_is_published()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            ---
            Hello <img src=x onerror=alert(1)>
            """);

        Assert.False(result.Succeeded);
        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.RawHtmlEscaped);
        Assert.Equal(("content/a.md:4:7", true), (error.Location, error.IsError));
        Assert.Contains("![what the image shows](image.png)", error.Hint, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Build_raw_html_at_warning_level_does_not_stop_publishing()
    {
        var result = TestSite.Build($$"""
            -- site.yml --
            {{TestSite.DefaultSiteYml}}markdown:
              raw_html: warning
            -- content/a.md --
            ---
            title: A
            ---
            Hello <img src=x onerror=alert(1)>
            """);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        var warning = result.Diagnostics.SingleWithCode(DiagnosticCodes.RawHtmlEscaped);
        Assert.Equal(("content/a.md:4:7", false), (warning.Location, warning.IsError));
        var page = result.Text("a/index.html");
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_an_unsafe_url_fails_the_build()
    {
        var result = TestSite.Build("""
            -- content/a.md --
            ---
            title: A
            ---
            [x](javascript:alert(1))
            """);

        Assert.False(result.Succeeded);
        Assert.Equal("content/a.md:4:1", result.Diagnostics.SingleWithCode(DiagnosticCodes.UnsafeUrl).Location);
        Assert.Empty(result.Files);
    }
}
