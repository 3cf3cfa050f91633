using System.Globalization;
using Relevare.Static.Site;

namespace Relevare.Static.Publishing;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9): every published page and listing page by absolute URL, ordered by URL,
/// with <c>lastmod</c> from the page's newest date (<c>updated</c>, <c>reviewed</c> or <c>date</c>; a listing's from
/// its newest item). The 404 and search pages, and redirects, are left out.
/// </summary>
internal static class SitemapFile
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SiteModel site)
    {
        var entries = site.Pages.Where(p => !p.NoIndex).Select(p => (p.Url, LastModified: ListingPlanner.NewestDate(p)))
            .Concat(site.Listings.Select(l => (l.Url, LastModified: l.Items.Select(ListingPlanner.NewestDate).Max())))
            .OrderBy(e => e.Url, StringComparer.Ordinal);
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (url, lastModified) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, PublishedPaths.Absolute(site.Config.BaseUrl, url));
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }
}
