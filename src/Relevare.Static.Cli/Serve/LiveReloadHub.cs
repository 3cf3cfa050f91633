using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// The server side of live reload: a Server-Sent Events stream per open page. Each stream first gets the current
/// build id, then every new one; a comment line every 15 s lets dead connections be noticed.
/// </summary>
internal sealed class LiveReloadHub
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private string _current;

    public LiveReloadHub(string buildId) => _current = buildId;

    /// <summary>Number of open streams (for tests and the status line).</summary>
    public int ListenerCount
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    /// <summary>Tells every open page that <paramref name="buildId"/> is now current.</summary>
    public void Publish(string buildId)
    {
        lock (_gate)
        {
            _current = buildId;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(buildId);
            }
        }
    }

    /// <summary>Streams build ids to one page until it goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(_current);
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var response = context.Response;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await Write(response, "retry: 1000\n\n", done.Token);
            while (!done.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(done.Token);
                wait.CancelAfter(Heartbeat);
                try
                {
                    var buildId = await channel.Reader.ReadAsync(wait.Token);
                    await Write(response, $"data: {buildId}\n\n", done.Token);
                }
                catch (OperationCanceledException) when (!done.IsCancellationRequested)
                {
                    await Write(response, ": ping\n\n", done.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }

    private static async Task Write(HttpResponse response, string text, CancellationToken cancel)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancel);
        await response.Body.FlushAsync(cancel);
    }
}
