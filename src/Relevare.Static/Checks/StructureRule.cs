using System.Globalization;
using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Checks;

/// <summary>
/// Document structure and accessibility basics: doctype, <c>&lt;html lang&gt;</c>, title, description, viewport,
/// one <c>&lt;h1&gt;</c> and no skipped heading level, one <c>&lt;main&gt;</c>; and every id (RS0704) and
/// <c>a[name]</c>, which are also the fragments the page offers to links.
/// </summary>
internal sealed partial class StructureRule : PageRule
{
    /// <summary>Search engines show about this many characters of a description.</summary>
    public const int MinDescriptionLength = 50;

    /// <summary>Longer descriptions are cut off in search results.</summary>
    public const int MaxDescriptionLength = 160;

    public override void Start(PageContext page)
    {
        var parts = Parts.Of(page.Elements);
        CheckDoctype(page);
        CheckHead(page, parts);
        CheckHeadings(page, parts);
        CheckMain(page, parts);
    }

    public override void Visit(PageContext page, PageElement element)
    {
        if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
        {
            page.Anchors.Add(name);
        }

        if (element.GetAttribute("id") is not { Length: > 0 } id)
        {
            return;
        }

        page.Anchors.Add(id);
        if (!page.FirstById.TryAdd(id, element))
        {
            var first = page.FirstById[id];
            page.Report(DiagnosticCodes.CheckDuplicateId, page.Site(element),
                string.Create(CultureInfo.InvariantCulture, $"the id '{id}' is already used at line {PageContext.Line(first)}:{PageContext.Column(first)}"),
                $"ids must be unique on a page: links to #{id} go to the first one");
        }
    }

    private static void CheckDoctype(PageContext page)
    {
        var document = page.Document;
        var doctype = document.Doctype;
        if (doctype is null)
        {
            page.Report(DiagnosticCodes.CheckDoctype, page.PageSite, "the page has no doctype, so browsers render it in quirks mode", "start the page with <!doctype html>");
        }
        else if (document.QuirksMode is not PageQuirksMode.Off)
        {
            page.Report(DiagnosticCodes.CheckDoctype, page.PageSite,
                $"the page's doctype puts browsers in {(document.QuirksMode == PageQuirksMode.Limited ? "limited-quirks" : "quirks")} mode", "use <!doctype html>");
        }
        else if (!string.Equals(doctype.Name, "html", StringComparison.OrdinalIgnoreCase) || doctype.PublicId.Length > 0
            || (doctype.SystemId.Length > 0 && doctype.SystemId != "about:legacy-compat"))
        {
            page.Report(DiagnosticCodes.CheckObsoleteDoctype, page.PageSite, "the page has an obsolete doctype (browsers still use standards mode)", "use <!doctype html>");
        }

        var html = document.Root;
        var lang = html.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            page.Report(DiagnosticCodes.CheckLanguage, page.Site(html), "<html> has no lang attribute, so screen readers may read the page in the wrong language", "add lang=\"en\" (site.yml 'language' in the base template)");
        }
        else if (!Patterns.LanguageTag().IsMatch(lang))
        {
            page.Report(DiagnosticCodes.CheckLanguage, page.Site(html), $"lang=\"{lang}\" is not a language tag", "use a tag such as 'en' or 'en-GB'");
        }
    }

    private static void CheckHead(PageContext page, Parts parts)
    {
        var head = page.Document.Head ?? page.Document.Root;
        var titles = parts.Titles;
        if (titles.Count == 0)
        {
            page.Report(DiagnosticCodes.CheckTitle, page.Site(head), "the page has no <title>", "add a <title> in <head>: it names the browser tab and the search result");
        }
        else if (string.IsNullOrWhiteSpace(titles[0].TextContent))
        {
            page.Report(DiagnosticCodes.CheckTitle, page.Site(titles[0]), "the <title> is empty", "give the page a title");
        }

        // From the second on (a loop, not Skip: LINQ's iterator on every page, for a finding a page rarely has).
        for (var i = 1; i < titles.Count; i++)
        {
            var extra = titles[i];
            page.Report(DiagnosticCodes.CheckTitle, page.Site(extra), $"a second <title> (the first is at line {PageContext.Line(titles[0])})", "keep one <title>");
        }

        var descriptions = parts.Descriptions;
        if (descriptions.Count == 0)
        {
            page.Report(DiagnosticCodes.CheckMetaDescription, page.Site(head), "the page has no <meta name=\"description\">", "give the page a 'description' in its front matter");
        }
        else
        {
            var length = (descriptions[0].GetAttribute("content") ?? "").Trim().Length;
            if (length is < MinDescriptionLength or > MaxDescriptionLength)
            {
                page.Report(DiagnosticCodes.CheckMetaDescription, page.Site(descriptions[0]),
                    string.Create(CultureInfo.InvariantCulture, $"the meta description is {length} characters long; search results show {MinDescriptionLength} to {MaxDescriptionLength}"),
                    "write one or two sentences that say what the page is about");
            }
        }

        for (var i = 1; i < descriptions.Count; i++)
        {
            var extra = descriptions[i];
            page.Report(DiagnosticCodes.CheckMetaDescription, page.Site(extra), "a second meta description", "keep one <meta name=\"description\">");
        }

        var viewport = parts.Viewport;
        if (viewport is null)
        {
            page.Report(DiagnosticCodes.CheckViewport, page.Site(head), "the page has no <meta name=\"viewport\">, so phones show it zoomed out", "add <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        }
        else if (NoZoom().IsMatch(viewport.GetAttribute("content") ?? ""))
        {
            page.Report(DiagnosticCodes.CheckViewport, page.Site(viewport), "the viewport prevents zooming, which people with low vision rely on", "remove user-scalable=no and maximum-scale=1");
        }
    }

    private static void CheckHeadings(PageContext page, Parts parts)
    {
        var h1s = parts.H1s;
        if (h1s.Count == 0)
        {
            page.Report(DiagnosticCodes.CheckH1, page.Site(page.Document.Body ?? page.Document.Root), "the page has no <h1>", "give the page one main heading (<h1>)");
        }

        for (var i = 1; i < h1s.Count; i++)
        {
            var extra = h1s[i];
            page.Report(DiagnosticCodes.CheckH1, page.Site(extra), $"a second <h1> (the first is at line {PageContext.Line(h1s[0])})", "use one <h1> for the page's title and <h2> for its sections (## in Markdown)");
        }

        var previous = 0;
        foreach (var heading in parts.Headings)
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                page.Report(DiagnosticCodes.CheckHeadingOrder, page.Site(heading),
                    string.Create(CultureInfo.InvariantCulture, $"<h{level}> follows <h{previous}>: heading level {previous + 1} is skipped"),
                    string.Create(CultureInfo.InvariantCulture, $"use <h{previous + 1}> here ({new string('#', previous + 1)} in Markdown); screen reader users navigate by heading levels"));
            }

            previous = level;
        }
    }

    private static void CheckMain(PageContext page, Parts parts)
    {
        var mains = parts.Mains;
        if (mains.Count == 0)
        {
            page.Report(DiagnosticCodes.CheckMainLandmark, page.Site(page.Document.Body ?? page.Document.Root), "the page has no <main> landmark", "wrap the page's content in <main> so keyboard and screen reader users can skip to it");
        }

        for (var i = 1; i < mains.Count; i++)
        {
            var extra = mains[i];
            page.Report(DiagnosticCodes.CheckMainLandmark, page.Site(extra), $"a second <main> landmark (the first is at line {PageContext.Line(mains[0])})", "keep one <main>");
        }
    }

    // The elements these checks read, found in one pass over the page's elements (in document order) rather than
    // one pass per kind: the HTML title, meta description and viewport, h1 and every heading, and the main landmarks.
    private sealed class Parts
    {
        public List<PageElement> Titles { get; } = [];

        public List<PageElement> Descriptions { get; } = [];

        public PageElement? Viewport { get; private set; }

        public List<PageElement> H1s { get; } = [];

        public List<PageElement> Headings { get; } = [];

        public List<PageElement> Mains { get; } = [];

        public static Parts Of(PageElement[] elements)
        {
            var parts = new Parts();
            foreach (var e in elements)
            {
                if (e.IsHtml)
                {
                    switch (e.LocalName)
                    {
                        case "title":
                            parts.Titles.Add(e);
                            break;
                        case "meta" when string.Equals(e.GetAttribute("name"), "description", StringComparison.OrdinalIgnoreCase):
                            parts.Descriptions.Add(e);
                            break;
                        case "meta" when string.Equals(e.GetAttribute("name"), "viewport", StringComparison.OrdinalIgnoreCase):
                            parts.Viewport ??= e;
                            break;
                        case "h1":
                            parts.H1s.Add(e);
                            parts.Headings.Add(e);
                            break;
                        case "h2" or "h3" or "h4" or "h5" or "h6":
                            parts.Headings.Add(e);
                            break;
                    }
                }

                if (e.LocalName == "main" || e.GetAttribute("role") == "main")
                {
                    parts.Mains.Add(e);
                }
            }

            return parts;
        }
    }

    [GeneratedRegex(@"user-scalable\s*=\s*(no|0)\b|maximum-scale\s*=\s*1(\.0*)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoZoom();
}
