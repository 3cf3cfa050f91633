using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// Links and references: every URL of every element that has one goes through <see cref="UrlCheck"/> (and is kept
/// for the checks across pages), link text (RS0715, RS0716), <c>&lt;link&gt;</c> and <c>&lt;meta&gt;</c> (canonical,
/// hreflang alternates, Open Graph URLs, meta refresh: RS0719, RS0741), scripts without source or code (RS0718).
/// </summary>
internal sealed class LinkRule : PageRule
{
    public override void Visit(PageContext page, PageElement element)
    {
        switch (element.LocalName)
        {
            case "a":
                if (element.GetAttribute("href") is { } href)
                {
                    UrlCheck.Attribute(page, element, "href", ReferenceKind.Link, "link");
                    CheckLinkText(page, element, href);
                }

                break;
            case "area":
                UrlCheck.Attribute(page, element, "href", ReferenceKind.Link, "link");
                break;
            case "img":
                UrlCheck.Attribute(page, element, "src", ReferenceKind.Image, "image");
                UrlCheck.Srcset(page, element, ReferenceKind.Image);
                break;
            case "source":
                var isImage = element.Parent?.LocalName == "picture";
                UrlCheck.Attribute(page, element, "src", isImage ? ReferenceKind.Image : ReferenceKind.Resource, isImage ? "image" : "media file");
                UrlCheck.Srcset(page, element, ReferenceKind.Image);
                break;
            case "script":
                if (element.HasAttribute("src"))
                {
                    UrlCheck.Attribute(page, element, "src", ReferenceKind.Resource, "script");
                }
                else if (string.IsNullOrWhiteSpace(element.TextContent))
                {
                    page.Report(DiagnosticCodes.CheckEmptyUrl, page.Site(element), "a <script> with neither src nor code", "give it the script's URL in src, or remove it");
                }

                break;
            case "link":
                CheckLink(page, element);
                break;
            case "meta":
                page.IsRedirect |= CheckMeta(page, element);
                break;
            case "iframe" or "embed" or "track" or "audio" or "video":
                UrlCheck.Attribute(page, element, "src", ReferenceKind.Resource, element.LocalName == "iframe" ? "frame" : "media file");
                UrlCheck.Attribute(page, element, "poster", ReferenceKind.Image, "poster image");
                break;
            case "object":
                UrlCheck.Attribute(page, element, "data", ReferenceKind.Resource, "object");
                break;
            case "input" when string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase):
                UrlCheck.Attribute(page, element, "src", ReferenceKind.Image, "image");
                break;
            case "form":
                UrlCheck.Scheme(page, element, element.GetAttribute("action"), isImage: false);
                break;
            case "button" or "input":
                UrlCheck.Scheme(page, element, element.GetAttribute("formaction"), isImage: false);
                break;
            case "blockquote" or "q" or "del" or "ins":
                UrlCheck.Attribute(page, element, "cite", ReferenceKind.Resource, "quotation source");
                break;
        }
    }

    /// <summary>
    /// The words of a <c>&lt;link rel&gt;</c>, lower-cased. A stylesheet link is one whose href is a stylesheet's
    /// (not preconnect, canonical or an hreflang alternate): the safety rule asks for its integrity.
    /// </summary>
    public static string[] RelOf(PageElement link) =>
        (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when the <c>&lt;link&gt;</c>'s href is checked as a stylesheet (see <see cref="CheckLink"/>).</summary>
    public static bool IsStylesheet(PageElement link, string[] rel) =>
        link.HasAttribute("href")
        && !rel.Contains("preconnect") && !rel.Contains("dns-prefetch") && !rel.Contains("canonical")
        && !(rel.Contains("alternate") && link.GetAttribute("hreflang") is { Length: > 0 })
        && rel.Contains("stylesheet");

    private static void CheckLinkText(PageContext page, PageElement link, string href)
    {
        var name = LinkText.AccessibleName(page.Document, link);
        if (name.Length == 0)
        {
            page.Report(DiagnosticCodes.CheckEmptyLink, page.Site(link), $"the link to '{PageContext.Shorten(href)}' has no text, so screen readers announce only its URL", "give the link text (Markdown: [what it leads to](url)), or alt text to its image");
        }
        else if (LinkText.IsMeaningless(name) && !LinkText.IsCode(link, name))
        {
            page.Report(DiagnosticCodes.CheckLinkText, page.Site(link), $"the link text '{name}' means nothing out of context", "say where the link goes, e.g. 'read about migraine treatment' instead of 'click here'");
        }
    }

    private static void CheckLink(PageContext page, PageElement link)
    {
        var rel = RelOf(link);
        var href = link.GetAttribute("href");
        if (href is null)
        {
            page.Report(DiagnosticCodes.CheckEmptyUrl, page.Site(link), "the <link> has no href attribute", "give it the URL of the file it names, or remove it");
            return;
        }

        if (rel.Contains("preconnect") || rel.Contains("dns-prefetch"))
        {
            UrlCheck.Scheme(page, link, href, isImage: false);
            return;
        }

        if (rel.Contains("canonical"))
        {
            UrlCheck.Attribute(page, link, "href", ReferenceKind.Metadata, "canonical URL");
            return;
        }

        // Alternates in other languages are checked across pages (SiteChecker: reciprocal, right language).
        if (rel.Contains("alternate") && link.GetAttribute("hreflang") is { Length: > 0 } hreflang)
        {
            UrlCheck.Attribute(page, link, "href", ReferenceKind.Metadata, $"hreflang=\"{hreflang}\" alternate");
            page.Alternates.Add(new HreflangLink(hreflang.Trim().ToLowerInvariant(), page.Resolve(href), page.Site(link)));
            return;
        }

        UrlCheck.Attribute(page, link, "href", ReferenceKind.Resource, rel.Contains("stylesheet") ? "stylesheet" : "linked file");
    }

    private static bool CheckMeta(PageContext page, PageElement meta)
    {
        var content = meta.GetAttribute("content");
        if (string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            var refresh = MetaRefresh.Parse(content);
            if (refresh.Problem is { } problem)
            {
                page.Report(DiagnosticCodes.CheckMetaRefresh, page.Site(meta), problem, "write content=\"0; url=/new/place/\": whole seconds, then '; url=' and the URL without quotes");
            }

            if (refresh.Url is { } target)
            {
                UrlCheck.Url(page, meta, target, "content", ReferenceKind.Redirect, "redirect target");
                if (!page.Options.IsIgnored(target) && page.Resolve(target).Kind == UrlKind.External)
                {
                    page.Report(DiagnosticCodes.CheckRefreshToOtherSite, page.Site(meta), $"this page sends every reader on to another site ('{PageContext.Shorten(target)}') without a click",
                        "link to the other site instead ([text](https://…)); a page that moved within this site uses 'aliases' in its front matter");
                }
            }

            return true;
        }

        var property = meta.GetAttribute("property") ?? meta.GetAttribute("name");
        if (property is "og:url" or "og:image" or "og:image:url" or "og:image:secure_url" or "twitter:image")
        {
            // A missing content is as empty as content="": both give sharing previews no URL.
            UrlCheck.Url(page, meta, content ?? "", "content", property == "og:url" ? ReferenceKind.Metadata : ReferenceKind.Image, property);
        }

        return false;
    }
}
