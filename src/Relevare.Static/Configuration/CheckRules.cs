using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Configuration;

/// <summary>Every check, with its default level and group. docs/checks.md describes each one.</summary>
internal static class CheckRules
{
    /// <summary>Links, fragments, empty URLs, redirects, orphans and external links.</summary>
    public const string Links = "links";

    /// <summary>Text alternatives, sizes and image maps.</summary>
    public const string Images = "images";

    /// <summary>Document structure and accessibility basics.</summary>
    public const string Structure = "structure";

    /// <summary>What a strict Content-Security-Policy needs, and safe URLs.</summary>
    public const string Safety = "safety";

    public static readonly ImmutableSortedDictionary<string, CheckRule> All = new CheckRule[]
    {
        new(DiagnosticCodes.CheckBrokenLink, CheckLevel.Error, Links, "internal link, image or file that does not exist"),
        new(DiagnosticCodes.CheckBrokenFragment, CheckLevel.Error, Links, "#fragment with no such id on the target page, or a bare '#' link"),
        new(DiagnosticCodes.CheckTrailingSlash, CheckLevel.Warning, Links, "link to a page folder without its trailing slash"),
        new(DiagnosticCodes.CheckDuplicateId, CheckLevel.Error, Links, "id used twice on a page"),
        new(DiagnosticCodes.CheckImageAlt, CheckLevel.Error, Images, "image without alt text"),
        new(DiagnosticCodes.CheckImageSize, CheckLevel.Warning, Images, "image without width and height"),
        new(DiagnosticCodes.CheckDoctype, CheckLevel.Error, Structure, "no doctype, or one that puts browsers in quirks mode"),
        new(DiagnosticCodes.CheckLanguage, CheckLevel.Error, Structure, "<html> without a valid lang"),
        new(DiagnosticCodes.CheckTitle, CheckLevel.Error, Structure, "not exactly one non-empty <title>"),
        new(DiagnosticCodes.CheckMetaDescription, CheckLevel.Warning, Structure, "meta description missing, repeated or of the wrong length"),
        new(DiagnosticCodes.CheckViewport, CheckLevel.Error, Structure, "meta viewport missing or preventing zoom"),
        new(DiagnosticCodes.CheckH1, CheckLevel.Error, Structure, "not exactly one <h1>"),
        new(DiagnosticCodes.CheckHeadingOrder, CheckLevel.Warning, Structure, "heading level skipped"),
        new(DiagnosticCodes.CheckMainLandmark, CheckLevel.Error, Structure, "not exactly one <main> landmark"),
        new(DiagnosticCodes.CheckEmptyLink, CheckLevel.Error, Structure, "link with no text for screen readers"),
        new(DiagnosticCodes.CheckLinkText, CheckLevel.Warning, Structure, "link text that means nothing alone"),
        new(DiagnosticCodes.CheckObsoleteDoctype, CheckLevel.Warning, Structure, "obsolete doctype that still gives standards mode"),
        new(DiagnosticCodes.CheckEmptyUrl, CheckLevel.Error, Links, "empty URL attribute, <img> without src, <link> without href, empty <script>"),
        new(DiagnosticCodes.CheckMetaRefresh, CheckLevel.Error, Links, "meta refresh whose content does not follow the syntax"),
        new(DiagnosticCodes.CheckUnsafeUrl, CheckLevel.Error, Safety, "javascript:, vbscript: or non-image data: URL"),
        new(DiagnosticCodes.CheckEventHandler, CheckLevel.Error, Safety, "on* event handler attribute"),
        new(DiagnosticCodes.CheckInlineScript, CheckLevel.Error, Safety, "inline script"),
        new(DiagnosticCodes.CheckInlineStyle, CheckLevel.Error, Safety, "style attribute or <style> element"),
        new(DiagnosticCodes.CheckIntegrity, CheckLevel.Error, Safety, "external script or stylesheet without integrity"),
        new(DiagnosticCodes.CheckInsecureLink, CheckLevel.Warning, Safety, "plain http:// URL"),
        new(DiagnosticCodes.CheckMailtoTel, CheckLevel.Error, Safety, "malformed mailto: or tel: link"),
        new(DiagnosticCodes.CheckImageMap, CheckLevel.Error, Images, "usemap that is not '#name', names no <map>, or sits in a link or button"),
        new(DiagnosticCodes.CheckAnimatedUrl, CheckLevel.Error, Safety, "SVG/MathML animation that sets href or xlink:href to a script URL"),
        new(DiagnosticCodes.CheckForeignStyle, CheckLevel.Error, Safety, "<style> inside SVG or MathML"),
        new(DiagnosticCodes.CheckRefreshToOtherSite, CheckLevel.Error, Safety, "meta refresh that sends the reader to another site"),
        new(DiagnosticCodes.CheckOrphanPage, CheckLevel.Warning, Links, "page not reachable by links from the home page"),
        new(DiagnosticCodes.CheckExternalLink, CheckLevel.Error, Links, "external link that fails (only with --external)"),
        new(DiagnosticCodes.HreflangNotReciprocal, CheckLevel.Error, Links, "hreflang alternate that leads nowhere, or whose page does not link back"),
        new(DiagnosticCodes.HreflangWrongLanguage, CheckLevel.Error, Links, "hreflang alternate whose page has another <html lang>"),
    }.ToImmutableSortedDictionary(r => r.Code, r => r, StringComparer.Ordinal);

    /// <summary>The group names, for <c>--only</c> and <c>--skip</c>.</summary>
    public static readonly ImmutableSortedSet<string> Groups = All.Values.Select(r => r.Group).ToImmutableSortedSet(StringComparer.Ordinal);
}
