using System.Collections.Immutable;
using System.Globalization;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static.Publishing;

/// <summary>
/// The pages publishing adds (404, search, listings), as ordinary <see cref="Page"/>s with built-in metadata, so
/// they go through <c>templates/base.html</c> and see the same <c>page</c> model as every page. Their layout is
/// <c>templates/layouts/&lt;type&gt;.html</c>, and their <c>page.source</c> names that layout.
/// </summary>
internal static class GeneratedPages
{
    public const string NotFoundTemplate = "404";
    public const string SearchTemplate = "search";
    public const string ListingTemplate = "listing";

    public static Page NotFound(SiteConfig config) => Make(
        NotFoundTemplate, "Page not found", $"The page you asked for is not on {config.Title}: it may have moved.", PublishedPaths.NotFoundUrl, PublishedPaths.NotFound, noIndex: true);

    public static Page Search(SiteConfig config) => Make(
        SearchTemplate, "Search", $"Search every page of {config.Title}: type a word, such as a condition or a treatment.", PublishedPaths.SearchUrl, PublishedPaths.Search, noIndex: true);

    public static Page Listing(SiteConfig config, Listing listing)
    {
        var title = listing.PageCount == 1
            ? listing.Title
            : string.Create(CultureInfo.InvariantCulture, $"{listing.Title} (page {listing.PageNumber} of {listing.PageCount})");
        var description = listing.Kind == ListingKind.Section
            ? $"Every page in the {listing.Title} section of {config.Title}, newest first."
            : $"Every page of {config.Title} about {listing.Name}, newest first.";
        return Make(ListingTemplate, title, description, listing.Url, listing.OutputPath, noIndex: false);
    }

    private static Page Make(string template, string title, string description, string url, string outputPath, bool noIndex)
    {
        var metadata = new PageMetadata(
            template, template, title, description, null, null, null, null, null, false, [], [], [],
            ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, SourceLocation>(StringComparer.Ordinal));
        var source = new SourcePage(TemplateSet.Root + PageTemplateRenderer.LayoutPath(template), "", metadata, "", 1);
        return new Page(source, url, outputPath) { NoIndex = noIndex };
    }
}
