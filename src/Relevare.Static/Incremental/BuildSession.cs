using System.Collections.Concurrent;
using System.Reflection;
using Relevare.Static.Assets;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Output;
using Relevare.Static.Site;
using Relevare.Static.Templating;
using Scriban.Runtime;

namespace Relevare.Static.Incremental;

/// <summary>
/// One build's use of a <see cref="BuildCache"/>: answers from the previous build's results when their inputs are
/// unchanged, records this build's results for the next one, and hands them back on dispose. Without a cache it
/// just computes. Thread-safe where the pipeline is parallel (validating and rendering pages).
/// </summary>
internal sealed class BuildSession : IDisposable
{
    private readonly BuildCache? _cache;
    private readonly CacheState _candidate;
    private readonly object _options;
    private CacheState _previous = CacheState.Empty;
    private SiteConfig? _config;

    // Recorded from parallel workers: lock-free queues (a dictionary's locks were contended at thousands of pages).
    private readonly ConcurrentQueue<KeyValuePair<string, CachedPage>> _pages = new();
    private readonly ConcurrentQueue<KeyValuePair<string, CachedRender>> _renders = new();
    private readonly ConcurrentQueue<KeyValuePair<string, CachedScan>> _scans = new();
    private SiteModel? _site;
    private ScriptObject? _siteGlobal;
    private byte[]? _siteKey;
    private byte[]? _templatesKey;
    private bool _siteRestUnchanged;
    private bool _reuseRenders;
    private int _pagesRead;
    private int _pagesReused;
    private int _pagesRendered;
    private int _rendersReused;
    private int _pagesChecked;
    private int _checksReused;

    private BuildSession(BuildCache? cache, CacheState candidate, object options)
    {
        _cache = cache;
        _candidate = candidate;
        _options = options;
    }

    /// <summary>
    /// Starts a build's session; <paramref name="cache"/> may be null (nothing is reused or kept).
    /// <paramref name="options"/> are the build's options, compared with <see cref="object.Equals(object)"/> (a
    /// record's value equality): typed as object because this stage comes before the orchestrator that defines them.
    /// </summary>
    public static BuildSession Start(BuildCache? cache, object options)
    {
        cache?.Take();
        return new BuildSession(cache, cache?.State ?? CacheState.Empty, options);
    }

    /// <summary>
    /// Sets the configuration of this build. Nothing from the previous build is reused unless it was made with equal
    /// build options and an equal configuration — compared as loaded (site.yml and the data read with it, such as
    /// the people file), so whatever is added to the configuration later is covered too. Until this is called,
    /// nothing is reused.
    /// </summary>
    public void UseConfig(SiteConfig config)
    {
        _config = config;
        if (_cache is not null && Equals(_candidate.Options, _options) && _candidate.Config is { } old && StructuralEquality.AreEqual(old, config, _ => false))
        {
            _previous = _candidate;
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
            _pages.Enqueue(KeyValuePair.Create(path, cached));
            return reused;
        }

        var result = validate(bytes);
        Interlocked.Increment(ref _pagesRead);

        // A copy: the file system may hand out an array it later changes in place.
        _pages.Enqueue(KeyValuePair.Create(path, new CachedPage(bytes.ToArray(), result)));
        return result;
    }

    /// <summary>
    /// The <c>site</c> template model for <paramref name="site"/>: the previous build's when the two site models are
    /// equal apart from page bodies, which is the case after an edit to a page's text only. This relies on the
    /// site template model not depending on page bodies (a test guards it). Building it and comparing it costs
    /// about as much as rendering a hundred pages at 4000 pages, hence the shortcut.
    /// </summary>
    public ScriptObject SiteGlobal(SiteModel site, TemplateStrings? strings = null)
    {
        _site = site;

        // Everything of the site model but its page list (configuration, link targets, assets and their hashed
        // names, redirects, listings, and whatever is added later) is seen by renders directly, not only through
        // the site template model: it must be unchanged for any render to be reused. The asset manifest is a class
        // made from its list of assets alone, so that list is what is compared.
        _siteRestUnchanged = _cache is not null && _previous.Site is { } before
            && StructuralEquality.AreEqual(before with { Pages = [], Assets = AssetManifest.Empty }, site with { Pages = [], Assets = AssetManifest.Empty }, IsPageBody)
            && StructuralEquality.AreEqual(before.Assets.Assets, site.Assets.Assets, IsPageBody);
        if (_siteRestUnchanged && _previous is { Site: { } previousSite, SiteGlobal: { } previousGlobal }
            && StructuralEquality.AreEqual(previousSite.Pages, site.Pages, IsPageBody))
        {
            _siteGlobal = previousGlobal;
            _siteKey = _previous.SiteKey;
            return previousGlobal;
        }

        _siteGlobal = TemplateModel.Site(site, strings);
        return _siteGlobal;
    }

    /// <summary>
    /// Fixes what every page's rendering sees in this build; renders of the previous build are reused only if it
    /// is the same. Call once, after <see cref="SiteGlobal"/> and before <see cref="Render{T}"/>.
    /// </summary>
    public void SetRenderScope(IEnumerable<KeyValuePair<string, string?>> templates, bool templatesUsable)
    {
        if (_cache is null || _site is null || _siteGlobal is null)
        {
            return;
        }

        _siteKey ??= SiteFingerprint.OfSite(_siteGlobal, _site.LinkTargets);
        _templatesKey = SiteFingerprint.OfTemplates(templates, templatesUsable);
        _reuseRenders = _siteRestUnchanged && Same(_previous.SiteKey, _siteKey) && Same(_previous.TemplatesKey, _templatesKey);
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
            _renders.Enqueue(KeyValuePair.Create(path, cached));
            return reused;
        }

        var result = render();
        Interlocked.Increment(ref _pagesRendered);
        _renders.Enqueue(KeyValuePair.Create(path, new CachedRender(page, result)));
        return result;
    }

    /// <summary>
    /// The result of checking <paramref name="file"/> on its own (its structure, images, links' text, safety; not
    /// where its links lead, which depends on the other pages and is checked every time): reused when the page's
    /// bytes and its origin (source and rendered Markdown, for line numbers) are unchanged. The check options
    /// come from site.yml and the build options, whose change empties the cache.
    /// </summary>
    public PageScan Scan(OutputFile file, PageOrigin? origin, Func<PageScan> scan)
    {
        if (_cache is null)
        {
            return scan();
        }

        if (_previous.Scans.TryGetValue(file.Path, out var cached)
            && cached.Html.Span.SequenceEqual(file.Content.Span)
            && StructuralEquality.AreEqual(cached.Origin, origin, _ => false))
        {
            Interlocked.Increment(ref _checksReused);
            _scans.Enqueue(KeyValuePair.Create(file.Path, cached));
            return cached.Result;
        }

        var result = scan();
        Interlocked.Increment(ref _pagesChecked);
        _scans.Enqueue(KeyValuePair.Create(file.Path, new CachedScan(file.Content, origin, result)));
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
                _options,
                _config,
                new Dictionary<string, CachedPage>(_pages, StringComparer.Ordinal),
                _site,
                _siteGlobal,
                _siteKey,
                _templatesKey,
                new Dictionary<string, CachedRender>(_renders, StringComparer.Ordinal),
                new Dictionary<string, CachedScan>(_scans, StringComparer.Ordinal)),
            new BuildCacheStatistics(_pagesRead, _pagesReused, _pagesRendered, _rendersReused, _pagesChecked, _checksReused));

    private static bool IsPageBody(PropertyInfo property) =>
        property.DeclaringType == typeof(SourcePage) && property.Name is nameof(SourcePage.Body) or nameof(SourcePage.Utf8Body) or nameof(SourcePage.BodyFirstLine);

    private static bool Same(byte[]? a, byte[]? b) => a is not null && b is not null && a.AsSpan().SequenceEqual(b);
}
