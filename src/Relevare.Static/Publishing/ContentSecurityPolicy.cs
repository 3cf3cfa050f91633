using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Relevare.Static.Assets;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Publishing;

/// <summary>
/// The site's Content-Security-Policy, and a check that an output file obeys it. The policy allows only this
/// site's own files (no inline script or style, no style attributes, nothing from other sites except
/// <c>data:</c> images), so the check looks for exactly what a browser would block.
/// </summary>
internal static class ContentSecurityPolicy
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private const int MaxReported = 5;

    private static readonly string[] FetchingLinkTypes = ["stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "modulepreload", "prefetch"];

    /// <summary>
    /// The page checks that run after publishing report inline styles and scripts themselves: the policy check lists
    /// them only if <paramref name="levels"/> (site.yml's <c>checks:</c>) lower those checks below errors, so every
    /// breach of the policy still fails.
    /// </summary>
    public static Func<string, bool> ReportedByPageChecks(IReadOnlyDictionary<string, CheckLevel> levels) =>
        code => (levels.TryGetValue(code, out var level) ? level : CheckRules.All[code].DefaultLevel) == CheckLevel.Error;

    /// <summary>The finding for a page or style sheet that breaks the policy (RS0803), or null when nothing does.</summary>
    /// <param name="location">Where to report it: the page's source in a build, the HTML file in <c>relevare check</c>.</param>
    /// <param name="what">"this page" or "this style sheet".</param>
    /// <param name="violations">What the policy blocks there.</param>
    public static Diagnostic? Finding(SourceLocation location, string what, IReadOnlyList<string> violations) =>
        violations.Count == 0 ? null : Diagnostic.Error(
            DiagnosticCodes.ContentSecurityPolicy, location,
            $"{what} breaks the site's Content-Security-Policy, so browsers would block part of it: {string.Join("; ", violations)}",
            "put styles in assets/css/ and scripts in assets/js/ (loaded with src, no style= or on…= attributes), and load images, fonts and scripts from this site only");

    /// <summary>What in <paramref name="html"/> the policy blocks, described for an editor (empty when nothing).</summary>
    public static List<string> Violations(HtmlParser parser, string html, Uri baseUrl) =>
        Violations(parser, html, baseUrl, _ => false);

    /// <summary>
    /// What in <paramref name="html"/> the policy blocks, leaving out what a page check already reports: inline
    /// styles, inline scripts, event handlers and script URLs have page checks of their own (RS0720–RS0723), so
    /// they are listed here only when <paramref name="reportedElsewhere"/> says their check does not report them
    /// as errors.
    /// </summary>
    public static List<string> Violations(HtmlParser parser, string html, Uri baseUrl, Func<string, bool> reportedElsewhere)
    {
        using var document = parser.ParseDocument(html);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            Inspect(element, baseUrl, reportedElsewhere, found);
        }

        return found;
    }

    /// <summary>
    /// Adds to <paramref name="found"/> what the policy blocks in <paramref name="element"/> itself (not its
    /// descendants): the page pass calls it for every element of a page it parsed once, in document order, so
    /// <paramref name="found"/> ends up as <see cref="Violations(HtmlParser, string, Uri, Func{string, bool})"/>'s answer.
    /// </summary>
    public static void Inspect(IElement element, Uri baseUrl, Func<string, bool> reportedElsewhere, List<string> found)
    {
        var tag = element.LocalName;
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name == "style")
            {
                Add(found, reportedElsewhere, $"a style attribute on <{tag}>", DiagnosticCodes.CheckInlineStyle);
            }
            else if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
            {
                Add(found, reportedElsewhere, $"an event handler attribute {attribute.Name} on <{tag}>", DiagnosticCodes.CheckEventHandler);
            }
            else if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" && IsScriptUrl(attribute.Value))
            {
                Add(found, reportedElsewhere, $"a javascript: URL in <{tag} {attribute.Name}>", DiagnosticCodes.CheckUnsafeUrl);
            }
        }

        switch (tag)
        {
            case "script" when IsExecutable(element):
                var src = element.GetAttribute("src");
                if (src is null)
                {
                    Add(found, reportedElsewhere, "an inline <script>", DiagnosticCodes.CheckInlineScript);
                }
                else if (!IsSameOrigin(src, baseUrl))
                {
                    Add(found, reportedElsewhere, $"<script src=\"{Shorten(src)}\"> loads a script from another site");
                }

                break;
            case "style":
                Add(found, reportedElsewhere, "a <style> element", DiagnosticCodes.CheckInlineStyle);
                break;
            case "link" when element.GetAttribute("href") is { } href && RelTypes(element).Any(FetchingLinkTypes.Contains) && !IsSameOrigin(href, baseUrl):
                Add(found, reportedElsewhere, $"<link href=\"{Shorten(href)}\"> loads a file from another site");
                break;
            case "img" or "source" or "input":
                foreach (var url in ImageUrls(element).Where(u => !IsSameOrigin(u, baseUrl) && !u.StartsWith("data:", StringComparison.OrdinalIgnoreCase)))
                {
                    Add(found, reportedElsewhere, $"<{tag} src=\"{Shorten(url)}\"> loads an image from another site");
                }

                break;
            case "iframe" or "frame" or "object" or "embed" or "applet":
                Add(found, reportedElsewhere, $"an <{tag}> element (embedded content is not allowed)");
                break;
            case "audio" or "video" or "track" when element.HasAttribute("src"):
                Add(found, reportedElsewhere, $"<{tag} src> (audio and video are not allowed by the policy)");
                break;
            case "form" when element.GetAttribute("action") is { } action && !IsSameOrigin(action, baseUrl):
                Add(found, reportedElsewhere, $"<form action=\"{Shorten(action)}\"> sends to another site");
                break;
            case "base":
                Add(found, reportedElsewhere, "a <base> element");
                break;
        }
    }

    private static void Add(List<string> found, Func<string, bool> reportedElsewhere, string problem, string? checkCode = null)
    {
        if (checkCode is not null && reportedElsewhere(checkCode))
        {
            return;
        }

        if (!found.Contains(problem) && found.Count < MaxReported)
        {
            found.Add(problem);
        }
    }

    /// <summary>What in a style sheet the policy blocks: references to other sites.</summary>
    public static List<string> StyleSheetViolations(string css, Uri baseUrl) =>
        [.. CssReferences.Find(css)
            .Where(url => !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !IsSameOrigin(url, baseUrl))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxReported)
            .Select(url => $"url({Shorten(url)}) loads a file from another site")];

    // Scripts of other types (application/ld+json, text/template) are data: browsers never run them, so CSP
    // does not apply to them.
    private static bool IsExecutable(IElement script)
    {
        var type = script.GetAttribute("type")?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(type) || type == "module" || type.Contains("javascript", StringComparison.Ordinal) || type.Contains("ecmascript", StringComparison.Ordinal);
    }

    private static string[] RelTypes(IElement link) =>
        (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> ImageUrls(IElement element)
    {
        if (element.LocalName == "input" && !string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        if (element.GetAttribute("src") is { } src)
        {
            yield return src;
        }

        foreach (var candidate in (element.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return candidate.Split(' ')[0];
        }
    }

    private static bool IsScriptUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a URL of this site: relative, root-relative, or absolute on the base URL's origin.</summary>
    public static bool IsSameOrigin(string url, Uri baseUrl)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return Uri.TryCreate(baseUrl.Scheme + ":" + trimmed, UriKind.Absolute, out var protocolRelative) && SameOrigin(protocolRelative, baseUrl);
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && SameOrigin(absolute, baseUrl);
    }

    private static bool SameOrigin(Uri url, Uri baseUrl) =>
        string.Equals(url.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase)
        && url.Port == baseUrl.Port;

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";
}
