namespace Relevare.Static.Incremental;

/// <summary>
/// One build's use of a <see cref="BuildCache"/>: holds the cache for the whole build (builds through one cache
/// must not overlap) and hands this build's results back to it on dispose. The memos themselves come from
/// <see cref="Configure"/>, since nothing a build makes is independent of its configuration.
/// </summary>
/// <typeparam name="TOptions">The build options, compared by value (a record): equal options are a condition of any reuse.</typeparam>
internal sealed class BuildSession<TOptions> : IDisposable
    where TOptions : class, IEquatable<TOptions>
{
    private readonly BuildCache? _cache;
    private readonly TOptions _options;
    private readonly CacheState<TOptions> _candidate;
    private CacheScope? _scope;

    private BuildSession(BuildCache? cache, TOptions options, CacheState<TOptions> candidate)
    {
        _cache = cache;
        _options = options;
        _candidate = candidate;
    }

    /// <summary>Starts a build's session; <paramref name="cache"/> may be null (nothing is reused or kept).</summary>
    public static BuildSession<TOptions> Start(BuildCache? cache, TOptions options) =>
        new(cache, options, cache?.Take<TOptions>() ?? CacheState<TOptions>.Empty);

    /// <summary>
    /// The memos of this build, made with <paramref name="config"/>. They offer the previous build's results only if
    /// it was made with equal build options and an equal configuration — compared as loaded (site.yml and the data
    /// read with it, such as the people file), so whatever is added to the configuration later is covered too.
    /// A build has one configuration: a second call is a bug.
    /// </summary>
    public CacheScope Configure(Configuration.SiteConfig config)
    {
        if (_scope is not null)
        {
            throw new InvalidOperationException("this build's configuration is already set");
        }

        var same = _cache is not null && _options.Equals(_candidate.Options)
            && _candidate.Contents.Config is { } old && StructuralEquality.AreEqual(old, config, _ => false);
        _scope = new CacheScope(_cache is not null, config, same ? _candidate.Contents : CacheContents.Empty);
        return _scope;
    }

    /// <summary>
    /// Hands this build's results to the cache. Each result is kept with the complete inputs it was made from, so
    /// even a build that stopped early (site.yml errors) or failed leaves only valid entries; files not seen in
    /// this build (deleted, renamed) are dropped.
    /// </summary>
    public void Dispose() =>
        _cache?.Return(
            new CacheState<TOptions>(_options, _scope?.Made ?? CacheContents.Empty),
            _scope?.Statistics ?? new BuildCacheStatistics(0, 0, 0, 0, 0, 0));
}
