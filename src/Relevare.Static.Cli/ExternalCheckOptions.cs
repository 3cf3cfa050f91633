namespace Relevare.Static.Cli;

/// <summary>How politely and patiently external links are checked.</summary>
/// <param name="Concurrency">Requests in flight at once (at most 2 per host).</param>
/// <param name="Retries">Extra attempts after a timeout, network error, 5xx or 429.</param>
/// <param name="RetryDelay">Wait before the first retry; doubled for each further one.</param>
/// <param name="CacheMaxAge">How long a URL that worked is trusted without asking again.</param>
internal sealed record ExternalCheckOptions(int Concurrency, int Retries, TimeSpan RetryDelay, TimeSpan CacheMaxAge)
{
    public const int PerHost = 2;
}
