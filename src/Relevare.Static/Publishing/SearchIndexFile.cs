using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Relevare.Static.Templating;

namespace Relevare.Static.Publishing;

/// <summary>
/// <c>search-index.json</c>: what the site's own search script (<c>assets/js/search.js</c>) searches, built at build
/// time so searching makes no request to anyone but the site. One entry per page, ordered by URL: URL, title,
/// description, section, conditions, tags and the body as plain text (without footnote markers).
/// </summary>
internal static class SearchIndexFile
{
    /// <summary>
    /// The index of <paramref name="pages"/>. A page's text is the one the page pass took from it
    /// (<see cref="RenderedPage.SearchText"/>); a page without one is parsed here.
    /// </summary>
    public static byte[] Write(IEnumerable<RenderedPage> pages)
    {
        var parser = new Lazy<HtmlParser>(() => new HtmlParser());
        return JsonOutput.Write(indented: false, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("pages");
            foreach (var rendered in pages.Where(p => !p.Page.NoIndex).OrderBy(p => p.Page.Url, StringComparer.Ordinal))
            {
                var meta = rendered.Page.Source.Metadata;
                json.WriteStartObject();
                json.WriteString("url", rendered.Page.Url);
                json.WriteString("title", meta.Title);
                json.WriteString("description", meta.Description ?? "");
                json.WriteString("section", rendered.Page.Source.Section);
                json.WriteStartArray("conditions");
                meta.Conditions.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartArray("tags");
                meta.Tags.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteString("text", rendered.SearchText ?? PlainText(parser.Value, rendered.Body.Html));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The text of a rendered body, whitespace collapsed, without footnote numbers and back-links.</summary>
    public static string PlainText(HtmlParser parser, string html)
    {
        using var document = parser.ParseDocument(BodyDocument(html));
        return PlainText(document);
    }

    /// <summary>
    /// The text of a rendered body parsed on its own (<see cref="BodyDocument"/>): the definition of a page's search
    /// text, which the page pass takes from the page itself when it can (the check stage's <c>SearchTextRule</c>).
    /// Removes the footnote markers from <paramref name="document"/>.
    /// </summary>
    public static string PlainText(IDocument document)
    {
        foreach (var marker in document.QuerySelectorAll(".footnote-ref, .footnote-back-ref").ToList())
        {
            marker.Remove();
        }

        return Collapse(document.Body?.TextContent ?? "");
    }

    /// <summary>The document a body is parsed in on its own.</summary>
    public static string BodyDocument(string html) => "<!doctype html><body>" + html;

    /// <summary>Runs of whitespace become one space; none at the start or the end.</summary>
    public static string Collapse(string raw)
    {
        var text = new StringBuilder();
        var space = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
            }
            else
            {
                if (space)
                {
                    text.Append(' ');
                    space = false;
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }
}
