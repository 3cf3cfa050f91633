using Relevare.Static.Configuration;

namespace Relevare.Static.Site;

/// <summary>
/// A page's language from the site's configuration. An extension in the site model's stage so that configuration,
/// an earlier stage, does not depend on pages (docs/architecture.md, "Stage order").
/// </summary>
internal static class SiteConfigLanguages
{
    /// <summary>The language of <paramref name="page"/> (the default language when the page has none).</summary>
    public static SiteLanguage LanguageOf(this SiteConfig config, SourcePage page) => config.LanguageTagged(page.Language);
}
