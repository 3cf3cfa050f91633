using System.Text;
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
    public static byte[] Write(IEnumerable<RenderedPage> pages)
    {
        var parser = new HtmlParser();
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
                json.WriteString("text", PlainText(parser, rendered.Body.Html));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The text of a rendered body, whitespace collapsed, without footnote numbers and back-links.</summary>
    public static string PlainText(HtmlParser parser, string html)
    {
        using var document = parser.ParseDocument("<!doctype html><body>" + html);
        foreach (var marker in document.QuerySelectorAll(".footnote-ref, .footnote-back-ref").ToList())
        {
            marker.Remove();
        }

        var text = new StringBuilder();
        var space = false;
        foreach (var c in document.Body?.TextContent ?? "")
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
