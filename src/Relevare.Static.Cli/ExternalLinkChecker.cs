using System.Collections.Concurrent;
using Relevare.Static.Checks;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Cli;

/// <summary>
/// Checks the external URLs a site uses (<c>relevare check --external</c>): each URL once, a limited number at a
/// time (and per host), retrying transient failures with backoff, skipping URLs the cache saw working recently.
/// </summary>
internal sealed class ExternalLinkChecker
{
    private readonly ILinkProbe _probe;
    private readonly ExternalCheckOptions _options;
    private readonly TimeProvider _time;

    public ExternalLinkChecker(ILinkProbe probe, ExternalCheckOptions options, TimeProvider time)
    {
        _probe = probe;
        _options = options;
        _time = time;
    }

    /// <summary>Checks <paramref name="links"/>; a broken URL is reported at every element that uses it.</summary>
    public async Task<ExternalCheckResult> CheckAsync(
        IReadOnlyList<ExternalLink> links, FindingReporter reporter, LinkCache cache, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(Math.Max(1, _options.Concurrency));
        var hosts = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        var failures = new ConcurrentBag<(ExternalLink Link, ProbeResult Result)>();
        var fromCache = 0;
        try
        {
            await Task.WhenAll(links.Select(async link =>
            {
                if (cache.IsFresh(link.Url, _time.GetUtcNow(), _options.CacheMaxAge))
                {
                    Interlocked.Increment(ref fromCache);
                    return;
                }

                var host = hosts.GetOrAdd(link.Url.Host, _ => new SemaphoreSlim(ExternalCheckOptions.PerHost));
                await host.WaitAsync(cancellationToken).ConfigureAwait(false);
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var result = await ProbeWithRetriesAsync(link.Url, cancellationToken).ConfigureAwait(false);
                    if (result.Ok)
                    {
                        cache.RecordSuccess(link.Url, _time.GetUtcNow());
                    }
                    else
                    {
                        failures.Add((link, result));
                    }
                }
                finally
                {
                    slots.Release();
                    host.Release();
                }
            })).ConfigureAwait(false);
        }
        finally
        {
            foreach (var host in hosts.Values)
            {
                host.Dispose();
            }
        }

        var diagnostics = failures
            .SelectMany(f => f.Link.Sites.Select(site => reporter.Create(
                DiagnosticCodes.CheckExternalLink, site,
                $"the external link '{f.Link.Url.AbsoluteUri}' fails: {f.Result.Problem}",
                Hint(f.Result))))
            .OfType<Diagnostic>()
            .ToList();
        return new ExternalCheckResult(diagnostics, links.Count, fromCache);
    }

    private static string Hint(ProbeResult result) => result.StatusCode switch
    {
        null => "if this computer is online, the site is down or gone: update or remove the link",
        401 or 403 or 429 => "if it works in a browser, the server may refuse automated checks; check it by hand, then mark the element data-check-ignore=\"RS0740\"",
        _ => "update or remove the link; a web archive copy (web.archive.org) can replace a vanished page",
    };

    private async Task<ProbeResult> ProbeWithRetriesAsync(Uri url, CancellationToken cancellationToken)
    {
        var delay = _options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            var result = await _probe.ProbeAsync(url, cancellationToken).ConfigureAwait(false);
            if (result.Ok || !result.Retryable || attempt >= _options.Retries)
            {
                return result;
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }

            delay *= 2;
        }
    }
}
