using System.Net.Sockets;
using System.Text;

namespace Relevare.Static.Tests.Serve;

/// <summary>
/// Sends a request exactly as written. HttpClient would normalise the path (removing <c>../</c>, decoding some
/// escapes) and set the Host header itself, which is just what attacks do not do.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> GetAsync(Uri server, string target, string? host = null, params string[] headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        using var stream = client.GetStream();
        var request = new StringBuilder()
            .Append("GET ").Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(host ?? server.Authority).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var header in headers)
        {
            request.Append(header).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()));
        using var buffer = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var chunk = new byte[8192];
        int read;

        // An event stream never ends: stop after the headers and the first event.
        while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
        {
            buffer.Write(chunk, 0, read);
            var sofar = Encoding.UTF8.GetString(buffer.ToArray());
            if (sofar.Contains("text/event-stream", StringComparison.Ordinal) && sofar.Contains("data: ", StringComparison.Ordinal))
            {
                break;
            }
        }

        return RawResponse.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

/// <summary>A parsed HTTP/1.1 response.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static RawResponse Parse(string text)
    {
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? text : text[..headerEnd];
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new RawResponse(status, headers, headerEnd < 0 ? "" : text[(headerEnd + 4)..]);
    }
}
