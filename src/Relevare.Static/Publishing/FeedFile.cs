using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static.Publishing;

/// <summary>
/// <c>feed.xml</c>, an Atom feed (RFC 4287) of the articles (content type <c>article</c>) that have a date, newest
/// first. Deterministic: the feed's <c>updated</c> is the newest entry's date, never the build time.
/// </summary>
internal static class FeedFile
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed, or null when no article has a date.</summary>
    public static byte[]? Write(SiteModel site, IReadOnlyDictionary<Page, RenderedPage> rendered) =>
        Write(site, rendered, site.Config.DefaultLanguage);

    /// <summary>The feed of <paramref name="language"/>'s articles, or null when none has a date.</summary>
    public static byte[]? Write(SiteModel site, IReadOnlyDictionary<Page, RenderedPage> rendered, Configuration.SiteLanguage language)
    {
        var entries = ListingPlanner.FeedEntries(site, language);
        if (entries.Count == 0)
        {
            return null;
        }

        var config = site.Config;
        var home = PublishedPaths.Absolute(config.BaseUrl, language.RootUrl);
        return XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, language.Tag);
            xml.WriteAttributeString("xml", "base", null, config.BaseUrl.AbsoluteUri);
            xml.WriteElementString("title", Atom, config.Title);
            if (config.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", Atom, config.Description);
            }

            Link(xml, "self", "application/atom+xml", PublishedPaths.Absolute(config.BaseUrl, "/" + PublishedPaths.InLanguage(language, PublishedPaths.Feed)));
            Link(xml, "alternate", "text/html", home);
            xml.WriteElementString("id", Atom, home);
            xml.WriteElementString("updated", Atom, XmlOutput.Rfc3339(entries.Max(e => ListingPlanner.NewestDate(e))!.Value));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, config.Clinic.Name);
            xml.WriteEndElement();
            foreach (var page in entries)
            {
                var meta = page.Source.Metadata;
                var permalink = PublishedPaths.Absolute(config.BaseUrl, page.Url);
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, meta.Title);
                Link(xml, "alternate", "text/html", permalink);
                xml.WriteElementString("id", Atom, permalink);
                if (meta.Date is { } published)
                {
                    xml.WriteElementString("published", Atom, XmlOutput.Rfc3339(published));
                }

                xml.WriteElementString("updated", Atom, XmlOutput.Rfc3339(ListingPlanner.NewestDate(page)!.Value));
                foreach (var condition in meta.Conditions)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", condition);
                    xml.WriteEndElement();
                }

                if (meta.Description is { } summary)
                {
                    xml.WriteElementString("summary", Atom, summary);
                }

                if (rendered.TryGetValue(page, out var body))
                {
                    // Links in the body are root-relative: xml:base on the feed makes them absolute for readers.
                    xml.WriteStartElement("content", Atom);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteString(body.Body.Html);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    private static void Link(System.Xml.XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
