using AngleSharp.Html.Parser;
using Markdig;
using Relevare.Static.Checks;
using Relevare.Static.Markdown;
using Relevare.Static.Publishing;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>
/// The search index's text taken from the page the pass parsed equals the definition — the body parsed on its own
/// (<see cref="SearchIndexFile.PlainText(HtmlParser, string)"/>) — for the bodies Markdown gives, in the templates
/// that wrap them; and where it cannot be sure, the body is parsed on its own.
/// </summary>
public sealed class SearchTextRuleTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseAutoIdentifiers().Build();

    public static TheoryData<string> Bodies => new()
    {
        "Hello *world*.\n\nSecond & third, <not a tag>.\n",
        "# Title\n\n## After your infusion\n\n- one\n- two\n\n1. first\n2. second\n",
        "| Dose | When |\n| --- | :-: |\n| 0.5 mg/kg | weekly |\n| 1 mg | *daily* |\n",
        "A claim.[^1] Another.[^2]\n\n[^1]: The first source.\n[^2]: The second, with a [link](https://example.org/).\n",
        "```\nx < y && z\n```\n\n> A quote\n> on two lines\n\n    indented code\n",
        "Text with a hard  \nbreak and `code` and &eacute; &#169; &amp;amp;\n\n***\n\n<https://example.org/>\n",
    };

    private static readonly Func<string, string>[] Templates =
    [
        body => $"<!doctype html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body>\n<header>Site name</header>\n<main><h1>T</h1>\n{body}</main>\n<footer>Footer text</footer>\n</body>\n</html>\n",
        body => $"<!doctype html><html lang=\"en\"><head><title>T</title></head><body><article>{body}Written by us</article></body></html>",
        body => $"<!doctype html><html lang=\"en\"><head><title>T</title></head><body><div><div>Before</div>\n\n{body}\n\n<div>After</div></div></body></html>",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_text_from_the_page_is_the_text_of_the_body_parsed_on_its_own(string markdown)
    {
        var body = Markdig.Markdown.ToHtml(markdown, Pipeline);
        var expected = SearchIndexFile.PlainText(new HtmlParser(), body);
        Assert.NotEqual("", expected);

        foreach (var template in Templates)
        {
            var counter = new ParseCounter();
            var reading = Read(template(body), body, rawHtmlAllowed: false, counter);

            Assert.Equal(expected, reading.SearchText);
            Assert.Equal((1, 0), (counter.Documents, counter.Plain)); // from the page itself: no second parse
        }
    }

    [Fact]
    public void Footnote_numbers_and_back_links_are_left_out()
    {
        var body = Markdig.Markdown.ToHtml("A claim.[^1]\n\n[^1]: The source.\n", Pipeline);

        Assert.Equal("A claim. The source.", Read(Templates[0](body), body, rawHtmlAllowed: false, new ParseCounter()).SearchText);
    }

    [Fact]
    public void A_body_the_template_puts_inside_a_paragraph_gives_the_same_text()
    {
        // <p> inside <p> closes the template's.
        var body = "<p>First</p>\n<p>Second</p>\n";
        var html = $"<!doctype html><html lang=\"en\"><head><title>T</title></head><body><p>Intro {body} tail</p></body></html>";

        Assert.Equal("First Second", Read(html, body, rawHtmlAllowed: false, new ParseCounter()).SearchText);
    }

    [Fact]
    public void A_body_the_template_puts_inside_a_table_is_parsed_on_its_own()
    {
        // The parser moves the paragraphs out before the table, but the newline between them stays in the table:
        // read from the page, the text would be "FirstSecond".
        var body = "<p>First</p>\n<p>Second</p>\n";
        var html = $"<!doctype html><html lang=\"en\"><head><title>T</title></head><body><div><table>{body}</table></div></body></html>";
        var counter = new ParseCounter();

        var reading = Read(html, body, rawHtmlAllowed: false, counter);

        Assert.Equal("First Second", reading.SearchText);
        Assert.Equal(1, counter.Plain);
    }

    [Fact]
    public void With_raw_html_allowed_the_body_is_parsed_on_its_own()
    {
        // An element left open would take the template's text after the body into it.
        var body = "<div><p>Open</p>\n";
        var counter = new ParseCounter();

        var reading = Read(Templates[0](body), body, rawHtmlAllowed: true, counter);

        Assert.Equal(SearchIndexFile.PlainText(new HtmlParser(), body), reading.SearchText);
        Assert.Equal("Open", reading.SearchText);
        Assert.Equal((1, 1), (counter.Documents, counter.Plain));
    }

    [Fact]
    public void Text_at_the_edge_of_the_body_makes_it_parsed_on_its_own()
    {
        var body = "<p>One</p>\nloose text";
        var counter = new ParseCounter();

        var reading = Read(Templates[1](body), body, rawHtmlAllowed: false, counter);

        Assert.Equal("One loose text", reading.SearchText);
        Assert.Equal(1, counter.Plain);
    }

    [Fact]
    public void An_empty_body_has_no_text_and_needs_no_parse_of_its_own()
    {
        var counter = new ParseCounter();

        Assert.Equal("", Read(Templates[0](""), "", rawHtmlAllowed: false, counter).SearchText);
        Assert.Equal(0, counter.Plain);
    }

    private static PageReading Read(string html, string body, bool rawHtmlAllowed, ParseCounter counter) =>
        PageRuleTests.Pass(html, PageRules.None.With(new SearchTextRule(rawHtmlAllowed)), counter: counter,
            origin: new PageOrigin("content/page.md", new RenderedMarkdown(body, [])));
}
