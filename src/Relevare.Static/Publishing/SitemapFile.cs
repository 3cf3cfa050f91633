using System.Collections.Immutable;
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
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(SiteModel site)
    {
        var entries = site.Pages.Where(p => !p.NoIndex).Select(p => (p.Url, LastModified: ListingPlanner.NewestDate(p), Group: site.GroupOf(p)))
            .Concat(site.Listings.Select(l => (l.Url, LastModified: l.Items.Select(ListingPlanner.NewestDate).Max(), Group: ImmutableArray<Translation>.Empty)))
            .OrderBy(e => e.Url, StringComparer.Ordinal)
            .ToList();

        // A page with translations lists every page of its group (itself included) and x-default, as its <head> does
        // (Google's sitemap form of hreflang). The xhtml namespace is declared only when some page needs it.
        var alternates = entries.Any(e => !e.Group.IsEmpty);
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            if (alternates)
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            }

            foreach (var (url, lastModified, group) in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, PublishedPaths.Absolute(site.Config.BaseUrl, url));
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                foreach (var (hreflang, href) in group.Select(t => (t.Language.Tag, t.Url)).Concat(group.Where(t => t.Language.IsDefault).Select(t => ("x-default", t.Url))))
                {
                    xml.WriteStartElement("xhtml", "link", Xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hreflang);
                    xml.WriteAttributeString("href", PublishedPaths.Absolute(site.Config.BaseUrl, href));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }
}
