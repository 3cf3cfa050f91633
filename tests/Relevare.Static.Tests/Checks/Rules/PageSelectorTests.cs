using AngleSharp.Html.Parser;
using Relevare.Static.Checks;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>
/// The disclaimer selector on the page pass's own DOM (<see cref="PageSelector"/>): the simple selectors match what
/// AngleSharp's <c>querySelector</c> matches, and every other selector is answered by AngleSharp itself.
/// </summary>
public sealed class PageSelectorTests
{
    private static readonly HtmlParserOptions PageOptions = new() { IsKeepingSourceReferences = true, IsScripting = true };

    private const string Html =
        "<!doctype html><html lang=\"en\"><head><title>t</title></head><body class=\"page\">"
        + "<header><p class=\"Disclaimer\">wrong case</p></header>"
        + "<main id=\"main\"><div class=\"note\"><aside class=\"disclaimer medical\" role=\"note\" data-kind=\"health info\">This page does not replace advice.</aside></div>"
        + "<p class=\"disclaimer\">second</p><section><p><span class=\"deep\">deep text</span></p></section></main>"
        + "<svg><g class=\"disclaimer\" role=\"img\"><text>svg text</text></g><foreignObject><p id=\"fo\">fo</p></foreignObject></svg>"
        + "<template><div class=\"in-template\">t</div></template><noscript><p class=\"ns\">n</p></noscript>"
        + "<footer><DIV CLASS=\"legal\" DATA-X=\"Y\">legal</DIV></footer></body></html>";

    public static TheoryData<string> Simple() =>
    [
        ".disclaimer", ".Disclaimer", "aside", "ASIDE", "#main", "#MAIN", "[role]", "[role=note]", "[role='note']", "[data-kind=\"health info\"]",
        "[DATA-X]", "[data-x=Y]", "[data-x=y]", "aside.disclaimer.medical", "p.disclaimer", "main .disclaimer", "main > .disclaimer",
        "main > div > .disclaimer", "body > .disclaimer", "main .deep", "main > .deep", "section span", "svg .disclaimer", "g", "G",
        "text", "svg p", "foreignObject p", "foreignobject > p", ".in-template", ".ns", "noscript", "div.legal", "footer > div",
        ".missing, .disclaimer", "header p, main p", " .disclaimer ", "main>.disclaimer", "html", "#fo", ".note .medical[role=note]",
        "[class]", "[id=main] [role=note]",
    ];

    [Theory]
    [MemberData(nameof(Simple))]
    public void A_simple_selector_finds_what_AngleSharp_finds(string selector)
    {
        using var expected = new HtmlParser(PageOptions).ParseDocument(Html);
        var document = new AngleSharpPageParser().ParseDocument(Html);
        var simple = PageSelector.Parse(selector);

        Assert.NotNull(simple);
        var all = expected.All.ToList();
        var matched = expected.QuerySelectorAll(selector).Select(e => all.IndexOf(e)).ToList();
        Assert.Equal(matched, document.All.Select((e, i) => (e, i)).Where(p => simple.Matches(p.e)).Select(p => p.i));
        Assert.Equal(expected.QuerySelector(selector)?.TextContent, PageSelector.FirstMatchText(document, Html, selector));
    }

    public static TheoryData<string> Other() =>
    [
        "*", "main *", ".note + p", "div ~ p", ":not(.note) > .disclaimer", "p:first-child", "[data-kind~=health]", "[data-x=y i]",
        "[data-kind^=health]", ".\\64 isclaimer", "#\\6d ain", "main /* c */ .disclaimer", "[data-x=1]",
        "p.disclaimer:last-of-type",
    ];

    [Theory]
    [MemberData(nameof(Other))]
    public void Any_other_selector_is_answered_by_AngleSharp(string selector)
    {
        using var expected = new HtmlParser(PageOptions).ParseDocument(Html);
        var document = new AngleSharpPageParser().ParseDocument(Html);

        Assert.Null(PageSelector.Parse(selector));
        Assert.Equal(expected.QuerySelector(selector)?.TextContent, PageSelector.FirstMatchText(document, Html, selector));
    }

    [Fact]
    public void The_first_match_in_document_order_is_the_one_whose_text_counts()
    {
        var document = new AngleSharpPageParser().ParseDocument(Html);

        Assert.Equal("This page does not replace advice.", PageSelector.FirstMatchText(document, Html, "p.disclaimer, aside"));
        Assert.Null(PageSelector.FirstMatchText(document, Html, ".absent"));
    }
}
