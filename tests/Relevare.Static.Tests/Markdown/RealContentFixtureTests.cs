using System.Text;
using AngleSharp.Html.Parser;
using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Markdown;

/// <summary>The intent of the Markdown fidelity and raw-HTML fixtures, stated independently of their approved files.</summary>
public sealed class RealContentFixtureTests
{
    [Theory]
    [InlineData("fe80::1 through fe80::9")]
    [InlineData("2001:4898:7020:1020::1, ::1 and ::ffff:192.0.2.1")]
    [InlineData("std::string, std::map::find and Foo::Bar::baz")]
    [InlineData("::text::")]
    [InlineData("Mix 1:2 (or 3:1) at 10:30; give 2–5 mg over 40–60 minutes, q4–6h.")]
    [InlineData("x == y, a != b, 5 < 7 and 9 > 3. About ~40% respond; ~ and ^ are")]
    [InlineData("2^10 is 1,024; x^2^ and e^(-kt) too. A pipe a | b is no table.")]
    [InlineData("Tick [x] when done, leave [ ] empty otherwise")]
    [InlineData("See [1] and [^1], which")]
    [InlineData("The old ftp://files.example.org/a.txt stays text.")]
    public void Technical_text_reaches_the_page_character_for_character(string text)
    {
        var result = Build("markdown-technical-text-renders-faithfully");

        Assert.Empty(result.Diagnostics);
        using var page = new HtmlParser().ParseDocument(Html(result));
        var visible = string.Join(' ', page.Body!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(text, visible, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main span, main input"));
    }

    [Fact]
    public void Bare_urls_in_the_technical_text_are_links_and_the_callout_is_a_block()
    {
        using var page = new HtmlParser().ParseDocument(Html(Build("markdown-technical-text-renders-faithfully")));

        Assert.Equal(["https://example.org/dose/2-5", "https://www.example.org"], page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Single(page.QuerySelectorAll("main div.note"));
    }

    [Fact]
    public void Raw_html_is_one_error_per_element_with_its_markdown_equivalent()
    {
        var result = Build("raw-html-is-one-error-per-element");

        Assert.Equal(
            [("5:31", "**bold**"), ("5:44", "*italic*"), ("5:69", "two spaces or a backslash"), ("7:7", "code span"), ("7:23", "code span")],
            result.Diagnostics.Select(d => ($"{d.Line}:{d.Column}", Matching(d.Hint!, "**bold**", "*italic*", "two spaces or a backslash", "code span"))));
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.RawHtmlEscaped, true), (d.Code, d.IsError)));
        Assert.Empty(result.Files);
    }

    private static string Matching(string hint, params string[] candidates) =>
        candidates.First(c => hint.Contains(c, StringComparison.Ordinal));

    private static BuildResult Build(string fixture) =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.Fixture(fixture)), new BuildOptions());

    private static string Html(BuildResult result) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Content.Span);
}
