using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// A URL of a page as the checks across pages read it. Every page's links are kept until the last page is checked,
/// so this is a flat value (no object of its own, no parsed <see cref="Uri"/>): on a large site they are most of
/// what the collector copies and marks over and over. Only the URLs those checks read are kept (<see cref="Of"/>).
/// </summary>
/// <param name="Site">The element it is on.</param>
/// <param name="Url">The attribute value as written (entities decoded).</param>
/// <param name="Kind">What kind of reference it is.</param>
/// <param name="Description">How to name it in messages, e.g. <c>link</c>, <c>image</c>, <c>canonical URL</c>.</param>
/// <param name="Target">What it points at: <see cref="UrlKind.Internal"/>, <see cref="UrlKind.OutsideSite"/> or <see cref="UrlKind.External"/>.</param>
/// <param name="Path">For an internal URL, the decoded path under the site root (<see cref="ResolvedUrl.Path"/>); otherwise empty.</param>
/// <param name="Fragment">For an internal URL, the decoded fragment without <c>#</c>, or null when there is none.</param>
/// <param name="External">For an external URL, the absolute URL without its fragment: what external links are gathered by.</param>
internal readonly record struct PageLink(
    FindingSite Site, string Url, ReferenceKind Kind, string Description, UrlKind Target, string Path, string? Fragment, string? External)
{
    /// <summary>
    /// What the checks across pages need of <paramref name="reference"/>, or null when they do not read it: another
    /// scheme, an http(s) URL that could not be parsed, or an external URL whose element ignores RS0740.
    /// </summary>
    public static PageLink? Of(PageReference reference)
    {
        var target = reference.Target;
        return target.Kind switch
        {
            UrlKind.Internal or UrlKind.OutsideSite => new PageLink(reference.Site, reference.Url, reference.Kind, reference.Description, target.Kind, target.Path, target.Fragment, null),

            // An ignored element's URL is not fetched: nothing about it would be reported.
            UrlKind.External when target.Absolute is { } absolute && !reference.Site.Ignore.Covers(DiagnosticCodes.CheckExternalLink) =>
                new PageLink(reference.Site, reference.Url, reference.Kind, reference.Description, UrlKind.External, "", null, absolute.GetLeftPart(UriPartial.Query)),
            _ => null,
        };
    }
}
