using System.Collections.Immutable;

namespace Relevare.Static.Site;

/// <summary>The files publishing adds to the output, at fixed paths that static hosts and crawlers expect.</summary>
internal static class PublishedPaths
{
    public const string NotFound = "404.html";
    public const string NotFoundUrl = "/404.html";
    public const string Search = "search/index.html";
    public const string SearchUrl = "/search/";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string Feed = "feed.xml";
    public const string Manifest = "manifest.webmanifest";
    public const string SearchIndex = "search-index.json";
    public const string Headers = "_headers";
    public const string Redirects = "_redirects";

    /// <summary>The folder of the condition listings: <c>/topics/migraine/</c>.</summary>
    public const string Topics = "topics";

    /// <summary>Every generated file with what it is (for collision messages).</summary>
    public static readonly ImmutableArray<(string Path, string What)> Generated =
    [
        (NotFound, "the 404 page"),
        (Search, "the search page"),
        (Sitemap, "the sitemap"),
        (Robots, "robots.txt"),
        (Feed, "the Atom feed"),
        (Manifest, "the web app manifest"),
        (SearchIndex, "the search index"),
        (Headers, "the _headers file"),
        (Redirects, "the _redirects file"),
    ];

    /// <summary>The files publishing makes once per language (the default language's at the root, the others' in their folder).</summary>
    public static readonly ImmutableArray<string> PerLanguage = [NotFound, Search, Feed, SearchIndex];

    /// <summary>
    /// Every generated file of a site with these <paramref name="languages"/>: <see cref="Generated"/>, and the
    /// per-language files of every language but the default (<c>es/feed.xml</c>).
    /// </summary>
    public static IEnumerable<(string Path, string What)> GeneratedFor(IEnumerable<Configuration.SiteLanguage> languages) =>
        Generated.Concat(languages.Where(l => !l.IsDefault).SelectMany(l =>
            Generated.Where(g => PerLanguage.Contains(g.Path)).Select(g => (InLanguage(l, g.Path), $"{g.What} in {l.Name}"))));

    /// <summary>The output path of a per-language file: <c>feed.xml</c>, or <c>es/feed.xml</c>.</summary>
    public static string InLanguage(Configuration.SiteLanguage language, string path) =>
        language.Folder is null ? path : $"{language.Folder}/{path}";

    /// <summary>The URL of a per-language file or page: <c>/search/</c>, or <c>/es/search/</c>.</summary>
    public static string UrlInLanguage(Configuration.SiteLanguage language, string url) =>
        language.Folder is null ? url : $"/{language.Folder}{url}";

    /// <summary>The absolute URL of a site-relative <paramref name="url"/> (which starts with '/').</summary>
    public static string Absolute(Uri baseUrl, string url) => baseUrl.AbsoluteUri + url[1..];
}
