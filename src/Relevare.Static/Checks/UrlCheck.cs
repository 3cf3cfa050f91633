using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Checks;

/// <summary>
/// What every URL on a page goes through: empty or bare-'#' URLs (RS0718, RS0702), its scheme (RS0720 script and
/// non-image <c>data:</c> URLs, RS0725 plain http, RS0726 <c>mailto:</c> and <c>tel:</c>, RS0618/RS0619 a number
/// that cannot reach the clinic), and, for http(s) and relative URLs, a <see cref="PageReference"/> for the checks
/// across pages.
/// </summary>
internal static partial class UrlCheck
{
    /// <summary>Checks the URL in <paramref name="attribute"/>, when the element has one.</summary>
    public static void Attribute(PageContext page, PageElement element, string attribute, ReferenceKind kind, string description)
    {
        if (element.GetAttribute(attribute) is { } url)
        {
            Url(page, element, url, attribute, kind, description);
        }
    }

    /// <summary>Checks every candidate of the element's <c>srcset</c>.</summary>
    public static void Srcset(PageContext page, PageElement element, ReferenceKind kind)
    {
        foreach (var url in element.GetAttribute("srcset") is { } srcset ? Checks.Srcset.Urls(srcset) : [])
        {
            Url(page, element, url, "srcset", kind, "image");
        }
    }

    /// <summary>Checks a URL's scheme and records it for the cross-page checks; an empty URL or a bare '#' link is reported here.</summary>
    public static void Url(PageContext page, PageElement element, string url, string attribute, ReferenceKind kind, string description)
    {
        if (page.Options.IsIgnored(url))
        {
            return;
        }

        var trimmed = UrlResolver.Trim(url);
        if (trimmed.Length == 0)
        {
            page.Report(DiagnosticCodes.CheckEmptyUrl, page.Site(element), $"the {attribute} of this <{element.LocalName}> is empty, so it points to the page itself",
                $"write the URL the {description} should use, or remove the attribute (an empty template variable often causes this)");
            return;
        }

        if (trimmed == "#" && kind == ReferenceKind.Link)
        {
            page.Report(DiagnosticCodes.CheckBrokenFragment, page.Site(element), "the link '#' goes nowhere (it only jumps to the top of the page)",
                "link to the element's id, use '#top' to go to the top on purpose, or use a <button> for an action");
            return;
        }

        if (Scheme(page, element, url, isImage: kind == ReferenceKind.Image, isLink: kind == ReferenceKind.Link))
        {
            page.References.Add(new PageReference(page.Site(element), url, kind, description, page.Resolve(url)));
        }
    }

    /// <summary>Checks the scheme; true when the URL is http(s) or relative, i.e. worth resolving.</summary>
    public static bool Scheme(PageContext page, PageElement element, string? url, bool isImage, bool isLink = false)
    {
        if (url is null || page.Options.IsIgnored(url))
        {
            return false;
        }

        var scheme = UrlResolver.SchemeOf(url);
        switch (scheme)
        {
            case null or "https":
                return true;
            case "http":
                page.Report(DiagnosticCodes.CheckInsecureLink, page.Site(element), $"'{PageContext.Shorten(url)}' uses plain http://, which can be read and changed on the way", "use https:// if the site supports it");
                return true;
            case "javascript" or "vbscript":
                page.Report(DiagnosticCodes.CheckUnsafeUrl, page.Site(element), $"the URL '{PageContext.Shorten(url)}' runs script", "link to a page or file instead");
                return false;
            case "data" when !isImage || !url.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase):
                page.Report(DiagnosticCodes.CheckUnsafeUrl, page.Site(element), $"the data: URL '{PageContext.Shorten(url)}' is not an image, and can carry a page or script", "link to a file under assets/ instead");
                return false;
            case "mailto" when isLink:
                CheckMailto(page, element, url);
                return false;
            case "tel" when isLink:
                CheckTel(page, element, url);
                return false;
            default:
                return false;
        }
    }

    private static void CheckMailto(PageContext page, PageElement element, string url)
    {
        var rest = url.Trim()["mailto:".Length..];
        if (BadEscape().Match(rest) is { Success: true } escape)
        {
            page.Report(DiagnosticCodes.CheckMailtoTel, page.Site(element), $"the mailto: link '{PageContext.Shorten(url)}' cannot be decoded: '{escape.Value}' is not a %-escape", "write the address as plain text, e.g. mailto:info@example.com");
            return;
        }

        var query = rest.IndexOf('?', StringComparison.Ordinal);
        var addresses = Uri.UnescapeDataString(query >= 0 ? rest[..query] : rest)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var hasTo = query >= 0 && rest[query..].Contains("to=", StringComparison.OrdinalIgnoreCase);
        var bad = addresses.FirstOrDefault(a => !EmailAddress().IsMatch(a));
        if (bad is not null || (addresses.Length == 0 && !hasTo))
        {
            page.Report(DiagnosticCodes.CheckMailtoTel, page.Site(element),
                bad is null ? $"the mailto: link '{PageContext.Shorten(url)}' has no address" : $"'{bad}' in '{PageContext.Shorten(url)}' is not an e-mail address",
                "write it like mailto:info@example.com");
        }
    }

    private static void CheckTel(PageContext page, PageElement element, string url)
    {
        var number = Uri.UnescapeDataString(url.Trim()["tel:".Length..]).Split(';')[0];
        var digits = number.Count(char.IsAsciiDigit);
        if (!Patterns.PhoneNumber().IsMatch(number) || digits is < 3 or > 15)
        {
            page.Report(DiagnosticCodes.CheckMailtoTel, page.Site(element), $"the tel: link '{PageContext.Shorten(url)}' is not a phone number", "write it like tel:+15550100: digits, with a leading + and the country code");
            return;
        }

        // A template's link to the placeholder number comes from site.yml's phone, which is reported there once.
        var site = page.Site(element);
        if (TelLinkRule.Check(number, page.Options.Clinic) is { } finding && (finding.Code != DiagnosticCodes.TelLinkPlaceholder || site.FromMarkdown))
        {
            page.Diagnostics.Add(page.Reporter.CreateFixed(finding.Severity, finding.Code, site, finding.Message, finding.Hint));
        }
    }

    [GeneratedRegex("%(?![0-9A-Fa-f]{2})(.{0,2})")]
    private static partial Regex BadEscape();

    [GeneratedRegex(@"^[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[^\s@<>()\[\],;:"".]+$")]
    private static partial Regex EmailAddress();
}
