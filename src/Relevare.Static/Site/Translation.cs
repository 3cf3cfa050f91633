using Relevare.Static.Configuration;

namespace Relevare.Static.Site;

/// <summary>One page of a translation group: the page in <paramref name="Language"/> that has a given translation key.</summary>
/// <param name="Language">The page's language.</param>
/// <param name="Page">The published page.</param>
internal sealed record Translation(SiteLanguage Language, Page Page)
{
    /// <summary>The page's site-relative URL, e.g. <c>/es/conditions/migrana/</c>.</summary>
    public string Url => Page.Url;
}
