using Relevare.Static.Diagnostics;
using Relevare.Static.Publishing;

namespace Relevare.Static.Checks;

/// <summary>
/// What the site's Content-Security-Policy (<see cref="ContentSecurityPolicy.Policy"/>) blocks in a page, element by
/// element, on the page pass's own DOM: inline script and style, event handlers, script URLs, and anything loaded
/// from another site. <see cref="PolicyRule"/> runs it in the page pass.
/// </summary>
internal static class PolicyInspection
{
    private static readonly string[] FetchingLinkTypes = ["stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "modulepreload", "prefetch"];

    /// <summary>What in <paramref name="html"/> the policy blocks, described for an editor (empty when nothing).</summary>
    public static List<string> Violations(IPageParser parser, string html, Uri baseUrl) =>
        Violations(parser, html, baseUrl, _ => false);

    /// <summary>
    /// What in <paramref name="html"/> the policy blocks, leaving out what a page check already reports: inline
    /// styles, inline scripts, event handlers and script URLs have page checks of their own (RS0720–RS0723), so
    /// they are listed here only when <paramref name="reportedElsewhere"/> says their check does not report them
    /// as errors.
    /// </summary>
    public static List<string> Violations(IPageParser parser, string html, Uri baseUrl, Func<string, bool> reportedElsewhere)
    {
        var document = parser.ParsePlain(html);
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
    /// <paramref name="found"/> ends up as <see cref="Violations(IPageParser, string, Uri, Func{string, bool})"/>'s answer.
    /// </summary>
    public static void Inspect(PageElement element, Uri baseUrl, Func<string, bool> reportedElsewhere, List<string> found)
    {
        var tag = element.LocalName;
        foreach (var attribute in element.AttributeSpan)
        {
            if (attribute.Name == "style")
            {
                ContentSecurityPolicy.Add(found, reportedElsewhere, $"a style attribute on <{tag}>", DiagnosticCodes.CheckInlineStyle);
            }
            else if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
            {
                ContentSecurityPolicy.Add(found, reportedElsewhere, $"an event handler attribute {attribute.Name} on <{tag}>", DiagnosticCodes.CheckEventHandler);
            }
            else if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" && IsScriptUrl(attribute.Value))
            {
                ContentSecurityPolicy.Add(found, reportedElsewhere, $"a javascript: URL in <{tag} {attribute.Name}>", DiagnosticCodes.CheckUnsafeUrl);
            }
        }

        switch (tag)
        {
            case "script" when IsExecutable(element):
                var src = element.GetAttribute("src");
                if (src is null)
                {
                    ContentSecurityPolicy.Add(found, reportedElsewhere, "an inline <script>", DiagnosticCodes.CheckInlineScript);
                }
                else if (!ContentSecurityPolicy.IsSameOrigin(src, baseUrl))
                {
                    ContentSecurityPolicy.Add(found, reportedElsewhere, $"<script src=\"{ContentSecurityPolicy.Shorten(src)}\"> loads a script from another site");
                }

                break;
            case "style":
                ContentSecurityPolicy.Add(found, reportedElsewhere, "a <style> element", DiagnosticCodes.CheckInlineStyle);
                break;
            case "link" when element.GetAttribute("href") is { } href && RelTypes(element).Any(FetchingLinkTypes.Contains) && !ContentSecurityPolicy.IsSameOrigin(href, baseUrl):
                ContentSecurityPolicy.Add(found, reportedElsewhere, $"<link href=\"{ContentSecurityPolicy.Shorten(href)}\"> loads a file from another site");
                break;
            case "img" or "source" or "input":
                foreach (var url in ImageUrls(element).Where(u => !ContentSecurityPolicy.IsSameOrigin(u, baseUrl) && !u.StartsWith("data:", StringComparison.OrdinalIgnoreCase)))
                {
                    ContentSecurityPolicy.Add(found, reportedElsewhere, $"<{tag} src=\"{ContentSecurityPolicy.Shorten(url)}\"> loads an image from another site");
                }

                break;
            case "iframe" or "frame" or "object" or "embed" or "applet":
                ContentSecurityPolicy.Add(found, reportedElsewhere, $"an <{tag}> element (embedded content is not allowed)");
                break;
            case "audio" or "video" or "track" when element.HasAttribute("src"):
                ContentSecurityPolicy.Add(found, reportedElsewhere, $"<{tag} src> (audio and video are not allowed by the policy)");
                break;
            case "form" when element.GetAttribute("action") is { } action && !ContentSecurityPolicy.IsSameOrigin(action, baseUrl):
                ContentSecurityPolicy.Add(found, reportedElsewhere, $"<form action=\"{ContentSecurityPolicy.Shorten(action)}\"> sends to another site");
                break;
            case "base":
                ContentSecurityPolicy.Add(found, reportedElsewhere, "a <base> element");
                break;
        }
    }

    // Scripts of other types (application/ld+json, text/template) are data: browsers never run them, so CSP
    // does not apply to them.
    private static bool IsExecutable(PageElement script)
    {
        var type = script.GetAttribute("type")?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(type) || type == "module" || type.Contains("javascript", StringComparison.Ordinal) || type.Contains("ecmascript", StringComparison.Ordinal);
    }

    private static string[] RelTypes(PageElement link) =>
        (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> ImageUrls(PageElement element)
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
}
