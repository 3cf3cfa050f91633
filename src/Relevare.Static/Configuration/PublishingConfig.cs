using Relevare.Static.Diagnostics;

namespace Relevare.Static.Configuration;

/// <summary>
/// The <c>publishing:</c> block of site.yml. Its presence turns on everything a public deployment needs: hashed
/// asset names, listing, 404 and search pages, sitemap, robots.txt, feed, manifest, search index and the static
/// host's <c>_headers</c> and <c>_redirects</c> files.
/// </summary>
/// <param name="PageSize">How many pages one listing page shows before the next page of the listing starts.</param>
/// <param name="Icon">The site icon as an asset URL (e.g. <c>/assets/favicon.svg</c>), or null.</param>
/// <param name="ShortName">The web app manifest's short name.</param>
/// <param name="ThemeColor">The manifest's theme colour (<c>#rrggbb</c>).</param>
/// <param name="BackgroundColor">The manifest's background colour (<c>#rrggbb</c>).</param>
/// <param name="Location">Where <c>publishing:</c> is written in site.yml.</param>
/// <param name="IconLocation">Where <c>icon:</c> is written, or the block's location when it is not.</param>
public sealed record PublishingConfig(
    int PageSize,
    string? Icon,
    string ShortName,
    string ThemeColor,
    string BackgroundColor,
    SourceLocation Location,
    SourceLocation IconLocation)
{
    /// <summary>The page size when site.yml does not set <c>page_size</c>.</summary>
    public const int DefaultPageSize = 10;
}
