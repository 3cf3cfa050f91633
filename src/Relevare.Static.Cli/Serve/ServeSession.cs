using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Relevare.Static.Diagnostics;
using Relevare.Static.Incremental;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// One run of <c>relevare serve</c>: builds the site, serves it, and rebuilds it whenever its sources change.
/// </summary>
/// <remarks>
/// <para>Changes reported by the <see cref="SiteWatcher"/> make the <see cref="WatchedSourceFileSystem"/> forget
/// those files and wake the rebuild loop, which waits until the files have been quiet for
/// <see cref="ServeOptions.Debounce"/> and then builds — one build at a time, incrementally through one
/// <see cref="BuildCache"/>. A change during a build leads to one more build after it.</para>
/// <para>Each build's outcome replaces the <see cref="ServedSite"/>; when it changed anything, its new build id
/// goes to every open page, which reloads. A failed build keeps the last good files and shows the error overlay.</para>
/// <para>The server must outlive any content. Builds run under the pipeline's own guards (size limits, Markdig's
/// nesting limit and parse time budget, template loop and recursion limits, a per-file catch of library
/// failures); on top of these, an exception escaping a build is reported as an error instead of ending the
/// server, and a build that takes longer than <see cref="ServeOptions.BuildTimeout"/> (the watchdog) is
/// abandoned: the server reports it, drops the cache the build holds and carries on with a fresh one.</para>
/// </remarks>
internal sealed class ServeSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly WatchedSourceFileSystem _files;
    private readonly DiskImageCache _images;
    private readonly BuildOptions _buildOptions;
    private readonly string _instance = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _changesGate = new();
    private readonly List<string> _changes = [];
    private readonly OutputMirror? _mirror;
    private BuildCache _cache = new();
    private IReadOnlyDictionary<string, ReadOnlyMemory<byte>> _lastGood = new Dictionary<string, ReadOnlyMemory<byte>>();
    private ServedSite _site;
    private SiteWatcher? _watcher;
    private DevServer? _server;
    private OutputLock? _outputLock;
    private Task _loop = Task.CompletedTask;
    private long _lastChange;
    private int _builds;

    private ServeSession(ServeOptions options, TextWriter log)
    {
        _options = options;
        _log = TextWriter.Synchronized(log);
        _files = new WatchedSourceFileSystem(options.Source);
        _images = new DiskImageCache(options.Source);
        _buildOptions = new BuildOptions(options.IncludeDrafts);
        _mirror = options.Output is null ? null : new OutputMirror(options.Output);
        _site = new ServedSite(_instance + "-0", _lastGood, []);
        Hub = new LiveReloadHub(_site.BuildId);
    }

    /// <summary>Where the site is served.</summary>
    public Uri Url => _server?.Url ?? throw new InvalidOperationException("the server has not started");

    /// <summary>What is served now.</summary>
    public ServedSite Site => Volatile.Read(ref _site);

    /// <summary>The live-reload streams.</summary>
    public LiveReloadHub Hub { get; }

    /// <summary>The incremental counts of the latest build.</summary>
    public BuildCacheStatistics LastBuild => Volatile.Read(ref _cache).LastBuild;

    /// <summary>
    /// Starts watching, builds the site once, and starts the server. A build with errors does not stop it: the
    /// server then shows the errors. <paramref name="outputLock"/> (for <see cref="ServeOptions.Output"/>) is owned by the session from here on.
    /// </summary>
    public static async Task<ServeSession> StartAsync(ServeOptions options, TextWriter log, OutputLock? outputLock, CancellationToken cancel)
    {
        var session = new ServeSession(options, log) { _outputLock = outputLock };
        try
        {
            // Watch first: a change during the first build then causes a second one instead of being missed.
            session._watcher = new SiteWatcher(options.Source, session.OnChanged, session.OnLost);
            await session.RebuildAsync(cancel);
            session._server = await DevServer.StartAsync(options.Address, options.Port, options.Host, () => session.Site, session.Hub, cancel);
            session._loop = Task.Run(() => session.LoopAsync(session._stop.Token), CancellationToken.None);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _watcher?.Dispose();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation.
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _outputLock?.Dispose();
        _stop.Dispose();
    }

    private void OnChanged(string path, bool listingChanged)
    {
        _files.Invalidate(path, listingChanged);
        lock (_changesGate)
        {
            _changes.Add(path);
        }

        Interlocked.Exchange(ref _lastChange, Stopwatch.GetTimestamp());
        _wake.Writer.TryWrite(true);
    }

    private void OnLost(Exception error)
    {
        _files.InvalidateAll();
        _log.WriteLine($"note: the file watcher may have missed changes ({error.Message}); reading every file again");
        Interlocked.Exchange(ref _lastChange, Stopwatch.GetTimestamp());
        _wake.Writer.TryWrite(true);
    }

    private async Task LoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await _wake.Reader.ReadAsync(stop);

            // Debounce: wait until no change has arrived for the quiet period.
            while (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastChange)) is var quiet && quiet < _options.Debounce)
            {
                await Task.Delay(_options.Debounce - quiet, stop);
            }

            // Changes arriving from here on wake the loop again, so none is missed.
            _wake.Reader.TryRead(out _);
            try
            {
                await RebuildAsync(stop);
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                // RebuildAsync reports build failures itself; this is a bug around it. The loop must go on.
                _log.WriteLine($"error: internal error in relevare serve ({e.GetType().Name}: {e.Message}); still serving, waiting for the next change");
            }
        }
    }

    private async Task RebuildAsync(CancellationToken cancel)
    {
        string[] changed;
        lock (_changesGate)
        {
            changed = [.. _changes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            _changes.Clear();
        }

        var stopwatch = Stopwatch.StartNew();
        var cache = _cache;
        var options = _buildOptions with { Today = CliOptions.TodayOr(_options.Today, _options.Clock) };

        // The watchdog is timed by the session's clock and set before the build starts, and it wins a tie: a
        // deadline that has passed (as a test's clock can make it) reports the build whatever the machine's load.
        var watchdog = Task.Delay(_options.BuildTimeout, _options.Clock, cancel);
        var build = Task.Run(() => SiteBuilder.Build(_files, options, cache, images: _images), CancellationToken.None);
        BuildResult? result = null;
        ImmutableArray<Diagnostic> problems;
        try
        {
            var first = await Task.WhenAny(watchdog, build);
            if (first == build)
            {
                result = await build;
                problems = result.Succeeded ? [] : result.Diagnostics;
            }
            else
            {
                cancel.ThrowIfCancellationRequested();

                // The watchdog: the build cannot be stopped from outside, so it is left to finish on its own and
                // its cache (which it still holds) is replaced.
                _ = build.ContinueWith(t => t.Exception, TaskScheduler.Default);
                Volatile.Write(ref _cache, new BuildCache());
                problems = [Problem(changed, $"the build took longer than {_options.BuildTimeout.TotalSeconds:0} s and was abandoned{Culprit(changed)}",
                    "look for a very long or deeply nested paste in the file you changed; if the server stays slow, restart it")];
            }
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            Volatile.Write(ref _cache, new BuildCache());
            problems = [Problem(changed, $"internal error while building ({e.GetType().Name}: {e.Message}){Culprit(changed)}",
                "this is a bug in relevare: please report it with the file you changed; the last good site is still served")];
        }

        Publish(result, problems, stopwatch.Elapsed);
    }

    private void Publish(BuildResult? result, ImmutableArray<Diagnostic> problems, TimeSpan elapsed)
    {
        if (result is { Succeeded: true })
        {
            _lastGood = ServedSite.Index(result.Files);
            try
            {
                _mirror?.Sync(_lastGood);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _log.WriteLine($"error: could not update {_options.Output}: {e.Message}");
            }
        }

        var current = Site;
        var next = new ServedSite(current.BuildId, _lastGood, problems);
        if (_builds == 0 || !next.SameContentAs(current))
        {
            next = next with { BuildId = string.Create(CultureInfo.InvariantCulture, $"{_instance}-{_builds + 1}") };
            Volatile.Write(ref _site, next);
            Hub.Publish(next.BuildId);
        }

        _builds++;
        Report(result, problems, elapsed);
    }

    private void Report(BuildResult? result, ImmutableArray<Diagnostic> problems, TimeSpan elapsed)
    {
        var diagnostics = result?.Diagnostics ?? problems;
        DiagnosticPrinter.PrintText(_log, diagnostics, githubActions: false);
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Length - errors;
        var counts = $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";
        var stats = _cache.LastBuild;
        var time = string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");
        var done = _builds == 1
            ? $"Built {result?.PageCount ?? 0} pages in {time}"
            : $"Rebuilt in {time} ({stats.PagesRendered} of {stats.PagesRendered + stats.RendersReused} pages rendered)";
        _log.WriteLine(problems.IsEmpty
            ? $"{done} — {counts}"
            : $"Build failed: {counts} — the browser shows the errors; the last good site is kept");
    }

    private static Diagnostic Problem(string[] changed, string message, string hint) =>
        Diagnostic.Error(DiagnosticCodes.InternalError, SourceLocation.File(changed.FirstOrDefault() ?? "site.yml"), message, hint);

    private static string Culprit(string[] changed) => changed.Length switch
    {
        0 => "",
        1 => $"; it started after a change to {changed[0]}",
        _ => $"; it started after changes to {changed[0]} and {changed.Length - 1} other file(s)",
    };
}
