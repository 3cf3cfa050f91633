using System.Text;
using AngleSharp.Html.Parser;
using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Script payloads in every place content can reach. Where content is escaped (front matter fields, text, headings,
/// table cells, footnotes, code, raw HTML) the site builds and a browser's parse of it holds nothing active; where
/// content becomes a URL (links, images, autolinks, reference definitions) the build refuses it.
/// </summary>
public sealed class XssCanaryTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Payloads_in_escaped_places_build_and_nothing_in_the_output_is_active()
    {
        var result = Build("xss-canaries-are-inert");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.RawHtmlEscaped, d.Code));
        var html = Assert.Single(result.Files, f => f.Path == "index.html");
        var text = Encoding.UTF8.GetString(html.Content.Span);
        Assert.Empty(ActiveMarkup.FindAll(Parser, text));
    }

    [Fact]
    public void The_payloads_reached_the_page_as_text()
    {
        var text = Encoding.UTF8.GetString(Build("xss-canaries-are-inert").Files.Single(f => f.Path == "index.html").Content.Span);
        using var document = Parser.ParseDocument(text);
        var visible = document.DocumentElement.TextContent;

        // Each canary names where it was planted: finding it as text proves the field was printed (and escaped).
        foreach (var place in new[] { "title", "body", "heading", "code span", "link text", "th", "td", "td code", "footnote", "block", "comment", "fenced code", "indented code", "container", "task", "reviewer", "tag", "condition", "note", "source", "site", "description" })
        {
            Assert.Contains($"alert('{place}')", visible, StringComparison.Ordinal);
        }

        var attributes = document.All.SelectMany(e => e.Attributes).Select(a => a.Value).ToList();
        Assert.Contains(attributes, v => v.Contains("onmouseover=\"alert('link title')", StringComparison.Ordinal));
        Assert.Contains(attributes, v => v.Contains("onerror=\"alert('alt')", StringComparison.Ordinal));
        Assert.Contains(attributes, v => v.StartsWith("<script>alert('title')</script>", StringComparison.Ordinal));

        // Template syntax in content is text, never evaluated.
        Assert.Contains("{{ 7*7 }}", visible, StringComparison.Ordinal);
        Assert.Contains("{{ site.title }}", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("49", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Payloads_in_url_places_are_each_refused_and_nothing_is_published()
    {
        var result = Build("xss-url-payloads-are-refused");

        Assert.Equal(
            ["8:1", "10:19", "14:3", "16:3", "22:15", "24:1", "24:22", "30:1"], // the references at their use on line 24 (issue #17)
            result.Diagnostics.Select(d => $"{d.Line}:{d.Column}"));
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.UnsafeUrl, true), (d.Code, d.IsError)));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void The_checker_used_here_does_find_active_markup()
    {
        // The canary test above is only as good as this detector: it must see what a browser would run.
        string[] active =
        [
            "<script>alert(1)</script>",
            "<p onclick=\"alert(1)\">x</p>",
            "<a href=\" java&#9;script:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<img src=\"data:text/html,x\">",
            "<form action=\"javascript:alert(1)\"></form>",
            "<button formaction=\"vbscript:x\">x</button>",
            "<iframe srcdoc=\"x\"></iframe>",
            "<object data=\"x\"></object>",
            "<embed src=\"x\">",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
            "<form></form>",
            "<form action=\"https://evil.example/collect\"></form>",
            "<form action=\"//evil.example/\"></form>",
            "<form action=\"/search/\" method=\"post\"></form>",
            "<script src=\"https://cdn.example/x.js\"></script>",
            "<script src=\"/assets/js/x.js\">alert(1)</script>",
            "<script src=\"/search-index.json\"></script>",
        ];
        foreach (var html in active)
        {
            Assert.NotEmpty(ActiveMarkup.FindAll(Parser, html));
        }

        Assert.Empty(ActiveMarkup.FindAll(Parser, "<p style=\"text-align: left;\"><a href=\"https://example.com/\">x</a><img src=\"data:image/png;base64,AA==\"></p>"));
        Assert.Empty(ActiveMarkup.FindAll(Parser, "<form role=\"search\" action=\"/search/\" method=\"get\"><input name=\"q\"></form>"));
        Assert.Empty(ActiveMarkup.FindAll(Parser, "<script src=\"/assets/js/search.0123456789.js\" integrity=\"sha384-x\" defer></script>"));
    }

    private static BuildResult Build(string fixture) =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.Fixture(fixture)), new BuildOptions());
}
