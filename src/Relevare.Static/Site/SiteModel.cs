using System.Collections.Immutable;
using Relevare.Static.Assets;
using Relevare.Static.Configuration;
using Relevare.Static.Markdown;

namespace Relevare.Static.Site;

/// <summary>The whole site before rendering: configuration, published pages in a stable order, and link targets.</summary>
internal sealed record SiteModel(SiteConfig Config, ImmutableArray<Page> Pages, LinkTargets LinkTargets)
{
    /// <summary>Every asset as it is published (names, integrity values, bytes).</summary>
    public AssetManifest Assets { get; init; } = AssetManifest.Empty;

    /// <summary>The pages' old URLs, each published as a redirect; ordered by URL.</summary>
    public ImmutableArray<Redirect> Redirects { get; init; } = [];

    /// <summary>Every page of every generated listing (only when publishing); ordered by URL.</summary>
    public ImmutableArray<Listing> Listings { get; init; } = [];

    /// <summary>
    /// The translation groups: by translation key, the published pages that have it, one per language, in site.yml's
    /// order of languages. Pages whose key is shared with another page of their language (an error) are in none.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<Translation>> TranslationGroups { get; init; } =
        ImmutableDictionary<string, ImmutableArray<Translation>>.Empty;

    /// <summary>
    /// The other pages of <paramref name="page"/>'s translation group (the page itself left out), in site.yml's order
    /// of languages; empty when the page has no translation.
    /// </summary>
    public ImmutableArray<Translation> TranslationsOf(Page page) =>
        TranslationGroups.TryGetValue(page.Source.TranslationKey, out var group) && group.Any(t => ReferenceEquals(t.Page, page) || t.Page.Equals(page))
            ? [.. group.Where(t => !(ReferenceEquals(t.Page, page) || t.Page.Equals(page)))]
            : [];

    /// <summary>
    /// The whole translation group of <paramref name="page"/>, itself included, in site.yml's order of languages; empty
    /// when the page has no translation.
    /// </summary>
    public ImmutableArray<Translation> GroupOf(Page page) =>
        TranslationsOf(page).IsEmpty ? [] : TranslationGroups[page.Source.TranslationKey];

    /// <summary>
    /// By source path, what each out-of-date translation tells its readers (the page it translates changed since);
    /// a translation that is current has none.
    /// </summary>
    public ImmutableDictionary<string, TranslationNotice> OutdatedTranslations { get; init; } =
        ImmutableDictionary<string, TranslationNotice>.Empty;

    /// <summary>
    /// By source path (a page of the default language), its translations that still translate its reviewed version
    /// while a change to it waits for its sign-off: they go out of date at that sign-off, and its RS0623 says so.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> TranslationsAwaitingSignOff { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The language of <paramref name="page"/>.</summary>
    public SiteLanguage LanguageOf(Page page) => Config.LanguageOf(page.Source);

    /// <summary>The first page of the listing of <paramref name="section"/>, or null.</summary>
    public Listing? SectionListing(string section, string language = "") =>
        Listings.FirstOrDefault(l => l.Kind == ListingKind.Section && l.PageNumber == 1 && l.Key == section && l.Language == language);

    /// <summary>The first page of the listing of the condition with URL slug <paramref name="key"/>, or null.</summary>
    public Listing? ConditionListing(string key, string language = "") =>
        Listings.FirstOrDefault(l => l.Kind == ListingKind.Condition && l.PageNumber == 1 && l.Key == key && l.Language == language);
}
