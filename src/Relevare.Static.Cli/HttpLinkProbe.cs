using System.Net;

namespace Relevare.Static.Cli;

/// <summary>
/// Probes a URL with HEAD, then GET when HEAD is refused (many servers answer HEAD with 403, 404 or 405). Only the
/// headers are read. Each attempt has its own timeout.
/// </summary>
internal sealed class HttpLinkProbe : ILinkProbe
{
    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;

    public HttpLinkProbe(HttpClient client, TimeSpan timeout)
    {
        _client = client;
        _timeout = timeout;
    }

    /// <summary>A client for link checking: follows redirects, identifies itself.</summary>
    public static HttpClient CreateClient(HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        client.Timeout = Timeout.InfiniteTimeSpan; // per attempt, below
        client.DefaultRequestHeaders.UserAgent.ParseAdd("relevare-check/0.1 (+https://github.com/relevare)");
        return client;
    }

    public async Task<ProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        var head = await SendAsync(HttpMethod.Head, url, cancellationToken).ConfigureAwait(false);
        return head.Ok || head.StatusCode is null ? head : await SendAsync(HttpMethod.Get, url, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProbeResult> SendAsync(HttpMethod method, Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new ProbeResult(true, status, null, false)
                : new ProbeResult(false, status, $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(false, null, $"no answer within {_timeout.TotalSeconds:0} s", true);
        }
        catch (HttpRequestException e)
        {
            return new ProbeResult(false, null, e.HttpRequestError == HttpRequestError.NameResolutionError ? "the host name does not resolve" : e.Message, true);
        }
    }
}
