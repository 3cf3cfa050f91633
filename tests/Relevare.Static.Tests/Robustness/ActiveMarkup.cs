using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Relevare.Static.Markdown;

namespace Relevare.Static.Tests.Robustness;

/// <summary>Finds what could run script in a browser, looking at the HTML as a browser parses it (AngleSharp).</summary>
internal static class ActiveMarkup
{
    private static readonly string[] ActiveElements = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "meta[http-equiv]"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "codebase", "srcset", "ping"];

    private static readonly string[] DangerousInStyle = ["javascript:", "vbscript:", "expression(", "url(", "@import", "behavior:", "-moz-binding"];

    /// <summary>Every piece of active markup in <paramref name="html"/>, described for an assertion message.</summary>
    public static List<string> FindAll(HtmlParser parser, string html)
    {
        using var document = parser.ParseDocument(html);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            if (ActiveElements.Any(selector => element.Matches(selector)) && !IsStructuredData(element) && !IsSiteSearchForm(element) && !IsSiteScript(element))
            {
                found.Add($"<{element.LocalName}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                if (Dangerous(element, attribute))
                {
                    found.Add($"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }

        return found;
    }

    /// <summary>The first piece of active markup in <paramref name="html"/>, or null.</summary>
    public static string? Find(HtmlParser parser, string html) => FindAll(parser, html).FirstOrDefault();

    // The templates' search form (GET to a page of the site itself) sends nothing anywhere else and runs nothing;
    // any other form — no action, another site, a script URL — still counts.
    private static bool IsSiteSearchForm(IElement element) =>
        element.LocalName == "form"
        && element.GetAttribute("action") is { } action
        && action.StartsWith('/') && !action.StartsWith("//", StringComparison.Ordinal)
        && string.Equals(element.GetAttribute("method") ?? "get", "get", StringComparison.OrdinalIgnoreCase);

    // The templates' own script files (the site search) load from assets/ and carry no inline code; content
    // cannot produce a <script> at all, so any other script — inline, or from elsewhere — still counts.
    private static bool IsSiteScript(IElement element) =>
        element.LocalName == "script"
        && element.GetAttribute("src") is { } src
        && src.StartsWith("/assets/", StringComparison.Ordinal)
        && string.IsNullOrWhiteSpace(element.TextContent);

    // JSON-LD is data: browsers never run a script element of this type. Its text cannot hold '<' (the engine
    // escapes it), so it cannot close the element early and let markup follow.
    private static bool IsStructuredData(IElement element) =>
        element.LocalName == "script" && element.GetAttribute("type") == "application/ld+json" && !element.TextContent.Contains('<', StringComparison.Ordinal);

    private static bool Dangerous(IElement element, IAttr attribute)
    {
        var name = attribute.Name.ToLowerInvariant();
        if (name.StartsWith("on", StringComparison.Ordinal) || name == "srcdoc")
        {
            return true;
        }

        if (name == "style")
        {
            var style = Compact(attribute.Value);
            return DangerousInStyle.Any(token => style.Contains(token, StringComparison.Ordinal));
        }

        // A browser has already decoded entities here; UrlPolicy drops what it ignores (tabs, newlines, leading
        // controls) before reading the scheme, as the browser does.
        return UrlAttributes.Contains(name) && !UrlPolicy.IsAllowed(attribute.Value, isImage: element.LocalName is "img" or "source");
    }

    private static string Compact(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && c != '\\').ToArray()).ToLowerInvariant();
}
