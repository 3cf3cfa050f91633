using System.Threading.Channels;

namespace Relevare.Static.Tests.Serve;

/// <summary>A live-reload event stream as a browser's EventSource reads it: the <c>data:</c> of each event, in order.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly Task _reader;

    private EventStream(HttpClient client, Stream stream)
    {
        _client = client;
        _reader = Task.Run(() => ReadAsync(stream));
    }

    public static async Task<EventStream> OpenAsync(Uri server)
    {
        var client = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        var response = await client.GetAsync("/__relevare/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(client, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event's data; fails after <paramref name="timeout"/>.</summary>
    public async Task<string> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no live-reload event within {timeout.TotalSeconds} s");
            throw;
        }
    }

    /// <summary>Events until one differs from <paramref name="buildId"/> (the ones equal to it are what a page ignores).</summary>
    public async Task<string> NextBuildAfterAsync(string buildId, TimeSpan timeout)
    {
        while (true)
        {
            var next = await NextAsync(timeout);
            if (next != buildId)
            {
                return next;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
        {
            // The stream was closed under the reader.
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                await _events.Writer.WriteAsync(line["data: ".Length..]);
            }
        }
    }
}
