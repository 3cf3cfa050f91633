using Relevare.Static.Configuration;
using Relevare.Static.Site;
using Scriban.Runtime;

namespace Relevare.Static.Incremental;

/// <summary>One build's reusable results, handed to the next build through <see cref="BuildCache"/>.</summary>
/// <param name="Options">The build options the results were made with (null: nothing made).</param>
/// <param name="Config">The configuration they were made with: site.yml and the data read with it (the people file).</param>
/// <param name="Pages">Content path → the bytes read and what validating them gave.</param>
/// <param name="Site">The site model, or null when the build stopped before it.</param>
/// <param name="SiteGlobal">The <c>site</c> template model made from <paramref name="Site"/>.</param>
/// <param name="SiteKey">Encoding of <paramref name="SiteGlobal"/> and the link targets (see <see cref="SiteFingerprint"/>).</param>
/// <param name="TemplatesKey">Encoding of the templates and whether they were usable.</param>
/// <param name="Renders">Content path → the page rendered and what rendering it gave.</param>
/// <param name="Scans">Output path → the page checked and what checking it on its own gave.</param>
internal sealed record CacheState(
    object? Options,
    SiteConfig? Config,
    IReadOnlyDictionary<string, CachedPage> Pages,
    SiteModel? Site,
    ScriptObject? SiteGlobal,
    byte[]? SiteKey,
    byte[]? TemplatesKey,
    IReadOnlyDictionary<string, CachedRender> Renders,
    IReadOnlyDictionary<string, CachedScan> Scans)
{
    public static readonly CacheState Empty = new(
        null, null, new Dictionary<string, CachedPage>(), null, null, null, null, new Dictionary<string, CachedRender>(), new Dictionary<string, CachedScan>());
}
