using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// Safety under a strict Content-Security-Policy: event handlers (RS0721), inline scripts (RS0722), inline styles
/// (RS0723), another site's script or stylesheet without integrity (RS0724), animated links (RS0728), styles in SVG
/// or MathML (RS0729). Script and data URLs (RS0720) are judged with every URL, by <see cref="UrlCheck"/>.
/// </summary>
internal sealed class SafetyRule : PageRule
{
    private static readonly string[] ScriptTypes =
        ["", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript", "application/x-javascript", "module", "importmap"];

    public override void Visit(PageContext page, PageElement element)
    {
        foreach (var attribute in element.AttributeSpan)
        {
            if (attribute.Name.Length > 2 && attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                page.Report(DiagnosticCodes.CheckEventHandler, page.Site(element), $"<{element.LocalName} {attribute.Name}=…> is inline script, which a strict Content-Security-Policy blocks", "move the behaviour into a script file under assets/");
            }
            else if (attribute.Name == "style")
            {
                page.Report(DiagnosticCodes.CheckInlineStyle, page.Site(element), $"<{element.LocalName} style=…> is an inline style, which a strict Content-Security-Policy blocks", "use a class and put the rule in assets/css/");
            }
        }

        switch (element.LocalName)
        {
            case "script":
                CheckScript(page, element);
                break;
            case "link" when LinkRule.IsStylesheet(element, LinkRule.RelOf(element)):
                RequireIntegrity(page, element, element.GetAttribute("href")!, "stylesheet");
                break;
            case "style" when element.IsHtml:
                page.Report(DiagnosticCodes.CheckInlineStyle, page.Site(element), "a <style> element is inline CSS, which a strict Content-Security-Policy blocks", "move the rules into a stylesheet under assets/css/");
                break;
            case "style":
                // Inside SVG or MathML a <style> is CSS too (@import loads from anywhere), and sanitisers that look only
                // at HTML's <style> miss it.
                page.Report(DiagnosticCodes.CheckForeignStyle, page.Site(element), $"a <style> element inside <{(element.NamespaceUri == PageElement.SvgNamespace ? "svg" : "math")}> is inline CSS that can load from other sites (@import)",
                    "remove it and style the image from a stylesheet under assets/css/, or use an SVG file as an image");
                break;
            case "animate" or "set" or "animatetransform" or "animatemotion" or "animatecolor" or "animateTransform" or "animateMotion" or "animateColor" when element.IsHtml is false:
                CheckAnimation(page, element);
                break;
        }
    }

    private static void CheckScript(PageContext page, PageElement script)
    {
        if (script.GetAttribute("src") is { } src)
        {
            RequireIntegrity(page, script, src, "script");
            return;
        }

        if (string.IsNullOrWhiteSpace(script.TextContent))
        {
            return; // nothing to run (the links rule reports a script with neither src nor code)
        }

        var type = (script.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
        if (ScriptTypes.Contains(type))
        {
            page.Report(DiagnosticCodes.CheckInlineScript, page.Site(script), "an inline <script>, which a strict Content-Security-Policy blocks", "move the script into a file under assets/ and load it with <script src>");
        }
    }

    // SVG's <animate>/<set> (and MathML's, which browsers parse as foreign content too) change an attribute while
    // the page runs: animating a link's href to javascript: makes a click run script although no attribute says so.
    private static void CheckAnimation(PageContext page, PageElement animation)
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
                page.Report(DiagnosticCodes.CheckAnimatedUrl, page.Site(animation), $"<{animation.LocalName} attributeName=\"{target}\" {name}=…> makes a link's address '{PageContext.Shorten(url.Trim())}', which runs script or leaves the allowed schemes when clicked",
                    "remove the animation; link with an ordinary <a href> to an https: or relative URL");
                return;
            }
        }
    }

    private static void RequireIntegrity(PageContext page, PageElement element, string url, string what)
    {
        if (page.Options.IsIgnored(url) || page.Resolve(url).Kind != UrlKind.External)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(element.GetAttribute("integrity")))
        {
            page.Report(DiagnosticCodes.CheckIntegrity, page.Site(element), $"the external {what} '{PageContext.Shorten(url)}' has no integrity attribute, so a compromised server could change it", "add integrity=\"sha384-…\" and crossorigin=\"anonymous\", or serve a copy from assets/");
        }
        else if (!element.HasAttribute("crossorigin"))
        {
            // Browsers check integrity on another origin's file only through CORS: without crossorigin they block it.
            page.Report(DiagnosticCodes.CheckIntegrity, page.Site(element), $"the external {what} '{PageContext.Shorten(url)}' has integrity but no crossorigin attribute, so browsers refuse to load it", "add crossorigin=\"anonymous\" next to integrity");
        }
    }
}
