using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>What checking one page on its own found, and what the cross-page checks need from it.</summary>
/// <param name="Path">The page, e.g. <c>conditions/migraine/index.html</c>.</param>
/// <param name="Page">Where to report findings about the whole page.</param>
/// <param name="Anchors">Every id and <c>a[name]</c> on the page: the fragments it offers.</param>
/// <param name="References">The page's URLs that the checks across pages read, in document order (<see cref="PageLink.Of"/>).</param>
/// <param name="IsRedirect">True for a page that only redirects (meta refresh): not reported as an orphan.</param>
/// <param name="Diagnostics">The page's own findings.</param>
internal sealed record PageScan(
    string Path,
    FindingSite Page,
    AnchorSet Anchors,
    ImmutableArray<PageLink> References,
    bool IsRedirect,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The page's <c>&lt;html lang&gt;</c>, or null when it has none.</summary>
    public string? Language { get; init; }

    /// <summary>The page's <c>&lt;link rel="alternate" hreflang&gt;</c> links, in document order.</summary>
    public ImmutableArray<HreflangLink> Alternates { get; init; } = [];
}
