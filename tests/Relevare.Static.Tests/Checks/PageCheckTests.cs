using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

public sealed class PageCheckTests
{
    [Fact]
    public void A_clean_page_has_no_findings() => Assert.Empty(Body("<p>Hello <a href=\"#main\">skip</a></p><div id=\"main\"></div>"));

    [Fact]
    public void Missing_doctype_is_reported_at_the_start_of_the_file()
    {
        var html = Page("<p>x</p>").Replace("<!doctype html>\n", "", StringComparison.Ordinal);
        Assert.Equal(["RS0707 index.html:1:1"], Summaries(Check(("index.html", html)).Diagnostics));
    }

    [Theory]
    [InlineData("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")]
    public void A_doctype_that_gives_quirks_or_limited_quirks_mode_is_an_error(string doctype)
    {
        var html = Page("<p>x</p>").Replace("<!doctype html>", doctype, StringComparison.Ordinal);
        var finding = Assert.Single(Check(("index.html", html)).Diagnostics);
        Assert.Equal("RS0707 index.html:1:1", $"{finding.Code} {finding.Location}");
        Assert.Contains("quirks", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">")]
    [InlineData("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">")]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">")]
    public void An_obsolete_doctype_that_still_gives_standards_mode_is_a_warning(string doctype)
    {
        var html = Page("<p>x</p>").Replace("<!doctype html>", doctype, StringComparison.Ordinal);
        var finding = Assert.Single(Check(("index.html", html)).Diagnostics);
        Assert.Equal("RS0717 index.html:1:1", $"{finding.Code} {finding.Location}");
        Assert.False(finding.IsError);
    }

    [Fact]
    public void The_legacy_compat_doctype_is_fine()
    {
        var html = Page("<p>x</p>").Replace("<!doctype html>", "<!DOCTYPE html SYSTEM \"about:legacy-compat\">", StringComparison.Ordinal);
        Assert.Empty(Check(("index.html", html)).Diagnostics);
    }

    [Theory]
    [InlineData("<html>")]
    [InlineData("<html lang=\"\">")]
    [InlineData("<html lang=\"english please\">")]
    public void Html_without_a_valid_lang_is_reported_at_the_html_element(string tag)
    {
        var html = Page("<p>x</p>").Replace("<html lang=\"en\">", tag, StringComparison.Ordinal);
        Assert.Equal(["RS0708 index.html:2:1"], Summaries(Check(("index.html", html)).Diagnostics));
    }

    [Theory]
    [InlineData("<title>Test page</title>", "", "RS0709 index.html:3:1")]
    [InlineData("<title>Test page</title>", "<title> </title>", "RS0709 index.html:3:97")]
    [InlineData("<title>Test page</title>", "<title>A</title><title>B</title>", "RS0709 index.html:3:113")]
    public void Title_must_be_one_and_not_empty(string find, string replace, string expected)
    {
        var html = Page("<p>x</p>").Replace(find, replace, StringComparison.Ordinal);
        Assert.Equal([expected], Summaries(Check(("index.html", html)).Diagnostics));
    }

    [Theory]
    [InlineData("A description that is long enough for the length check of the checker.", "Too short.")]
    [InlineData("<meta name=\"description\" content=\"A description that is long enough for the length check of the checker.\">", "")]
    public void Meta_description_must_exist_within_limits(string find, string replace)
    {
        var html = Page("<p>x</p>").Replace(find, replace, StringComparison.Ordinal);
        var finding = Assert.Single(Check(("index.html", html)).Diagnostics);
        Assert.Equal("RS0710", finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.False(finding.IsError);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("width=device-width, initial-scale=1, user-scalable=no", 29)]
    [InlineData("width=device-width, maximum-scale=1.0", 29)]
    public void Viewport_must_exist_and_allow_zoom(string content, int column)
    {
        var replacement = content.Length == 0 ? "" : $"<meta name=\"viewport\" content=\"{content}\">";
        var html = Page("<p>x</p>").Replace("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", replacement, StringComparison.Ordinal);
        Assert.Equal([$"RS0711 index.html:3:{column}"], Summaries(Check(("index.html", html)).Diagnostics));
    }

    [Fact]
    public void Head_elements_of_each_kind_are_read_in_document_order()
    {
        // Names compare without case; a second description is reported, a second viewport is not read, and the
        // second <title> and <h1> are reported after the first ones of the page.
        var head = "<meta name=\"VIEWPORT\" content=\"width=device-width\"><meta name=\"viewport\" content=\"user-scalable=no\"><title>T</title>"
            + "<meta name=\"Description\" content=\"A description that is long enough for the length check of the checker.\">"
            + "<meta name=\"description\" content=\"x\"><title>U</title>";
        var html = CheckHarness.Page("<h1>Again</h1>\n<h3>Skipped</h3>\n<div role=\"main\">y</div>", head);
        Assert.Equal(
            ["RS0709 index.html:3:266", "RS0710 index.html:3:229", "RS0712 index.html:7:1", "RS0713 index.html:8:1", "RS0714 index.html:9:1"],
            Summaries(Check(("index.html", html)).Diagnostics).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_h1_is_reported_where_it_is() =>
        Assert.Equal(["RS0712 index.html:7:4"], Summaries(Body("<p><h1>Again</h1></p>")));

    [Fact]
    public void A_page_without_h1_is_reported_at_the_body()
    {
        var html = Page("<p>x</p>").Replace("<h1>Page</h1>", "<h2>Page</h2>", StringComparison.Ordinal);
        Assert.Equal(["RS0712 index.html:4:1"], Summaries(Check(("index.html", html)).Diagnostics));
    }

    [Fact]
    public void A_skipped_heading_level_is_a_warning_at_the_heading()
    {
        var finding = Assert.Single(Body("<h2>A</h2>\n<h4>B</h4>\n<h2>C</h2><h3>D</h3>"));
        Assert.Equal("RS0713 index.html:8:1", $"{finding.Code} {finding.Location}");
        Assert.False(finding.IsError);
        Assert.Contains("<h4> follows <h2>", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_landmark_must_be_one()
    {
        var missing = Page("<p>x</p>").Replace("<main>", "<div>", StringComparison.Ordinal).Replace("</main>", "</div>", StringComparison.Ordinal);
        Assert.Equal(["RS0714 index.html:4:1"], Summaries(Check(("index.html", missing)).Diagnostics));
        Assert.Equal(["RS0714 index.html:7:1"], Summaries(Body("<div role=\"main\">x</div>")));
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_the_second_with_the_first_in_the_message()
    {
        var finding = Assert.Single(Body("<p id=\"a\">x</p>\n  <span id=\"a\">y</span>"));
        Assert.Equal("RS0704 index.html:8:3", $"{finding.Code} {finding.Location}");
        Assert.Contains("line 7:1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_need_alt_and_size()
    {
        var findings = Summaries(Body("<img src=\"data:image/png;base64,AA==\" width=\"1\" height=\"1\">\n<img src=\"data:image/png;base64,AA==\" alt=\"A dot\">\n<img src=\"data:image/png;base64,AA==\" alt=\"\" width=\"1\" height=\"1\">"));
        Assert.Equal(["RS0705 index.html:7:1", "RS0706 index.html:8:1"], findings);
    }

    [Fact]
    public void Empty_links_and_meaningless_link_text_are_reported()
    {
        var findings = Body("<a href=\"#main\"> </a>\n<a href=\"#main\">Click here</a>\n<a href=\"#main\">Read more »</a>\n<a href=\"#main\"><img src=\"data:image/png;base64,AA==\" alt=\"Home\" width=\"1\" height=\"1\"></a>\n<a href=\"#main\" aria-label=\"Skip to the content\"><span aria-hidden=\"true\">→</span></a>\n<a href=\"#main\">↩</a><i id=\"main\"></i>");
        Assert.Equal(["RS0715 index.html:7:1", "RS0716 index.html:8:1", "RS0716 index.html:9:1"], Summaries(findings));
        Assert.True(findings[0].IsError);
        Assert.False(findings[1].IsError);
    }

    [Fact]
    public void Script_urls_event_handlers_inline_scripts_and_styles_are_errors()
    {
        var findings = Body("<a href=\"javascript:alert(1)\">Run</a>\n<a href=\"data:text/html,hi\">Data</a>\n<p onclick=\"x()\">x</p>\n<script>alert(1)</script>\n<p style=\"color:red\">x</p>\n<style>p{}</style>\n<script type=\"application/ld+json\">{}</script>\n<img src=\"data:image/png;base64,AA==\" alt=\"ok\" width=\"1\" height=\"1\">");
        Assert.Equal(
            ["RS0720 index.html:7:1", "RS0720 index.html:8:1", "RS0721 index.html:9:1", "RS0722 index.html:10:1", "RS0723 index.html:11:1", "RS0723 index.html:12:1"],
            Summaries(findings));
        Assert.All(findings, f => Assert.True(f.IsError));
    }

    [Fact]
    public void External_scripts_and_stylesheets_need_integrity()
    {
        var head = Head + "<link rel=\"stylesheet\" href=\"https://cdn.example/a.css\"><link rel=\"stylesheet\" href=\"https://cdn.example/b.css\" integrity=\"sha384-x\" crossorigin=\"anonymous\">";
        var html = Page("<script src=\"https://cdn.example/a.js\"></script>", head);
        Assert.Equal(["RS0724 index.html:3:227", "RS0724 index.html:7:1"], Summaries(Check(("index.html", html)).Diagnostics));
    }

    [Fact]
    public void Plain_http_is_a_warning()
    {
        var finding = Assert.Single(Body("<p><a href=\"http://example.org/\">Example</a></p>"));
        Assert.Equal("RS0725 index.html:7:4", $"{finding.Code} {finding.Location}");
        Assert.False(finding.IsError);
    }

    [Theory]
    [InlineData("mailto:info@example.com", false)]
    [InlineData("mailto:info@example.com?subject=Hello%20there", false)]
    [InlineData("mailto:?to=info@example.com", false)]
    [InlineData("mailto:", true)]
    [InlineData("mailto:info@", true)]
    [InlineData("mailto:info example.com", true)]
    [InlineData("tel:+15550100", false)]
    [InlineData("tel:+1%20555%200100", false)]
    [InlineData("tel:+1-555-0100;ext=12", false)]
    [InlineData("tel:call-us", true)]
    [InlineData("tel:12", true)]
    [InlineData("tel:441234567,88", false)]
    [InlineData("mailto:%69%6E%66%6F%40example.com", false)]
    [InlineData("mailto:info%ZZ@example.com", true)]
    public void Mailto_and_tel_must_be_well_formed(string href, bool reported)
    {
        // Well-formedness only: whether a well-formed number can be dialled is RS0618 (TelLinkTests).
        var findings = Summaries(Body($"<a href=\"{href}\">Contact</a>")).Where(f => !f.StartsWith("RS0618 ", StringComparison.Ordinal));
        Assert.Equal(reported ? ["RS0726 index.html:7:1"] : [], findings);
    }
}
