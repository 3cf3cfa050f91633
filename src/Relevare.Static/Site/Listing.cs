using System.Collections.Immutable;

namespace Relevare.Static.Site;

/// <summary>One page of a generated listing (a section's or a condition's pages), placed like any other page.</summary>
/// <param name="Kind">Section or condition.</param>
/// <param name="Key">The section's folder name, or the condition's URL slug.</param>
/// <param name="Name">What is listed, as written (<c>conditions</c>, <c>migraine</c>).</param>
/// <param name="Title">The listing's title, e.g. <c>Migraine</c> (the same on every page of the listing).</param>
/// <param name="Url">This page's URL, e.g. <c>/topics/migraine/</c> or <c>/conditions/page/2/</c>.</param>
/// <param name="OutputPath">This page's path in the output.</param>
/// <param name="PageNumber">1-based number of this page in the listing.</param>
/// <param name="PageUrls">The URLs of every page of the listing, in order.</param>
/// <param name="Items">The pages listed on this page, newest first.</param>
internal sealed record Listing(
    ListingKind Kind,
    string Key,
    string Name,
    string Title,
    string Url,
    string OutputPath,
    int PageNumber,
    ImmutableArray<string> PageUrls,
    ImmutableArray<Page> Items)
{
    /// <summary>The tag of the language whose pages are listed (empty: the site's default language).</summary>
    public string Language { get; init; } = "";

    /// <summary>How many pages the listing has.</summary>
    public int PageCount => PageUrls.Length;
}
