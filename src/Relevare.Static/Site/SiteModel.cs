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

    /// <summary>The first page of the listing of <paramref name="section"/>, or null.</summary>
    public Listing? SectionListing(string section) =>
        Listings.FirstOrDefault(l => l.Kind == ListingKind.Section && l.PageNumber == 1 && l.Key == section);

    /// <summary>The first page of the listing of the condition with URL slug <paramref name="key"/>, or null.</summary>
    public Listing? ConditionListing(string key) =>
        Listings.FirstOrDefault(l => l.Kind == ListingKind.Condition && l.PageNumber == 1 && l.Key == key);
}
