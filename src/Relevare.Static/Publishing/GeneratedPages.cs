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

    public static Page NotFound(SiteConfig config) => NotFound(config, config.DefaultLanguage, null);

    /// <summary>
    /// The 404 page of <paramref name="language"/> (<c>/404.html</c>, <c>/es/404.html</c>); its title and description
    /// come from the strings file (<c>not_found_title</c>, <c>not_found_description</c>) when it has them.
    /// </summary>
    public static Page NotFound(SiteConfig config, SiteLanguage language, TemplateStrings? strings) => Make(
        NotFoundTemplate,
        Word(strings, language, "not_found_title", config) ?? "Page not found",
        Word(strings, language, "not_found_description", config) ?? $"The page you asked for is not on {config.Title}: it may have moved.",
        PublishedPaths.UrlInLanguage(language, PublishedPaths.NotFoundUrl),
        PublishedPaths.InLanguage(language, PublishedPaths.NotFound),
        noIndex: true,
        language);

    public static Page Search(SiteConfig config) => Search(config, config.DefaultLanguage, null);

    /// <summary>The search page of <paramref name="language"/> (<c>/search/</c>, <c>/es/search/</c>).</summary>
    public static Page Search(SiteConfig config, SiteLanguage language, TemplateStrings? strings) => Make(
        SearchTemplate,
        Word(strings, language, "search_title", config) ?? "Search",
        Word(strings, language, "search_description", config) ?? $"Search every page of {config.Title}: type a word, such as a condition or a treatment.",
        PublishedPaths.UrlInLanguage(language, PublishedPaths.SearchUrl),
        PublishedPaths.InLanguage(language, PublishedPaths.Search),
        noIndex: true,
        language);

    public static Page Listing(SiteConfig config, Listing listing)
    {
        var title = listing.PageCount == 1
            ? listing.Title
            : string.Create(CultureInfo.InvariantCulture, $"{listing.Title} (page {listing.PageNumber} of {listing.PageCount})");
        var description = listing.Kind == ListingKind.Section
            ? $"Every page in the {listing.Title} section of {config.Title}, newest first."
            : $"Every page of {config.Title} about {listing.Name}, newest first.";
        var language = listing.Language.Length == 0 ? config.DefaultLanguage : config.FindLanguage(listing.Language) ?? config.DefaultLanguage;
        return Make(ListingTemplate, title, description, listing.Url, listing.OutputPath, noIndex: false, language);
    }

    /// <summary>
    /// The listing page of <paramref name="listing"/>, its title and description in its language when the strings
    /// file has <c>listing_section_description</c>, <c>listing_condition_description</c> and <c>listing_page_of</c>
    /// (with <c>{title}</c>, <c>{name}</c>, <c>{site}</c>, <c>{number}</c>, <c>{count}</c>).
    /// </summary>
    public static Page Listing(SiteConfig config, Listing listing, TemplateStrings? strings)
    {
        var page = Listing(config, listing);
        var language = config.LanguageOf(page.Source);
        string? Fill(string key) => Word(strings, language, key, config)?
            .Replace("{title}", listing.Title, StringComparison.Ordinal)
            .Replace("{name}", listing.Name, StringComparison.Ordinal)
            .Replace("{number}", listing.PageNumber.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{count}", listing.PageCount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var title = listing.PageCount == 1 ? null : Fill("listing_page_of") is { } pageOf ? $"{listing.Title} {pageOf}" : null;
        var description = Fill(listing.Kind == ListingKind.Section ? "listing_section_description" : "listing_condition_description");
        return title is null && description is null
            ? page
            : page with
            {
                Source = page.Source with
                {
                    Metadata = page.Source.Metadata with
                    {
                        Title = title ?? page.Source.Metadata.Title,
                        Description = description ?? page.Source.Metadata.Description,
                    },
                },
            };
    }

    // A word of the strings file of the language (never the default language's: a generated page keeps its built-in
    // English only when its own language's file has nothing), with {site} replaced by the site's title.
    private static string? Word(TemplateStrings? strings, SiteLanguage language, string key, SiteConfig config) =>
        strings?.Own(language.Tag, key)?.Replace("{site}", config.Title, StringComparison.Ordinal);

    private static Page Make(string template, string title, string description, string url, string outputPath, bool noIndex, SiteLanguage language)
    {
        var metadata = new PageMetadata(
            template, template, title, description, null, null, null, null, null, false, [], [], [],
            ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, SourceLocation>(StringComparer.Ordinal));
        var source = new SourcePage(TemplateSet.Root + PageTemplateRenderer.LayoutPath(template), "", metadata, "", 1) { Language = language.Tag };
        return new Page(source, url, outputPath) { NoIndex = noIndex, HomeUrl = language.RootUrl };
    }
}
