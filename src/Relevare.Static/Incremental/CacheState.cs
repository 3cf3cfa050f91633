using System.Collections.Immutable;

namespace Relevare.Static.Incremental;

/// <summary>One build's reusable results, handed to the next build through <see cref="BuildCache"/>.</summary>
/// <param name="ConfigKey">The site.yml bytes and build options the results were made with (null: nothing made).</param>
/// <param name="Pages">Content path → the bytes read and what validating them gave.</param>
/// <param name="RenderScope">Fingerprint of everything every page's rendering sees (see <see cref="SiteFingerprint"/>).</param>
/// <param name="Renders">Content path → the page rendered and what rendering it gave.</param>
internal sealed record CacheState(
    ConfigKey? ConfigKey,
    ImmutableDictionary<string, CachedPage> Pages,
    byte[]? RenderScope,
    ImmutableDictionary<string, CachedRender> Renders)
{
    public static readonly CacheState Empty = new(
        null, ImmutableDictionary<string, CachedPage>.Empty, null, ImmutableDictionary<string, CachedRender>.Empty);
}
