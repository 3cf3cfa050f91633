using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>Every check, with its default level. docs/checks.md describes each one.</summary>
internal static class CheckRules
{
    public static readonly ImmutableSortedDictionary<string, CheckRule> All = new CheckRule[]
    {
        new(DiagnosticCodes.CheckBrokenLink, CheckLevel.Error, "internal link, image or file that does not exist"),
        new(DiagnosticCodes.CheckBrokenFragment, CheckLevel.Error, "#fragment with no such id on the target page"),
        new(DiagnosticCodes.CheckTrailingSlash, CheckLevel.Warning, "link to a page folder without its trailing slash"),
        new(DiagnosticCodes.CheckDuplicateId, CheckLevel.Error, "id used twice on a page"),
        new(DiagnosticCodes.CheckImageAlt, CheckLevel.Error, "image without alt text"),
        new(DiagnosticCodes.CheckImageSize, CheckLevel.Warning, "image without width and height"),
        new(DiagnosticCodes.CheckDoctype, CheckLevel.Error, "missing or legacy doctype"),
        new(DiagnosticCodes.CheckLanguage, CheckLevel.Error, "<html> without a valid lang"),
        new(DiagnosticCodes.CheckTitle, CheckLevel.Error, "not exactly one non-empty <title>"),
        new(DiagnosticCodes.CheckMetaDescription, CheckLevel.Warning, "meta description missing, repeated or of the wrong length"),
        new(DiagnosticCodes.CheckViewport, CheckLevel.Error, "meta viewport missing or preventing zoom"),
        new(DiagnosticCodes.CheckH1, CheckLevel.Error, "not exactly one <h1>"),
        new(DiagnosticCodes.CheckHeadingOrder, CheckLevel.Warning, "heading level skipped"),
        new(DiagnosticCodes.CheckMainLandmark, CheckLevel.Error, "not exactly one <main> landmark"),
        new(DiagnosticCodes.CheckEmptyLink, CheckLevel.Error, "link with no text for screen readers"),
        new(DiagnosticCodes.CheckLinkText, CheckLevel.Warning, "link text that means nothing alone"),
        new(DiagnosticCodes.CheckUnsafeUrl, CheckLevel.Error, "javascript:, vbscript: or non-image data: URL"),
        new(DiagnosticCodes.CheckEventHandler, CheckLevel.Error, "on* event handler attribute"),
        new(DiagnosticCodes.CheckInlineScript, CheckLevel.Error, "inline script"),
        new(DiagnosticCodes.CheckInlineStyle, CheckLevel.Error, "style attribute or <style> element"),
        new(DiagnosticCodes.CheckIntegrity, CheckLevel.Error, "external script or stylesheet without integrity"),
        new(DiagnosticCodes.CheckInsecureLink, CheckLevel.Warning, "plain http:// URL"),
        new(DiagnosticCodes.CheckMailtoTel, CheckLevel.Error, "malformed mailto: or tel: link"),
        new(DiagnosticCodes.CheckOrphanPage, CheckLevel.Warning, "page not reachable by links from the home page"),
        new(DiagnosticCodes.CheckExternalLink, CheckLevel.Error, "external link that fails (only with --external)"),
    }.ToImmutableSortedDictionary(r => r.Code, r => r, StringComparer.Ordinal);
}
