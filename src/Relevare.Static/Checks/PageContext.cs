using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// One parsed page as every rule of the pass sees it: the document (parsed once), its elements in document order,
/// where it came from, and what the rules have found so far. The rules (<see cref="PageRule"/>) read it and add to
/// it; <see cref="PagePass"/> turns it into the page's results. Lives for one page, on one thread.
/// </summary>
internal sealed class PageContext
{
    private readonly bool _inIgnoredDir;
    private HashSet<string>? _mapNames;
    private FindingSite? _pageSite;

    public PageContext(IPageParser parser, FindingReporter reporter, UrlResolver resolver, CheckOptions options, PageDocument document, string path, string html, PageOrigin? origin)
    {
        Parser = parser;
        Reporter = reporter;
        Resolver = resolver;
        Options = options;
        Path = path;
        Html = html;
        Origin = origin;
        Document = document;
        Elements = document.All;
        Map = MarkdownMap.Build(Elements, html, origin);
        _inIgnoredDir = options.IsInIgnoredDir(path);
        (From, AbsoluteBase) = BaseOf();
    }

    /// <summary>The parser the page was parsed with, for the rare rule that must parse a part of it again (<see cref="IPageParser.ParsePlain"/>).</summary>
    public IPageParser Parser { get; }

    /// <summary>Turns findings into diagnostics (levels, data-check-ignore, Markdown lines).</summary>
    public FindingReporter Reporter { get; }

    /// <summary>Resolves the page's URLs against the site.</summary>
    public UrlResolver Resolver { get; }

    /// <summary>The check run's options.</summary>
    public CheckOptions Options { get; }

    /// <summary>The page, relative to the site root, e.g. <c>conditions/migraine/index.html</c>.</summary>
    public string Path { get; }

    /// <summary>The page's text, as parsed.</summary>
    public string Html { get; }

    /// <summary>The page's Markdown source and rendered body, in a build; null otherwise.</summary>
    public PageOrigin? Origin { get; }

    /// <summary>The page, parsed once (scripting on, source positions kept), in the pass's own DOM.</summary>
    public PageDocument Document { get; }

    /// <summary>Every element in document order, listed once (<see cref="PageDocument.All"/>).</summary>
    public PageElement[] Elements { get; }

    /// <summary>Which elements came from the page's Markdown, and from which line.</summary>
    public MarkdownMap Map { get; }

    /// <summary>Where relative URLs resolve from: the page itself, or its <c>&lt;base href&gt;</c> in the site.</summary>
    public string From { get; }

    /// <summary>The page's <c>&lt;base href&gt;</c> when it is a URL elsewhere, or null.</summary>
    public Uri? AbsoluteBase { get; }

    /// <summary>The page's own findings.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Every URL on the page, in document order, for the checks across pages.</summary>
    public List<PageReference> References { get; } = [];

    /// <summary>Every id and <c>a[name]</c>: the fragments the page offers.</summary>
    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The first element of each id, for the duplicate-id check.</summary>
    public Dictionary<string, PageElement> FirstById { get; } = new(StringComparer.Ordinal);

    /// <summary>The page's hreflang alternates, in document order.</summary>
    public List<HreflangLink> Alternates { get; } = [];

    /// <summary>True once a rule has found a meta refresh: the page only redirects.</summary>
    public bool IsRedirect { get; set; }

    /// <summary>What the page's Content-Security-Policy would block (<see cref="PolicyRule"/>), or null when that rule did not run.</summary>
    public List<string>? PolicyViolations { get; set; }

    /// <summary>The plain text of the page's Markdown body for the search index (<see cref="SearchTextRule"/>), or null.</summary>
    public string? SearchText { get; set; }

    /// <summary>The medical output rule's findings (<see cref="MedicalOutputRule"/>), reported at the page's source.</summary>
    public List<Diagnostic> MedicalFindings { get; } = [];

    /// <summary>The names an image map can use: <c>&lt;map name&gt;</c> and <c>&lt;map id&gt;</c>.</summary>
    public HashSet<string> MapNames => _mapNames ??= MapNamesOf(Elements);

    /// <summary>Where to report a finding about the whole page (line 1 of its HTML, or its source in a build).</summary>
    public FindingSite PageSite => _pageSite ??= Site(Document.Root) with { Line = 1, Column = 1, Markdown = null, FromMarkdown = false };

    /// <summary>The HTML elements named <paramref name="localName"/>, in document order.</summary>
    public IEnumerable<PageElement> HtmlElements(string localName)
    {
        foreach (var element in Elements)
        {
            if (element.LocalName == localName && element.IsHtml)
            {
                yield return element;
            }
        }
    }

    /// <summary>The <c>&lt;meta name="…"&gt;</c> elements of that name.</summary>
    public IEnumerable<PageElement> Meta(string name) =>
        HtmlElements("meta").Where(m => string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reports a configurable check's finding (null when it is off or ignored there).</summary>
    public void Report(string code, FindingSite site, string message, string? hint)
    {
        if (Reporter.Create(code, site, message, hint) is { } diagnostic)
        {
            Diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Resolves a URL of this page, against its <c>&lt;base href&gt;</c> when it has one.</summary>
    public ResolvedUrl Resolve(string url) => Resolver.Resolve(From, url, AbsoluteBase);

    /// <summary>Where <paramref name="element"/> is, in the HTML and (in a build) in the Markdown.</summary>
    public FindingSite Site(PageElement element) =>
        new(Path, Line(element), Column(element), Map.OriginOf(element), Origin?.SourcePath, Map.Contains(element), IgnoreOf(element));

    /// <summary>The line of the element's start tag (of the closest ancestor's, for an element the parser inserted).</summary>
    public static int Line(PageElement element) => PositionOf(element).Line;

    /// <summary>The column of the element's start tag.</summary>
    public static int Column(PageElement element) => PositionOf(element).Column;

    /// <summary>A URL short enough for a message.</summary>
    public static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "...";

    // Elements the parser inserted (an implied <head>, <body>) have no position: use the closest ancestor's.
    private static (int Line, int Column) PositionOf(PageElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Line > 0)
            {
                return (e.Line, e.Column);
            }
        }

        return (1, 1);
    }

    private IgnoreRule IgnoreOf(PageElement element)
    {
        if (_inIgnoredDir)
        {
            return IgnoreRule.Everything;
        }

        IgnoreRule? rule = null;
        for (var e = element; e is not null; e = e.Parent)
        {
            // htmltest's and html-proofer's marker, as an attribute or a class: the element and its content are not checked.
            if (e.HasAttribute("data-proofer-ignore") || e.HasClass("data-proofer-ignore"))
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

    private static HashSet<string> MapNamesOf(PageElement[] elements)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in elements)
        {
            if (map.LocalName == "map" && map.IsHtml)
            {
                if (map.GetAttribute("name") is { } name)
                {
                    names.Add(name);
                }

                if (map.GetAttribute("id") is { } id)
                {
                    names.Add(id);
                }
            }
        }

        return names;
    }

    // Browsers use the first <base> with an href. A base outside the site makes every relative URL external.
    private (string From, Uri? Absolute) BaseOf()
    {
        if (Array.Find(Elements, e => e.LocalName == "base" && e.IsHtml && e.HasAttribute("href")) is not { } element)
        {
            return (Path, null);
        }

        var resolved = Resolver.Resolve(Path, element.GetAttribute("href")!);
        return resolved.Kind switch
        {
            UrlKind.Internal => (resolved.Path, null),
            UrlKind.External when resolved.Absolute is { } absolute => (Path, absolute),
            _ => (Path, null),
        };
    }
}
