namespace Relevare.Static.Incremental;

/// <summary>
/// What one build leaves for the next, so that a rebuild after a small edit redoes only what the edit affects
/// (<c>relevare serve</c> keeps one for its whole session). Pass the same cache to successive
/// <see cref="SiteBuilder.Build"/> calls; the result is byte for byte the result of a build without a cache.
/// </summary>
/// <remarks>
/// Two things are kept. Per content file: its bytes and what validating its front matter gave (page or
/// diagnostics). Per page: what rendering it gave, reused only while the page itself (source, URL, output path)
/// and everything every page sees — the <c>site</c> template model (which lists every page's summary), the link
/// targets, the templates — are unchanged. A change to the configuration (<c>site.yml</c>, the people file) or to
/// the build options empties the cache.
/// So a body edit re-renders one page; a title edit changes <c>site.pages</c> and re-renders every page; a template
/// edit re-renders every page. Builds through one cache must not overlap: a second concurrent build throws.
/// </remarks>
public sealed class BuildCache
{
    private readonly Lock _gate = new();
    private bool _inUse;

    /// <summary>Counts of the last build made through this cache.</summary>
    public BuildCacheStatistics LastBuild { get; private set; } = new(0, 0, 0, 0, 0, 0);

    // The last session's CacheState<TOptions>, read and replaced only by the one session holding the cache (see
    // Take/Return). Untyped here because the cache is made before any build, and this stage cannot name the
    // orchestrator's options; each session reads back the type it wrote (another type reads as empty).
    private object? _state;

    /// <summary>What the last build made (its site model, pages, renders and checks).</summary>
    internal CacheContents State { get; private set; } = CacheContents.Empty;

    internal CacheState<TOptions> Take<TOptions>()
        where TOptions : class
    {
        lock (_gate)
        {
            if (_inUse)
            {
                throw new InvalidOperationException("another build is using this BuildCache; builds through one cache must not overlap");
            }

            _inUse = true;
            return _state as CacheState<TOptions> ?? CacheState<TOptions>.Empty;
        }
    }

    internal void Return<TOptions>(CacheState<TOptions> next, BuildCacheStatistics statistics)
        where TOptions : class
    {
        lock (_gate)
        {
            _state = next;
            State = next.Contents;
            LastBuild = statistics;
            _inUse = false;
        }
    }
}
