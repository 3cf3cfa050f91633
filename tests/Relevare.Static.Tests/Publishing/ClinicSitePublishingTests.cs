using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// What the clinic's site publishes for search engines, feed readers and static hosts: every claim of the
/// publishing feature, checked on the real site's output.
/// </summary>
public sealed class ClinicSitePublishingTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // The generated pages that are not content: search engines are told not to index them.
    private static readonly string[] NotIndexed = ["404.html", "search/index.html", "es/404.html", "es/search/index.html"];

    private static readonly string[] OpenGraphTypes = ["article", "website"];

    [Fact]
    public void The_clinic_site_builds_without_errors_and_warns_only_of_the_clinic_placeholders()
    {
        Assert.Equal(Governance.ClinicPlaceholders.Expected, ClinicSite.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}"));
        Assert.DoesNotContain(ClinicSite.Result.Diagnostics, d => d.IsError);
        Assert.NotEmpty(ClinicSite.Result.Files);
    }

    [Fact]
    public void Sitemap_parses_and_lists_every_page_by_absolute_https_url()
    {
        var sitemap = XDocument.Parse(ClinicSite.Text("sitemap.xml"));

        var urls = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.All(urls, url => Assert.StartsWith("https://www.relevare.example/", url, StringComparison.Ordinal));
        var pages = ClinicSite.HtmlFiles()
            .Where(f => !NotIndexed.Contains(f.Path) && !IsRedirect(f.Document))
            .Select(f => "https://www.relevare.example/" + f.Path[..^"index.html".Length])
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, urls);
        Assert.Contains("https://www.relevare.example/conditions/migraine/", urls);
        Assert.Contains("https://www.relevare.example/topics/migraine/", urls);
    }

    [Fact]
    public void Sitemap_lastmod_is_the_newest_of_the_pages_dates()
    {
        var sitemap = XDocument.Parse(ClinicSite.Text("sitemap.xml"));

        string? LastModified(string url) => sitemap.Root!.Elements(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == url).Element(Sitemap + "lastmod")?.Value;
        Assert.Equal("2026-11-25", LastModified("https://www.relevare.example/conditions/migraine/")); // date and reviewed
        Assert.Equal("2026-11-25", LastModified("https://www.relevare.example/about/")); // updated
        Assert.Null(LastModified("https://www.relevare.example/")); // the home page has no date
    }

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_sitemap()
    {
        var robots = ClinicSite.Text("robots.txt");

        Assert.Contains("User-agent: *\n", robots, StringComparison.Ordinal);
        Assert.Contains("\nSitemap: https://www.relevare.example/sitemap.xml\n", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_parses_as_atom_with_every_article_newest_first()
    {
        var feed = XDocument.Parse(ClinicSite.Text("feed.xml"));

        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal("Relevare Patient Education", root.Element(Atom + "title")!.Value);
        Assert.Equal("https://www.relevare.example/", root.Element(Atom + "id")!.Value);
        Assert.Contains(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://www.relevare.example/feed.xml");
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(
            ["https://www.relevare.example/conditions/migraine/", "https://www.relevare.example/treatment/during-your-infusion/"],
            entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")!.Value));
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Contains("<h2", e.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        });

        // No build time: the feed is as old as its newest entry.
        Assert.Equal("2026-11-25T00:00:00Z", root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Every_page_has_a_canonical_link_and_open_graph_and_twitter_card_metadata()
    {
        var pages = ClinicSite.HtmlFiles().Where(f => !IsRedirect(f.Document)).ToList();

        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");
        foreach (var (path, document) in pages)
        {
            var url = "https://www.relevare.example/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
            Assert.Equal(url, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(url, Meta(document, "og:url"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(document, "og:title")), $"{path}: no og:title");
            Assert.False(string.IsNullOrWhiteSpace(Meta(document, "og:description")), $"{path}: no og:description");
            Assert.Contains(Meta(document, "og:type"), OpenGraphTypes);
            Assert.Equal(path.StartsWith("es/", StringComparison.Ordinal) ? "Relevare para pacientes" : "Relevare Patient Education", Meta(document, "og:site_name"));
            Assert.Equal("summary", document.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        }

        var migraine = pages.Single(p => p.Path == "conditions/migraine/index.html").Document;
        Assert.Equal("article", Meta(migraine, "og:type"));
        Assert.Equal("2026-11-25", Meta(migraine, "article:published_time"));
    }

    [Fact]
    public void Every_page_has_a_favicon_and_the_manifest_and_the_manifest_names_a_published_icon()
    {
        foreach (var (path, document) in ClinicSite.HtmlFiles().Where(f => !IsRedirect(f.Document)))
        {
            var icon = document.QuerySelector("link[rel=icon]")?.GetAttribute("href");
            Assert.True(icon is not null && ClinicSite.Bytes(ClinicSite.OutputPathOf(icon)) is not null, $"{path}: favicon {icon} is not published");
            Assert.Equal("/manifest.webmanifest", document.QuerySelector("link[rel=manifest]")?.GetAttribute("href"));
        }

        using var manifest = JsonDocument.Parse(ClinicSite.Text("manifest.webmanifest"));
        var root = manifest.RootElement;
        Assert.Equal("Relevare Patient Education", root.GetProperty("name").GetString());
        Assert.Equal("Relevare", root.GetProperty("short_name").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        var manifestIcon = root.GetProperty("icons")[0];
        Assert.Equal("image/svg+xml", manifestIcon.GetProperty("type").GetString());
        Assert.NotNull(ClinicSite.Bytes(ClinicSite.OutputPathOf(manifestIcon.GetProperty("src").GetString()!)));
    }

    [Fact]
    public void The_404_page_is_published_at_the_root_and_not_indexed()
    {
        var document = ClinicSite.HtmlFiles().Single(f => f.Path == "404.html").Document;

        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent);
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/");
        // Served at any depth: every link and asset must be root-relative.
        Assert.All(document.QuerySelectorAll("[href], [src]"), e =>
        {
            var url = e.GetAttribute("href") ?? e.GetAttribute("src")!;
            Assert.True(url.StartsWith('/') || url.StartsWith('#') || url.StartsWith("https:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal), $"404.html: relative URL {url}");
        });
    }

    [Fact]
    public void Articles_link_to_their_condition_and_section_listings_and_the_listings_list_them()
    {
        var pages = ClinicSite.HtmlFiles().ToDictionary(f => f.Path, f => f.Document);

        var links = pages["conditions/migraine/index.html"].QuerySelectorAll(".related-topics a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/topics/migraine/", "/conditions/"], links);
        var topic = pages["topics/migraine/index.html"].QuerySelectorAll("main .article-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/conditions/migraine/", "/treatment/during-your-infusion/"], topic);
        var section = pages["treatment/index.html"].QuerySelectorAll("main .article-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/treatment/during-your-infusion/"], section);
    }

    [Fact]
    public void Every_root_relative_link_and_asset_reference_leads_to_a_published_file()
    {
        foreach (var (path, document) in ClinicSite.HtmlFiles())
        {
            foreach (var element in document.QuerySelectorAll("a[href^='/'], link[href^='/'], script[src^='/'], img[src^='/'], form[action^='/']"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                Assert.True(ClinicSite.Bytes(ClinicSite.OutputPathOf(url)) is not null, $"{path}: {url} is not published");
            }
        }
    }

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    internal static bool IsRedirect(IDocument document) =>
        document.QuerySelector("meta[http-equiv=refresh]") is not null;
}
