using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using Relevare.Static.Checks;
using Relevare.Static.Tests.Publishing;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>
/// The page pass's own DOM built from AngleSharp's document (<see cref="AngleSharpPageDocument"/>) is AngleSharp's tree:
/// the same elements in the same order, with the same names, namespaces, attributes, positions and text.
/// </summary>
public sealed class AngleSharpPageDocumentTests
{
    private static readonly HtmlParserOptions PageOptions = new() { IsKeepingSourceReferences = true, IsScripting = true };

    [Theory]
    [InlineData("a  b\tc\nd\re\ff", new[] { "a", "b", "c", "d", "e", "f", "", " ", "ab", "a b", "B" })]
    [InlineData(" footnote-ref ", new[] { "footnote-ref", "footnote", "ref", "" })]
    [InlineData("", new[] { "", "a" })]
    public void HasClass_answers_as_the_DOMs_classList_does(string classes, string[] names)
    {
        using var document = new HtmlParser().ParseDocument($"<p class=\"{classes}\">x</p>");
        var expected = document.QuerySelector("p")!;
        var actual = AngleSharpPageDocument.From(document).All.Single(e => e.LocalName == "p");

        foreach (var name in names)
        {
            Assert.True(expected.ClassList.Contains(name) == actual.HasClass(name), $"'{name}' in '{classes}'");
        }
    }

    // Pages that make the parser work: implied and moved elements, foreign content, templates, raw text, quirks.
    public static TheoryData<string> Pages() =>
    [
        CheckHarness.Page("<p>a <b>bold <i>both</b> italic</i> text</p><table><tr><td>cell</td></tr>text</table>"),
        CheckHarness.Page("<svg viewBox=\"0 0 1 1\"><animateTransform attributeName=\"href\" to=\"javascript:x\"/><a xlink:href=\"#a\"><text>t</text></a><foreignObject><p>in</p></foreignObject></svg><math><mi>x</mi><annotation-xml encoding=\"text/html\"><div>d</div></annotation-xml></math>"),
        CheckHarness.Page("<template id=\"t\"><p class=\"disclaimer\">hidden</p></template><noscript><img src=\"https://t.example/p.gif\"></noscript><script>var a = '</p>';</script><textarea><b>raw</b></textarea>"),
        CheckHarness.Page("<p id=\"x\" ID=\"y\" class=\"a  b\tc\" data-x='1' data-x='2'>dup &amp; entity &copy;</p><!-- comment --><?pi x?>"),
        "<p>no doctype, no html, no head</p>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\"><title>t</title><frameset><frame src=\"a.html\"></frameset>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><html><body><ul><li>one<li>two</ul></body></html><p>after</p>",
        "<!doctype html SYSTEM \"about:legacy-compat\">\r\n<html lang=\"en\">\r\n<body>\r\n<p>crlf\r\nlines</p>\r\n</body>\r\n</html>",
        "\n\n   <!doctype html><html><head></head><body><select><option>a<option>b</select><form><input name=\"q\"></form></body></html>",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_tree_is_AngleSharps_tree(string html)
    {
        using var expected = new HtmlParser(PageOptions).ParseDocument(html);

        AssertSameTree(expected, new AngleSharpPageParser().ParseDocument(html));
    }

    [Fact]
    public void Every_page_of_the_clinic_site_converts_to_AngleSharps_tree()
    {
        var pages = ClinicSite.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        var parser = new AngleSharpPageParser();
        foreach (var file in pages)
        {
            var html = Encoding.UTF8.GetString(file.Content.Span);
            using var expected = new HtmlParser(PageOptions).ParseDocument(html);

            AssertSameTree(expected, parser.ParseDocument(html));
        }
    }

    [Fact]
    public void The_scanners_tree_of_a_clinic_page_has_the_doctype_and_mode_AngleSharp_gives()
    {
        var scanned = 0;
        foreach (var file in ClinicSite.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(file.Content.Span);
            if (HtmlScanner.TryParse(html) is { } document)
            {
                using var expected = new HtmlParser(PageOptions).ParseDocument(html);
                AssertSameTree(expected, document);
                scanned++;
            }
        }

        Assert.True(scanned > 0, "the scanner read none of the clinic's pages");
    }

    [Fact]
    public void The_plain_parse_is_AngleSharps_parse_with_scripting_off_and_no_positions()
    {
        const string html = "<!doctype html><body><noscript><img src=\"a.png\"></noscript><p>x</p>";
        using var expected = new HtmlParser().ParseDocument(html);

        var document = new AngleSharpPageParser().ParsePlain(html);

        AssertSameTree(expected, document);
        Assert.Contains(document.All, e => e.LocalName == "img"); // scripting off: <noscript>'s content is elements
        Assert.All(document.All, e => Assert.Equal((0, 0, -1), (e.Line, e.Column, e.Offset)));
    }

    [Fact]
    public void Positions_are_the_start_tags_and_inserted_elements_have_none()
    {
        var document = new AngleSharpPageParser().ParseDocument("<!doctype html>\n<title>t</title>\n  <p id=\"p\">x</p>");

        var p = document.GetElementById("p")!;
        Assert.Equal((3, 3), (p.Line, p.Column));
        Assert.Equal("<!doctype html>\n<title>t</title>\n  ".Length, p.Offset);
        Assert.Equal((0, -1), (document.Root.Line, document.Root.Offset)); // <html> was implied
        Assert.Equal((0, -1), (document.Body!.Line, document.Body.Offset));
    }

    [Fact]
    public void A_page_nested_deeper_than_the_stack_converts()
    {
        const int depth = 50_000;
        var html = "<!doctype html><body>" + string.Concat(Enumerable.Repeat("<span>", depth)) + "deep";

        var document = new AngleSharpPageParser().ParseDocument(html);

        Assert.Equal(depth, document.All.Count(e => e.LocalName == "span"));
        Assert.Equal("deep", document.Body!.TextContent);
    }

    public static TheoryData<string> Bodies() =>
    [
        "<p>Text<sup class=\"footnote-ref\"><a href=\"#fn:1\" id=\"fnref:1\">1</a></sup> more.</p><div class=\"footnotes\"><ol><li id=\"fn:1\"><p>Note. <a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p></li></ol></div>",
        "<table><tr><td>a</td></tr></table>  <p>b <span class=\"x footnote-ref\">gone <b>too</b></span> c</p>\n\n<pre><code>  kept\n  lines</code></pre>",
        "<p>unclosed <b>bold <i>both</p> after",
        "",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_search_text_of_a_body_parsed_on_its_own_is_the_search_index_files(string body)
    {
        var document = new AngleSharpPageParser().ParsePlain(Relevare.Static.Publishing.SearchIndexFile.BodyDocument(body));

        Assert.Equal(Relevare.Static.Publishing.SearchIndexFile.PlainText(new HtmlParser(), body), SearchTextRule.PlainText(document));
    }

    internal static void AssertSameTree(IDocument expected, PageDocument actual)
    {
        var elements = expected.All.ToList();
        Assert.Equal(elements.Count, actual.All.Length);
        for (var i = 0; i < elements.Count; i++)
        {
            var from = elements[i];
            var to = actual.All[i];
            Assert.Equal(from.LocalName, to.LocalName);
            Assert.Equal(from.NamespaceUri, to.NamespaceUri);
            Assert.Equal(from.Attributes.Select(a => (a.Name, a.Value)), to.Attributes.Select(a => (a.Name, a.Value)));
            Assert.Equal(from.TextContent, to.TextContent);
            Assert.Equal(from.ParentElement is null ? -1 : elements.IndexOf(from.ParentElement), to.Parent is null ? -1 : Array.IndexOf(actual.All, to.Parent));
            Assert.Equal(from.ChildNodes.Count(n => n is IText or IElement), to.ChildNodes.Count);
            var position = from.SourceReference?.Position;
            Assert.Equal((position?.Line ?? 0, position?.Column ?? 0, position is { } p ? p.Position - 1 : -1), (to.Line, to.Column, to.Offset));
            foreach (var attribute in from.Attributes)
            {
                Assert.Equal(from.GetAttribute(attribute.Name), to.GetAttribute(attribute.Name));
            }

            foreach (var name in from.ClassList)
            {
                Assert.True(to.HasClass(name), name);
            }
        }

        Assert.Same(actual.Root, actual.All[0]);
        Assert.Equal(expected.Head is null ? -1 : elements.IndexOf(expected.Head), actual.Head is null ? -1 : Array.IndexOf(actual.All, actual.Head));
        Assert.Equal(expected.Body is null ? -1 : elements.IndexOf(expected.Body), actual.Body is null ? -1 : Array.IndexOf(actual.All, actual.Body));
        Assert.Equal(expected.Doctype?.Name, actual.Doctype?.Name);
        Assert.Equal(expected.Doctype?.PublicIdentifier, actual.Doctype?.PublicId);
        Assert.Equal(expected.Doctype?.SystemIdentifier, actual.Doctype?.SystemId);
        Assert.Equal(
            ((IConstructableDocument)expected).QuirksMode switch { QuirksMode.Off => PageQuirksMode.Off, QuirksMode.Limited => PageQuirksMode.Limited, _ => PageQuirksMode.Quirks },
            actual.QuirksMode);
        foreach (var id in elements.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).Distinct())
        {
            Assert.Equal(elements.IndexOf(expected.GetElementById(id)!), Array.IndexOf(actual.All, actual.GetElementById(id)));
        }
    }
}
