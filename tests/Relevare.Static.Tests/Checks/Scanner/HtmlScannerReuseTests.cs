using Relevare.Static.Checks;

namespace Relevare.Static.Tests.Checks.Scanner;

// The scanner keeps its stack of open elements and its lists per thread, page after page: a page it gave up on
// half-way (elements still open, a heading, a link, a form counted) must leave nothing for the next page.
public sealed class HtmlScannerReuseTests
{
    private const string Valid =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>t</title>\n</head>\n<body>\n<main>\n" +
        "<h2 id=\"a\">A <a href=\"/x/\">x</a></h2>\n<form action=\"/f/\"><button>go</button></form>\n</main>\n</body>\n</html>\n";

    [Theory]
    [InlineData("<h2>open heading <h3>")]
    [InlineData("<h2><a href=\"/\">open link <a href=\"/y/\">")]
    [InlineData("<form><button>open <button>")]
    [InlineData("<form><form>")]
    [InlineData("<ul><li><div><p>deep <table><tr>")]
    public void A_page_given_up_half_way_leaves_nothing_for_the_next(string refusedBody)
    {
        var refused = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>t</title>\n</head>\n<body>\n" + refusedBody + "\n</body>\n</html>\n";
        var before = HtmlScanner.TryParse(Valid);
        Assert.NotNull(before);

        Assert.Null(HtmlScanner.TryParse(refused));
        var after = HtmlScanner.TryParse(Valid);

        Assert.NotNull(after);
        Assert.Equal(Shape(before), Shape(after));
        Assert.Equal(["html", "head", "title", "body", "main", "h2", "a", "form", "button"], after.All.Select(e => e.LocalName));
    }

    [Fact]
    public void Documents_do_not_share_their_elements()
    {
        var first = HtmlScanner.TryParse(Valid)!;
        var second = HtmlScanner.TryParse(Valid)!;

        Assert.NotSame(first.All, second.All);
        Assert.Equal(first.All.Length, second.All.Length);
        Assert.All(first.All.Zip(second.All), pair => Assert.NotSame(pair.First, pair.Second));
        Assert.All(first.All, element => Assert.Same(first.Root, Ancestors(element).Last()));
    }

    private static string Shape(PageDocument document) =>
        string.Join(" ", document.All.Select(e => $"{e.LocalName}@{e.Line}:{e.Column}[{string.Join(",", e.Attributes.Select(a => a.Name + "=" + a.Value))}]/{e.ChildNodes.Count}"));

    private static IEnumerable<PageElement> Ancestors(PageElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            yield return e;
        }
    }
}
