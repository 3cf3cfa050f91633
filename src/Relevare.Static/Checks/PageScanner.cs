using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using Relevare.Static.Diagnostics;
using Relevare.Static.Templating;
using Relevare.Static.Yaml;

namespace Relevare.Static.Checks;

/// <summary>
/// Parses one page (once) and runs every check that needs only that page: document structure, images, link
/// text, safety. It also collects the page's ids and URLs for the cross-page checks.
/// </summary>
internal sealed partial class PageScanner
{
    /// <summary>Search engines show about this many characters of a description.</summary>
    public const int MinDescriptionLength = 50;

    /// <summary>Longer descriptions are cut off in search results.</summary>
    public const int MaxDescriptionLength = 160;

    private static readonly string[] ScriptTypes =
        ["", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript", "application/x-javascript", "module", "importmap"];

    private readonly FindingReporter _reporter;
    private readonly UrlResolver _resolver;
    private readonly CheckOptions _options;
    private readonly string _path;
    private readonly string? _source;
    private readonly IDocument _document;

    // Every element in document order, listed once: the checks walk it several times, and AngleSharp's
    // document.All re-walks the tree (with a fresh stack) on each enumeration.
    private readonly IElement[] _elements;
    private readonly MarkdownMap _map;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<PageReference> _references = [];
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private readonly List<HreflangLink> _alternates = [];
    private readonly bool _inIgnoredDir;

    // Where relative URLs resolve from: the page itself, or its <base href> (a path in the site, or a URL elsewhere).
    private readonly string _from;
    private readonly Uri? _absoluteBase;
    private HashSet<string>? _mapNames;

    private PageScanner(FindingReporter reporter, UrlResolver resolver, CheckOptions options, IDocument document, string path, string html, PageOrigin? origin)
    {
        _reporter = reporter;
        _resolver = resolver;
        _options = options;
        _path = path;
        _source = origin?.SourcePath;
        _document = document;
        _elements = [.. document.All];
        _map = MarkdownMap.Build(_elements, html, origin);
        _inIgnoredDir = options.IsInIgnoredDir(path);
        (_from, _absoluteBase) = BaseOf();
    }

    /// <summary>A parser that keeps source positions. Creating one costs more than parsing a page: reuse it, on one thread.</summary>
    /// Scripting is on, as in every patient's browser: <c>&lt;noscript&gt;</c> content is then raw text, so markup that
    /// a scripting-off parse would hide inside an attribute (<c>&lt;noscript&gt;&lt;p title="&lt;/noscript&gt;&lt;img onerror=…&gt;"&gt;</c>)
    /// is seen as the element a browser runs.
    public static HtmlParser CreateParser() => new(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });

    /// <summary>Checks the page at <paramref name="path"/> (relative to the site root) whose text is <paramref name="html"/>.</summary>
    public static PageScan Scan(HtmlParser parser, FindingReporter reporter, UrlResolver resolver, CheckOptions options, string path, string html, PageOrigin? origin)
    {
        // Counted before parsing (the parse is most of the cost, and cannot be interrupted): the same page gets the
        // same verdict on any machine.
        var elements = PageSize.CountElements(html);
        if (elements > PageSize.MaxCheckedElements)
        {
            var page = new FindingSite(path, 1, 1, null, origin?.SourcePath, false, IgnoreRule.None);
            return Unchecked(reporter, page, string.Create(
                CultureInfo.InvariantCulture,
                $"the page has {elements:N0} HTML elements, more than the {PageSize.MaxCheckedElements:N0} the checks go through in one page; it was not checked"));
        }

        return new PageScanner(reporter, resolver, options, parser.ParseDocument(html), path, html, origin).Scan();
    }

    // A page the checks gave up on: its only finding says why (its links and ids are unknown, so it fails the build).
    private static PageScan Unchecked(FindingReporter reporter, FindingSite page, string message) =>
        new(page.HtmlPath, page, [], [], false, [reporter.CreateFixed(
            DiagnosticSeverity.Error, DiagnosticCodes.CheckBudget, page, message,
            "split the page into several pages; when every page is reported, a template repeats something without end")]);

    private PageScan Scan()
    {
        CheckDoctype();
        CheckHead();
        CheckHeadings();
        CheckMain();

        var firstById = new Dictionary<string, IElement>(StringComparer.Ordinal);
        var isRedirect = false;
        var spent = _options.Budget.Start();
        var visited = 0;
        foreach (var element in _elements)
        {
            if (spent())
            {
                var at = Site(element);
                return Unchecked(_reporter, Site(_document.DocumentElement) with { Line = 1, Column = 1, Markdown = null, FromMarkdown = false }, string.Create(
                    CultureInfo.InvariantCulture,
                    $"checking the page took more than {_options.Budget.ShownAs.TotalSeconds:0.#} s and was abandoned at line {at.Line}, after {visited:N0} of its {_elements.Length:N0} elements; it was not checked"));
            }

            visited++;

            CheckId(element, firstById);
            CheckAttributes(element);
            isRedirect |= CheckElement(element);
        }

        var root = _document.DocumentElement;
        return new PageScan(
            _path,
            Site(root) with { Line = 1, Column = 1, Markdown = null, FromMarkdown = false },
            [.. _anchors],
            [.. _references],
            isRedirect,
            [.. _diagnostics])
        {
            Language = root.GetAttribute("lang"),
            Alternates = [.. _alternates],
        };
    }

    private void CheckDoctype()
    {
        var doctype = _document.Doctype;
        var at = Site(_document.DocumentElement) with { Line = 1, Column = 1, Markdown = null, FromMarkdown = false };
        if (doctype is null)
        {
            Report(DiagnosticCodes.CheckDoctype, at, "the page has no doctype, so browsers render it in quirks mode", "start the page with <!doctype html>");
        }
        else if (_document is IConstructableDocument { QuirksMode: not QuirksMode.Off } constructed)
        {
            Report(DiagnosticCodes.CheckDoctype, at,
                $"the page's doctype puts browsers in {(constructed.QuirksMode == QuirksMode.Limited ? "limited-quirks" : "quirks")} mode", "use <!doctype html>");
        }
        else if (!string.Equals(doctype.Name, "html", StringComparison.OrdinalIgnoreCase) || doctype.PublicIdentifier.Length > 0
            || (doctype.SystemIdentifier.Length > 0 && doctype.SystemIdentifier != "about:legacy-compat"))
        {
            Report(DiagnosticCodes.CheckObsoleteDoctype, at, "the page has an obsolete doctype (browsers still use standards mode)", "use <!doctype html>");
        }

        var html = _document.DocumentElement;
        var lang = html.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            Report(DiagnosticCodes.CheckLanguage, Site(html), "<html> has no lang attribute, so screen readers may read the page in the wrong language", "add lang=\"en\" (site.yml 'language' in the base template)");
        }
        else if (!Patterns.LanguageTag().IsMatch(lang))
        {
            Report(DiagnosticCodes.CheckLanguage, Site(html), $"lang=\"{lang}\" is not a language tag", "use a tag such as 'en' or 'en-GB'");
        }
    }

    private void CheckHead()
    {
        var head = _document.Head ?? _document.DocumentElement;
        var titles = Html("title").ToList();
        if (titles.Count == 0)
        {
            Report(DiagnosticCodes.CheckTitle, Site(head), "the page has no <title>", "add a <title> in <head>: it names the browser tab and the search result");
        }
        else if (string.IsNullOrWhiteSpace(titles[0].TextContent))
        {
            Report(DiagnosticCodes.CheckTitle, Site(titles[0]), "the <title> is empty", "give the page a title");
        }

        foreach (var extra in titles.Skip(1))
        {
            Report(DiagnosticCodes.CheckTitle, Site(extra), $"a second <title> (the first is at line {Line(titles[0])})", "keep one <title>");
        }

        var descriptions = Meta("description").ToList();
        if (descriptions.Count == 0)
        {
            Report(DiagnosticCodes.CheckMetaDescription, Site(head), "the page has no <meta name=\"description\">", "give the page a 'description' in its front matter");
        }
        else
        {
            var length = (descriptions[0].GetAttribute("content") ?? "").Trim().Length;
            if (length is < MinDescriptionLength or > MaxDescriptionLength)
            {
                Report(DiagnosticCodes.CheckMetaDescription, Site(descriptions[0]),
                    string.Create(CultureInfo.InvariantCulture, $"the meta description is {length} characters long; search results show {MinDescriptionLength} to {MaxDescriptionLength}"),
                    "write one or two sentences that say what the page is about");
            }
        }

        foreach (var extra in descriptions.Skip(1))
        {
            Report(DiagnosticCodes.CheckMetaDescription, Site(extra), "a second meta description", "keep one <meta name=\"description\">");
        }

        var viewport = Meta("viewport").FirstOrDefault();
        if (viewport is null)
        {
            Report(DiagnosticCodes.CheckViewport, Site(head), "the page has no <meta name=\"viewport\">, so phones show it zoomed out", "add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        }
        else if (NoZoom().IsMatch(viewport.GetAttribute("content") ?? ""))
        {
            Report(DiagnosticCodes.CheckViewport, Site(viewport), "the viewport prevents zooming, which people with low vision rely on", "remove user-scalable=no and maximum-scale=1");
        }
    }

    private void CheckHeadings()
    {
        var h1s = Html("h1").ToList();
        if (h1s.Count == 0)
        {
            Report(DiagnosticCodes.CheckH1, Site(_document.Body ?? _document.DocumentElement), "the page has no <h1>", "give the page one main heading (<h1>)");
        }

        foreach (var extra in h1s.Skip(1))
        {
            Report(DiagnosticCodes.CheckH1, Site(extra), $"a second <h1> (the first is at line {Line(h1s[0])})", "use one <h1> for the page's title and <h2> for its sections (## in Markdown)");
        }

        var previous = 0;
        foreach (var heading in _elements.Where(e => e.NamespaceUri == NamespaceNames.HtmlUri && e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                Report(DiagnosticCodes.CheckHeadingOrder, Site(heading),
                    string.Create(CultureInfo.InvariantCulture, $"<h{level}> follows <h{previous}>: heading level {previous + 1} is skipped"),
                    string.Create(CultureInfo.InvariantCulture, $"use <h{previous + 1}> here ({new string('#', previous + 1)} in Markdown); screen reader users navigate by heading levels"));
            }

            previous = level;
        }
    }

    private void CheckMain()
    {
        var mains = _elements.Where(e => e.LocalName == "main" || e.GetAttribute("role") == "main").ToList();
        if (mains.Count == 0)
        {
            Report(DiagnosticCodes.CheckMainLandmark, Site(_document.Body ?? _document.DocumentElement), "the page has no <main> landmark", "wrap the page's content in <main> so keyboard and screen reader users can skip to it");
        }

        foreach (var extra in mains.Skip(1))
        {
            Report(DiagnosticCodes.CheckMainLandmark, Site(extra), $"a second <main> landmark (the first is at line {Line(mains[0])})", "keep one <main>");
        }
    }

    private void CheckId(IElement element, Dictionary<string, IElement> firstById)
    {
        if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
        {
            _anchors.Add(name);
        }

        if (element.GetAttribute("id") is not { Length: > 0 } id)
        {
            return;
        }

        _anchors.Add(id);
        if (!firstById.TryAdd(id, element))
        {
            var first = firstById[id];
            Report(DiagnosticCodes.CheckDuplicateId, Site(element),
                string.Create(CultureInfo.InvariantCulture, $"the id '{id}' is already used at line {Line(first)}:{Column(first)}"),
                $"ids must be unique on a page: links to #{id} go to the first one");
        }
    }

    private void CheckAttributes(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name.Length > 2 && attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                Report(DiagnosticCodes.CheckEventHandler, Site(element), $"<{element.LocalName} {attribute.Name}=…> is inline script, which a strict Content-Security-Policy blocks", "move the behaviour into a script file under assets/");
            }
            else if (attribute.Name == "style")
            {
                Report(DiagnosticCodes.CheckInlineStyle, Site(element), $"<{element.LocalName} style=…> is an inline style, which a strict Content-Security-Policy blocks", "use a class and put the rule in assets/css/");
            }
        }
    }

    /// <summary>Checks what is specific to the element's kind. Returns true for a meta refresh.</summary>
    private bool CheckElement(IElement element)
    {
        switch (element.LocalName)
        {
            case "a":
                if (element.GetAttribute("href") is { } href)
                {
                    UrlAttribute(element, "href", ReferenceKind.Link, "link");
                    CheckLinkText(element, href);
                }

                break;
            case "area":
                UrlAttribute(element, "href", ReferenceKind.Link, "link");
                break;
            case "img":
                CheckImage(element);
                // srcset alone is valid HTML (browsers pick from it); an <img> with neither has nothing to show.
                if (!element.HasAttribute("src") && !element.HasAttribute("srcset"))
                {
                    Report(DiagnosticCodes.CheckEmptyUrl, Site(element), "the <img> has neither src nor srcset", "give it the image's URL in src (or the candidates in srcset)");
                }

                UrlAttribute(element, "src", ReferenceKind.Image, "image");
                Srcset(element, ReferenceKind.Image);
                CheckImageMap(element);
                break;
            case "source":
                var isImage = element.ParentElement?.LocalName == "picture";
                UrlAttribute(element, "src", isImage ? ReferenceKind.Image : ReferenceKind.Resource, isImage ? "image" : "media file");
                Srcset(element, ReferenceKind.Image);
                break;
            case "script":
                CheckScript(element);
                break;
            case "link":
                CheckLink(element);
                break;
            case "meta":
                return CheckMeta(element);
            case "iframe" or "embed" or "track" or "audio" or "video":
                UrlAttribute(element, "src", ReferenceKind.Resource, element.LocalName == "iframe" ? "frame" : "media file");
                UrlAttribute(element, "poster", ReferenceKind.Image, "poster image");
                break;
            case "object":
                UrlAttribute(element, "data", ReferenceKind.Resource, "object");
                break;
            case "input" when string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase):
                CheckImage(element);
                UrlAttribute(element, "src", ReferenceKind.Image, "image");
                break;
            case "form":
                Scheme(element, element.GetAttribute("action"), isImage: false);
                break;
            case "button" or "input":
                Scheme(element, element.GetAttribute("formaction"), isImage: false);
                break;
            case "blockquote" or "q" or "del" or "ins":
                UrlAttribute(element, "cite", ReferenceKind.Resource, "quotation source");
                break;
            case "style" when element.NamespaceUri == NamespaceNames.HtmlUri:
                Report(DiagnosticCodes.CheckInlineStyle, Site(element), "a <style> element is inline CSS, which a strict Content-Security-Policy blocks", "move the rules into a stylesheet under assets/css/");
                break;
            case "style":
                // Inside SVG or MathML a <style> is CSS too (@import loads from anywhere), and sanitisers that look only
                // at HTML's <style> miss it.
                Report(DiagnosticCodes.CheckForeignStyle, Site(element), $"a <style> element inside <{(element.NamespaceUri == NamespaceNames.SvgUri ? "svg" : "math")}> is inline CSS that can load from other sites (@import)",
                    "remove it and style the image from a stylesheet under assets/css/, or use an SVG file as an image");
                break;
            case "animate" or "set" or "animatetransform" or "animatemotion" or "animatecolor" or "animateTransform" or "animateMotion" or "animateColor" when element.NamespaceUri != NamespaceNames.HtmlUri:
                CheckAnimation(element);
                break;
        }

        return false;
    }

    private void CheckLinkText(IElement link, string href)
    {
        var name = LinkText.AccessibleName(link);
        if (name.Length == 0)
        {
            Report(DiagnosticCodes.CheckEmptyLink, Site(link), $"the link to '{Shorten(href)}' has no text, so screen readers announce only its URL", "give the link text (Markdown: [what it leads to](url)), or alt text to its image");
        }
        else if (LinkText.IsMeaningless(name) && !LinkText.IsCode(link, name))
        {
            Report(DiagnosticCodes.CheckLinkText, Site(link), $"the link text '{name}' means nothing out of context", "say where the link goes, e.g. 'read about migraine treatment' instead of 'click here'");
        }
    }

    private void CheckImage(IElement image)
    {
        var src = Shorten(image.GetAttribute("src") ?? "");
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
            Report(DiagnosticCodes.CheckImageAlt, Site(image), $"{name} has no alt attribute", "describe what the image shows (Markdown: ![what it shows](src)); alt=\"\" only for decorative images");
        }
        else if (alt.Length > 0 && string.IsNullOrWhiteSpace(alt))
        {
            Report(DiagnosticCodes.CheckImageAlt, Site(image), $"the alt text of {name} is only spaces", "describe what the image shows, or use alt=\"\" for a decorative image");
        }
        else if (alt.Length == 0 && _map.OriginOf(image) is not null)
        {
            // Markdown has no way to mark an image decorative: an empty ![](src) is almost always a forgotten description.
            Report(DiagnosticCodes.CheckImageAlt, Site(image), $"the image '{src}' has no description", "describe what the image shows between the brackets: ![what it shows](src)");
        }

        if (image.LocalName == "img" && (!image.HasAttribute("width") || !image.HasAttribute("height")))
        {
            Report(DiagnosticCodes.CheckImageSize, Site(image), $"the image '{src}' has no width and height, so the page jumps while it loads", "set width and height to the image's size (Markdown cannot: use a template, or switch RS0706 off in site.yml)");
        }
    }

    private void CheckImageMap(IElement image)
    {
        if (image.GetAttribute("usemap") is not { } usemap)
        {
            return;
        }

        var value = usemap.Trim();
        if (value.Length <= 1)
        {
            Report(DiagnosticCodes.CheckImageMap, Site(image), "the usemap of this <img> is empty", "write usemap=\"#name\" with the name of a <map> on this page, or remove it");
        }
        else if (value[0] != '#')
        {
            Report(DiagnosticCodes.CheckImageMap, Site(image), $"usemap=\"{value}\" is not '#' followed by the name of a <map>", $"write usemap=\"#{value}\"");
        }
        else if (!MapNames().Contains(value[1..]))
        {
            var closest = Suggestions.Closest(value[1..], MapNames());
            Report(DiagnosticCodes.CheckImageMap, Site(image), $"usemap=\"{value}\" names no <map> on this page",
                closest is not null ? $"did you mean '#{closest}'?" : "add <map name=\"…\"> with the image's areas, or remove the usemap");
        }

        for (var e = image.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "a" or "button")
            {
                Report(DiagnosticCodes.CheckImageMap, Site(image), $"an <img usemap> inside {(e.LocalName == "a" ? "an <a>" : "a <button>")}: a click cannot reach both the map's areas and the {(e.LocalName == "a" ? "link" : "button")}",
                    $"move the image out of the <{e.LocalName}>, or drop the usemap");
                break;
            }
        }
    }

    // The names an image map can use: <map name> and <map id>.
    private HashSet<string> MapNames() => _mapNames ??= [.. Html("map").SelectMany(m => new[] { m.GetAttribute("name"), m.GetAttribute("id") }).OfType<string>()];

    private void CheckScript(IElement script)
    {
        if (script.GetAttribute("src") is { } src)
        {
            UrlAttribute(script, "src", ReferenceKind.Resource, "script");
            RequireIntegrity(script, src, "script");
            return;
        }

        if (string.IsNullOrWhiteSpace(script.TextContent))
        {
            Report(DiagnosticCodes.CheckEmptyUrl, Site(script), "a <script> with neither src nor code", "give it the script's URL in src, or remove it");
            return;
        }

        var type = (script.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
        if (ScriptTypes.Contains(type))
        {
            Report(DiagnosticCodes.CheckInlineScript, Site(script), "an inline <script>, which a strict Content-Security-Policy blocks", "move the script into a file under assets/ and load it with <script src>");
        }
    }

    private void CheckLink(IElement link)
    {
        var rel = (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var href = link.GetAttribute("href");
        if (href is null)
        {
            Report(DiagnosticCodes.CheckEmptyUrl, Site(link), "the <link> has no href attribute", "give it the URL of the file it names, or remove it");
            return;
        }

        if (rel.Contains("preconnect") || rel.Contains("dns-prefetch"))
        {
            Scheme(link, href, isImage: false);
            return;
        }

        if (rel.Contains("canonical"))
        {
            UrlAttribute(link, "href", ReferenceKind.Metadata, "canonical URL");
            return;
        }

        // Alternates in other languages are checked across pages (SiteChecker: reciprocal, right language).
        if (rel.Contains("alternate") && link.GetAttribute("hreflang") is { Length: > 0 } hreflang)
        {
            UrlAttribute(link, "href", ReferenceKind.Metadata, $"hreflang=\"{hreflang}\" alternate");
            _alternates.Add(new HreflangLink(hreflang.Trim().ToLowerInvariant(), Resolve(href), Site(link)));
            return;
        }

        UrlAttribute(link, "href", ReferenceKind.Resource, rel.Contains("stylesheet") ? "stylesheet" : "linked file");
        if (rel.Contains("stylesheet"))
        {
            RequireIntegrity(link, href, "stylesheet");
        }
    }

    private bool CheckMeta(IElement meta)
    {
        var content = meta.GetAttribute("content");
        if (string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            var refresh = MetaRefresh.Parse(content);
            if (refresh.Problem is { } problem)
            {
                Report(DiagnosticCodes.CheckMetaRefresh, Site(meta), problem, "write content=\"0; url=/new/place/\": whole seconds, then '; url=' and the URL without quotes");
            }

            if (refresh.Url is { } target)
            {
                Url(meta, target, "content", ReferenceKind.Redirect, "redirect target");
                if (!_options.IsIgnored(target) && Resolve(target).Kind == UrlKind.External)
                {
                    Report(DiagnosticCodes.CheckRefreshToOtherSite, Site(meta), $"this page sends every reader on to another site ('{Shorten(target)}') without a click",
                        "link to the other site instead ([text](https://…)); a page that moved within this site uses 'aliases' in its front matter");
                }
            }

            return true;
        }

        var property = meta.GetAttribute("property") ?? meta.GetAttribute("name");
        if (property is "og:url" or "og:image" or "og:image:url" or "og:image:secure_url" or "twitter:image")
        {
            // A missing content is as empty as content="": both give sharing previews no URL.
            Url(meta, content ?? "", "content", property == "og:url" ? ReferenceKind.Metadata : ReferenceKind.Image, property);
        }

        return false;
    }

    // SVG's <animate>/<set> (and MathML's, which browsers parse as foreign content too) change an attribute while
    // the page runs: animating a link's href to javascript: makes a click run script although no attribute says so.
    private void CheckAnimation(IElement animation)
    {
        var target = (animation.GetAttribute("attributeName") ?? animation.GetAttribute("attributename") ?? "").Trim();
        if (!string.Equals(target, "href", StringComparison.OrdinalIgnoreCase) && !string.Equals(target, "xlink:href", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var name in new[] { "to", "from", "by", "values" })
        {
            var values = animation.GetAttribute(name) is { } value ? (name == "values" ? value.Split(';') : [value]) : [];
            foreach (var url in values.Where(v => UrlResolver.SchemeOf(v) is { } scheme && scheme is not ("http" or "https" or "mailto" or "tel")))
            {
                Report(DiagnosticCodes.CheckAnimatedUrl, Site(animation), $"<{animation.LocalName} attributeName=\"{target}\" {name}=…> makes a link's address '{Shorten(url.Trim())}', which runs script or leaves the allowed schemes when clicked",
                    "remove the animation; link with an ordinary <a href> to an https: or relative URL");
                return;
            }
        }
    }

    private void RequireIntegrity(IElement element, string url, string what)
    {
        if (_options.IsIgnored(url) || Resolve(url).Kind != UrlKind.External)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(element.GetAttribute("integrity")))
        {
            Report(DiagnosticCodes.CheckIntegrity, Site(element), $"the external {what} '{Shorten(url)}' has no integrity attribute, so a compromised server could change it", "add integrity=\"sha384-…\" and crossorigin=\"anonymous\", or serve a copy from assets/");
        }
        else if (!element.HasAttribute("crossorigin"))
        {
            // Browsers check integrity on another origin's file only through CORS: without crossorigin they block it.
            Report(DiagnosticCodes.CheckIntegrity, Site(element), $"the external {what} '{Shorten(url)}' has integrity but no crossorigin attribute, so browsers refuse to load it", "add crossorigin=\"anonymous\" next to integrity");
        }
    }

    private void Srcset(IElement element, ReferenceKind kind)
    {
        foreach (var url in element.GetAttribute("srcset") is { } srcset ? Checks.Srcset.Urls(srcset) : [])
        {
            Url(element, url, "srcset", kind, "image");
        }
    }

    /// <summary>Checks the URL in <paramref name="attribute"/>, when the element has one.</summary>
    private void UrlAttribute(IElement element, string attribute, ReferenceKind kind, string description)
    {
        if (element.GetAttribute(attribute) is { } url)
        {
            Url(element, url, attribute, kind, description);
        }
    }

    /// <summary>Checks a URL's scheme and records it for the cross-page checks; an empty URL or a bare '#' link is reported here.</summary>
    private void Url(IElement element, string url, string attribute, ReferenceKind kind, string description)
    {
        if (_options.IsIgnored(url))
        {
            return;
        }

        var trimmed = UrlResolver.Trim(url);
        if (trimmed.Length == 0)
        {
            Report(DiagnosticCodes.CheckEmptyUrl, Site(element), $"the {attribute} of this <{element.LocalName}> is empty, so it points to the page itself",
                $"write the URL the {description} should use, or remove the attribute (an empty template variable often causes this)");
            return;
        }

        if (trimmed == "#" && kind == ReferenceKind.Link)
        {
            Report(DiagnosticCodes.CheckBrokenFragment, Site(element), "the link '#' goes nowhere (it only jumps to the top of the page)",
                "link to the element's id, use '#top' to go to the top on purpose, or use a <button> for an action");
            return;
        }

        if (Scheme(element, url, isImage: kind == ReferenceKind.Image, isLink: kind == ReferenceKind.Link))
        {
            _references.Add(new PageReference(Site(element), url, kind, description, Resolve(url)));
        }
    }

    /// <summary>Resolves a URL of this page, against its <c>&lt;base href&gt;</c> when it has one.</summary>
    private ResolvedUrl Resolve(string url) => _resolver.Resolve(_from, url, _absoluteBase);

    // Browsers use the first <base> with an href. A base outside the site makes every relative URL external.
    private (string From, Uri? Absolute) BaseOf()
    {
        if (_elements.FirstOrDefault(e => e.LocalName == "base" && e.NamespaceUri == NamespaceNames.HtmlUri && e.HasAttribute("href")) is not { } element)
        {
            return (_path, null);
        }

        var resolved = _resolver.Resolve(_path, element.GetAttribute("href")!);
        return resolved.Kind switch
        {
            UrlKind.Internal => (resolved.Path, null),
            UrlKind.External when resolved.Absolute is { } absolute => (_path, absolute),
            _ => (_path, null),
        };
    }

    /// <summary>Checks the scheme; true when the URL is http(s) or relative, i.e. worth resolving.</summary>
    private bool Scheme(IElement element, string? url, bool isImage, bool isLink = false)
    {
        if (url is null || _options.IsIgnored(url))
        {
            return false;
        }

        var scheme = UrlResolver.SchemeOf(url);
        switch (scheme)
        {
            case null or "https":
                return true;
            case "http":
                Report(DiagnosticCodes.CheckInsecureLink, Site(element), $"'{Shorten(url)}' uses plain http://, which can be read and changed on the way", "use https:// if the site supports it");
                return true;
            case "javascript" or "vbscript":
                Report(DiagnosticCodes.CheckUnsafeUrl, Site(element), $"the URL '{Shorten(url)}' runs script", "link to a page or file instead");
                return false;
            case "data" when !isImage || !url.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase):
                Report(DiagnosticCodes.CheckUnsafeUrl, Site(element), $"the data: URL '{Shorten(url)}' is not an image, and can carry a page or script", "link to a file under assets/ instead");
                return false;
            case "mailto" when isLink:
                CheckMailto(element, url);
                return false;
            case "tel" when isLink:
                CheckTel(element, url);
                return false;
            default:
                return false;
        }
    }

    private void CheckMailto(IElement element, string url)
    {
        var rest = url.Trim()["mailto:".Length..];
        if (BadEscape().Match(rest) is { Success: true } escape)
        {
            Report(DiagnosticCodes.CheckMailtoTel, Site(element), $"the mailto: link '{Shorten(url)}' cannot be decoded: '{escape.Value}' is not a %-escape", "write the address as plain text, e.g. mailto:info@example.com");
            return;
        }

        var query = rest.IndexOf('?', StringComparison.Ordinal);
        var addresses = Uri.UnescapeDataString(query >= 0 ? rest[..query] : rest)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var hasTo = query >= 0 && rest[query..].Contains("to=", StringComparison.OrdinalIgnoreCase);
        var bad = addresses.FirstOrDefault(a => !EmailAddress().IsMatch(a));
        if (bad is not null || (addresses.Length == 0 && !hasTo))
        {
            Report(DiagnosticCodes.CheckMailtoTel, Site(element),
                bad is null ? $"the mailto: link '{Shorten(url)}' has no address" : $"'{bad}' in '{Shorten(url)}' is not an e-mail address",
                "write it like mailto:info@example.com");
        }
    }

    private void CheckTel(IElement element, string url)
    {
        var number = Uri.UnescapeDataString(url.Trim()["tel:".Length..]).Split(';')[0];
        var digits = number.Count(char.IsAsciiDigit);
        if (!Patterns.PhoneNumber().IsMatch(number) || digits is < 3 or > 15)
        {
            Report(DiagnosticCodes.CheckMailtoTel, Site(element), $"the tel: link '{Shorten(url)}' is not a phone number", "write it like tel:+15550100: digits, with a leading + and the country code");
            return;
        }

        // A template's link to the placeholder number comes from site.yml's phone, which is reported there once.
        var site = Site(element);
        if (TelLinkRule.Check(number, _options.Clinic) is { } finding && (finding.Code != DiagnosticCodes.TelLinkPlaceholder || site.FromMarkdown))
        {
            _diagnostics.Add(_reporter.CreateFixed(finding.Severity, finding.Code, site, finding.Message, finding.Hint));
        }
    }

    private IEnumerable<IElement> Html(string localName) =>
        _elements.Where(e => e.LocalName == localName && e.NamespaceUri == NamespaceNames.HtmlUri);

    private IEnumerable<IElement> Meta(string name) =>
        Html("meta").Where(m => string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase));

    private void Report(string code, FindingSite site, string message, string? hint)
    {
        if (_reporter.Create(code, site, message, hint) is { } diagnostic)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    private FindingSite Site(IElement element) =>
        new(_path, Line(element), Column(element), _map.OriginOf(element), _source, _map.Contains(element), IgnoreOf(element));

    // Elements the parser inserted (an implied <head>, <body>) have no position: use the closest ancestor's.
    private static TextPositionOf PositionOf(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.SourceReference is { } source && source.Position.Line > 0)
            {
                return new(source.Position.Line, source.Position.Column);
            }
        }

        return new(1, 1);
    }

    private static int Line(IElement element) => PositionOf(element).Line;

    private static int Column(IElement element) => PositionOf(element).Column;

    private IgnoreRule IgnoreOf(IElement element)
    {
        if (_inIgnoredDir)
        {
            return IgnoreRule.Everything;
        }

        IgnoreRule? rule = null;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            // htmltest's and html-proofer's marker, as an attribute or a class: the element and its content are not checked.
            if (e.HasAttribute("data-proofer-ignore") || e.ClassList.Contains("data-proofer-ignore"))
            {
                return IgnoreRule.Everything;
            }

            if (e.GetAttribute("data-check-ignore") is not { } value)
            {
                continue;
            }

            var codes = value.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (codes.Length == 0)
            {
                return IgnoreRule.Everything;
            }

            rule = new IgnoreRule(false, (rule?.Codes ?? []).Union(codes));
        }

        return rule ?? IgnoreRule.None;
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "...";

    private readonly record struct TextPositionOf(int Line, int Column);

    [GeneratedRegex(@"user-scalable\s*=\s*(no|0)\b|maximum-scale\s*=\s*1(\.0*)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoZoom();

    [GeneratedRegex("%(?![0-9A-Fa-f]{2})(.{0,2})")]
    private static partial Regex BadEscape();

    [GeneratedRegex(@"^[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[^\s@<>()\[\],;:"".]+$")]
    private static partial Regex EmailAddress();
}
