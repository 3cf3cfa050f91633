using System.Collections.Immutable;

namespace Relevare.Static.Content;

/// <summary>What discovery found: the paths of the site's pages, templates and assets, sorted ordinally.</summary>
internal sealed record SiteSources(
    ImmutableArray<string> Pages,
    ImmutableArray<string> Templates,
    ImmutableArray<string> Assets)
{
    /// <summary>Images kept in content/ next to the pages that show them (published when a page shows them).</summary>
    public ImmutableArray<string> ContentImages { get; init; } = [];

    /// <summary>The strings files of the templates' own words, <c>templates/strings/&lt;tag&gt;.yml</c>.</summary>
    public ImmutableArray<string> Strings { get; init; } = [];
}
