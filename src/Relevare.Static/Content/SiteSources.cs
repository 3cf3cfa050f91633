using System.Collections.Immutable;

namespace Relevare.Static.Content;

/// <summary>What discovery found: the paths of the site's pages, templates and assets, sorted ordinally.</summary>
internal sealed record SiteSources(
    ImmutableArray<string> Pages,
    ImmutableArray<string> Templates,
    ImmutableArray<string> Assets);
