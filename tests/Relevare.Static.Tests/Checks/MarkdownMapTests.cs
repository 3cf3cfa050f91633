using System.Globalization;
using System.Text;
using Relevare.Static.Checks;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Checks;

public sealed class MarkdownMapTests
{
    // Pages with n Markdown links (some to the same URL, one image, raw HTML with a Markdown link's URL before the
    // body and inside it) and headings: below, at and above the length where the map indexes the expected elements.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(40)]
    [InlineData(200)]
    public void Every_element_gets_the_origin_the_queue_per_tag_and_key_gives(int links)
    {
        var (html, origin) = Page(links);
        var document = HtmlScanner.TryParse(html);
        Assert.NotNull(document);

        var map = MarkdownMap.Build(document.All, html, origin);
        var expected = Reference(document.All, html, origin);

        var mapped = 0;
        foreach (var element in document.All)
        {
            Assert.Equal(expected.TryGetValue(element, out var location) ? location : null, map.OriginOf(element));
            mapped += map.OriginOf(element) is null ? 0 : 1;
        }

        // Every Markdown link and heading found its element: none of them is in the raw HTML outside the body.
        Assert.Equal(origin.Body.Links.Length + origin.Body.Headings.Length, mapped);
    }

    [Fact]
    public void An_element_whose_url_is_not_a_Markdown_link_has_no_origin()
    {
        var body = "<p><a href=\"/a/\">a</a> <a href=\"/b/\">b</a></p>\n";
        var html = $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>t</title>\n</head>\n<body>\n{body}</body>\n</html>\n";
        var origin = new PageOrigin("content/x.md", new RenderedMarkdown(body, []) { Links = [new MarkdownLink("/b/", false, new SourceLocation("content/x.md", 7, 3))] });
        var document = HtmlScanner.TryParse(html)!;

        var map = MarkdownMap.Build(document.All, html, origin);

        var anchors = document.All.Where(e => e.LocalName == "a").ToList();
        Assert.Null(map.OriginOf(anchors[0]));
        Assert.Equal(new SourceLocation("content/x.md", 7, 3), map.OriginOf(anchors[1]));
    }

    private static (string Html, PageOrigin Origin) Page(int links)
    {
        const string source = "content/page.md";
        var body = new StringBuilder();
        var markdownLinks = new List<MarkdownLink>();
        var headings = new List<MarkdownHeading>();
        var line = 1;
        for (var i = 0; i < links; i++)
        {
            if (i % 7 == 3)
            {
                var id = "part-" + i.ToString(CultureInfo.InvariantCulture);
                var level = 2 + (i % 3);
                body.Append(CultureInfo.InvariantCulture, $"<h{level} id=\"{id}\">Part {i}</h{level}>\n");
                headings.Add(new MarkdownHeading(level, id, new SourceLocation(source, line++, 1)));
            }

            // Every third link goes to the same page; the URLs need normalising (spaces, percent-encoding).
            var url = i % 3 == 0 ? "/same/" : $"/page-{i}/caf%C3%A9/";
            if (i % 11 == 5)
            {
                // Raw HTML in the body with a later link's URL: taken first, in document order, as before.
                body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{url}\">raw</a></p>\n");
                markdownLinks.Add(new MarkdownLink(url, false, new SourceLocation(source, line, 40)));
            }

            if (i == 4)
            {
                body.Append(CultureInfo.InvariantCulture, $"<p><img src=\"/img/{i}.png\" alt=\"x\"></p>\n");
                markdownLinks.Add(new MarkdownLink($"/img/{i}.png", true, new SourceLocation(source, line++, 1)));
            }

            body.Append(CultureInfo.InvariantCulture, $"<p>Text <a href=\" {url}\">link {i}</a>.</p>\n");
            markdownLinks.Add(new MarkdownLink(url, false, new SourceLocation(source, line++, 6)));
        }

        var bodyHtml = body.ToString();
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>t</title>\n</head>\n<body>\n" +
            "<nav><a href=\"/same/\">home</a></nav>\n<main>\n" + bodyHtml + "</main>\n<footer><a href=\"/same/\">x</a></footer>\n</body>\n</html>\n";
        var origin = new PageOrigin(source, new RenderedMarkdown(bodyHtml, []) { Links = [.. markdownLinks], Headings = [.. headings] });
        return (html, origin);
    }

    // The map as it was first written: a queue of locations per (tag, key), elements of the body in document order.
    private static Dictionary<PageElement, SourceLocation> Reference(IReadOnlyList<PageElement> elements, string html, PageOrigin origin)
    {
        var result = new Dictionary<PageElement, SourceLocation>();
        var start = origin.Body.Html.Length == 0 ? -1 : html.IndexOf(origin.Body.Html, StringComparison.Ordinal);
        if (start < 0)
        {
            return result;
        }

        var end = start + origin.Body.Html.Length;
        var pending = new Dictionary<(string, string), Queue<SourceLocation>>();
        void Expect(string tag, string key, SourceLocation location)
        {
            if (!pending.TryGetValue((tag, key), out var queue))
            {
                pending[(tag, key)] = queue = new Queue<SourceLocation>();
            }

            queue.Enqueue(location);
        }

        foreach (var link in origin.Body.Links)
        {
            Expect(link.IsImage ? "img" : "a", Uri.UnescapeDataString(link.Url.Trim()), link.Location);
        }

        foreach (var heading in origin.Body.Headings)
        {
            Expect("h" + heading.Level.ToString(CultureInfo.InvariantCulture), heading.Id, heading.Location);
        }

        foreach (var element in elements.Where(e => e.Offset >= start && e.Offset < end))
        {
            var key = element.LocalName switch
            {
                "a" => Uri.UnescapeDataString((element.GetAttribute("href") ?? "").Trim()),
                "img" => Uri.UnescapeDataString((element.GetAttribute("src") ?? "").Trim()),
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => element.GetAttribute("id") ?? "",
                _ => null,
            };
            if (key is not null && pending.TryGetValue((element.LocalName, key), out var queue) && queue.Count > 0)
            {
                result[element] = queue.Dequeue();
            }
        }

        return result;
    }
}
