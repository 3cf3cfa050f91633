using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// Images: a text alternative (RS0705), width and height (RS0706), an <c>&lt;img&gt;</c> with something to show
/// (RS0718) and image maps that can work (RS0727). Their URLs are the links rule's.
/// </summary>
internal sealed class ImageRule : PageRule
{
    public override void Visit(PageContext page, PageElement element)
    {
        switch (element.LocalName)
        {
            case "img":
                CheckImage(page, element);
                // srcset alone is valid HTML (browsers pick from it); an <img> with neither has nothing to show.
                if (!element.HasAttribute("src") && !element.HasAttribute("srcset"))
                {
                    page.Report(DiagnosticCodes.CheckEmptyUrl, page.Site(element), "the <img> has neither src nor srcset", "give it the image's URL in src (or the candidates in srcset)");
                }

                CheckImageMap(page, element);
                break;
            case "input" when string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase):
                CheckImage(page, element);
                break;
        }
    }

    private static void CheckImage(PageContext page, PageElement image)
    {
        var src = PageContext.Shorten(image.GetAttribute("src") ?? "");
        var name = UrlResolver.Trim(src).Length > 0 ? $"the image '{src}'" : "an image without src";
        var alt = image.GetAttribute("alt");
        // An image hidden from assistive technology (aria-hidden, or role presentation/none) is never announced,
        // so no text alternative is needed — as axe and the HTML-AAM treat it.
        var decorative = (image.GetAttribute("role") ?? "").Trim().ToLowerInvariant() is "presentation" or "none"
            || string.Equals(image.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        if (decorative)
        {
            // nothing to announce, nothing to check
        }
        else if (alt is null)
        {
            page.Report(DiagnosticCodes.CheckImageAlt, page.Site(image), $"{name} has no alt attribute", "describe what the image shows (Markdown: ![what it shows](src)); alt=\"\" only for decorative images");
        }
        else if (alt.Length > 0 && string.IsNullOrWhiteSpace(alt))
        {
            page.Report(DiagnosticCodes.CheckImageAlt, page.Site(image), $"the alt text of {name} is only spaces", "describe what the image shows, or use alt=\"\" for a decorative image");
        }
        else if (alt.Length == 0 && page.Map.OriginOf(image) is not null)
        {
            // Markdown has no way to mark an image decorative: an empty ![](src) is almost always a forgotten description.
            page.Report(DiagnosticCodes.CheckImageAlt, page.Site(image), $"the image '{src}' has no description", "describe what the image shows between the brackets: ![what it shows](src)");
        }

        if (image.LocalName == "img" && (!image.HasAttribute("width") || !image.HasAttribute("height")))
        {
            page.Report(DiagnosticCodes.CheckImageSize, page.Site(image), $"the image '{src}' has no width and height, so the page jumps while it loads", "set width and height to the image's size (Markdown cannot: use a template, or switch RS0706 off in site.yml)");
        }
    }

    private static void CheckImageMap(PageContext page, PageElement image)
    {
        if (image.GetAttribute("usemap") is not { } usemap)
        {
            return;
        }

        var value = usemap.Trim();
        if (value.Length <= 1)
        {
            page.Report(DiagnosticCodes.CheckImageMap, page.Site(image), "the usemap of this <img> is empty", "write usemap=\"#name\" with the name of a <map> on this page, or remove it");
        }
        else if (value[0] != '#')
        {
            page.Report(DiagnosticCodes.CheckImageMap, page.Site(image), $"usemap=\"{value}\" is not '#' followed by the name of a <map>", $"write usemap=\"#{value}\"");
        }
        else if (!page.MapNames.Contains(value[1..]))
        {
            var closest = Suggestions.Closest(value[1..], page.MapNames);
            page.Report(DiagnosticCodes.CheckImageMap, page.Site(image), $"usemap=\"{value}\" names no <map> on this page",
                closest is not null ? $"did you mean '#{closest}'?" : "add <map name=\"…\"> with the image's areas, or remove the usemap");
        }

        for (var e = image.Parent; e is not null; e = e.Parent)
        {
            if (e.LocalName is "a" or "button")
            {
                page.Report(DiagnosticCodes.CheckImageMap, page.Site(image), $"an <img usemap> inside {(e.LocalName == "a" ? "an <a>" : "a <button>")}: a click cannot reach both the map's areas and the {(e.LocalName == "a" ? "link" : "button")}",
                    $"move the image out of the <{e.LocalName}>, or drop the usemap");
                break;
            }
        }
    }
}
