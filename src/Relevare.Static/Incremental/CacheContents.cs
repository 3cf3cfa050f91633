using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;
using Relevare.Static.Templating;
using Scriban.Runtime;

namespace Relevare.Static.Incremental;

/// <summary>What one build made under one configuration, with the inputs each result was made from.</summary>
/// <param name="Config">The configuration: site.yml and the data read with it (the people file); null when none was read.</param>
/// <param name="Pages">Content path → the bytes read and what validating them gave.</param>
/// <param name="Site">The site model, or null when the build stopped before it or could not render.</param>
/// <param name="SiteGlobal">The <c>site</c> template model made from <paramref name="Site"/>.</param>
/// <param name="SiteKey">Encoding of <paramref name="SiteGlobal"/> and the link targets (see <see cref="SiteFingerprint"/>).</param>
/// <param name="TemplatesKey">Encoding of the templates and whether they were usable.</param>
/// <param name="Renders">Content path → the page rendered and what rendering it gave.</param>
/// <param name="Scans">Output path → the page checked and what checking it on its own gave.</param>
internal sealed record CacheContents(
    SiteConfig? Config,
    IReadOnlyDictionary<string, Memoised<byte[], PageResult<SourcePage>>> Pages,
    SiteModel? Site,
    ScriptObject? SiteGlobal,
    byte[]? SiteKey,
    byte[]? TemplatesKey,
    IReadOnlyDictionary<string, Memoised<Page, PageResult<RenderedPage>>> Renders,
    IReadOnlyDictionary<string, Memoised<ScanInput, PageScan>> Scans)
{
    /// <summary>Nothing made.</summary>
    public static readonly CacheContents Empty = new(
        null,
        new Dictionary<string, Memoised<byte[], PageResult<SourcePage>>>(),
        null,
        null,
        null,
        null,
        new Dictionary<string, Memoised<Page, PageResult<RenderedPage>>>(),
        new Dictionary<string, Memoised<ScanInput, PageScan>>());
}
