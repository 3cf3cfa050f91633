using System.Collections.Concurrent;
using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Markdown;
using Relevare.Static.Site;
using Scriban.Runtime;

namespace Relevare.Static.Incremental;

/// <summary>
/// One build's use of a <see cref="BuildCache"/>: answers from the previous build's results when their inputs are
/// unchanged, records this build's results for the next one, and hands them back on dispose. Without a cache it
/// just computes. Thread-safe: pages are validated and rendered in parallel.
/// </summary>
internal sealed class BuildSession : IDisposable
{
    private readonly BuildCache? _cache;
    private readonly CacheState _previous;
    private readonly ConfigKey? _configKey;
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedRender> _renders = new(StringComparer.Ordinal);
    private byte[]? _renderScope;
    private bool _reuseRenders;
    private int _pagesRead;
    private int _pagesReused;
    private int _pagesRendered;
    private int _rendersReused;

    private BuildSession(BuildCache? cache, CacheState previous, ConfigKey? configKey)
    {
        _cache = cache;
        _previous = previous;
        _configKey = configKey;
    }

    /// <summary>Starts a build's session; <paramref name="cache"/> may be null (nothing is reused or kept).</summary>
    public static BuildSession Start(BuildCache? cache, ISourceFileSystem source, BuildOptions options)
    {
        if (cache is null)
        {
            return new BuildSession(null, CacheState.Empty, null);
        }

        cache.Take();
        try
        {
            // Read before the build reads it: if site.yml changes in between, the key is the older text, so the
            // next build sees a change and starts afresh (never the reverse, which would keep stale results).
            var siteYml = source.FileExists(SiteConfigLoader.FileName) ? source.ReadAllBytes(SiteConfigLoader.FileName) : null;
            var key = new ConfigKey(siteYml, options);
            var previous = cache.State.ConfigKey is { } old && old.Matches(key) ? cache.State : CacheState.Empty;
            return new BuildSession(cache, previous, key);
        }
        catch
        {
            cache.Return(CacheState.Empty, new BuildCacheStatistics(0, 0, 0, 0));
            throw;
        }
    }

    /// <summary>The result of validating <paramref name="path"/>: reused when its bytes are unchanged.</summary>
    public T Page<T>(string path, byte[] bytes, Func<byte[], T> validate)
        where T : class
    {
        if (_cache is null)
        {
            return validate(bytes);
        }

        if (_previous.Pages.TryGetValue(path, out var cached) && cached.Result is T reused && cached.Bytes.AsSpan().SequenceEqual(bytes))
        {
            Interlocked.Increment(ref _pagesReused);
            _pages[path] = cached;
            return reused;
        }

        var result = validate(bytes);
        Interlocked.Increment(ref _pagesRead);

        // A copy: the file system may hand out an array it later changes in place.
        _pages[path] = new CachedPage(bytes.ToArray(), result);
        return result;
    }

    /// <summary>
    /// Fixes what every page's rendering sees in this build; renders of the previous build are reused only if it
    /// is the same. Call once, before <see cref="Render{T}"/>.
    /// </summary>
    public void SetRenderScope(ScriptObject siteGlobal, LinkTargets targets, IEnumerable<KeyValuePair<string, string?>> templates, bool templatesUsable)
    {
        if (_cache is null)
        {
            return;
        }

        _renderScope = SiteFingerprint.Compute(siteGlobal, targets, templates, templatesUsable);
        _reuseRenders = _previous.RenderScope is { } old && old.AsSpan().SequenceEqual(_renderScope);
    }

    /// <summary>The result of rendering <paramref name="page"/>: reused when the page and the render scope are unchanged.</summary>
    public T Render<T>(Page page, Func<T> render)
        where T : class
    {
        if (_cache is null)
        {
            return render();
        }

        // Page is a record: equal when its source (the same validated instance while the file is unchanged), URL
        // and output path are, and any member added to it later takes part without a change here.
        var path = page.Source.Path;
        if (_reuseRenders && _previous.Renders.TryGetValue(path, out var cached) && cached.Result is T reused && cached.Page.Equals(page))
        {
            Interlocked.Increment(ref _rendersReused);
            _renders[path] = cached;
            return reused;
        }

        var result = render();
        Interlocked.Increment(ref _pagesRendered);
        _renders[path] = new CachedRender(page, result);
        return result;
    }

    /// <summary>
    /// Hands this build's results to the cache. Each result is kept with the complete inputs it was made from, so
    /// even a build that stopped early (site.yml errors) or failed leaves only valid entries; files not seen in
    /// this build (deleted, renamed) are dropped.
    /// </summary>
    public void Dispose() =>
        _cache?.Return(
            new CacheState(
                _configKey,
                _pages.ToImmutableDictionary(StringComparer.Ordinal),
                _renderScope,
                _renders.ToImmutableDictionary(StringComparer.Ordinal)),
            new BuildCacheStatistics(_pagesRead, _pagesReused, _pagesRendered, _rendersReused));
}
