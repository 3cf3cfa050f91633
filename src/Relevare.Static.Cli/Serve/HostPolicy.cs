using System.Net;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// Which <c>Host</c> headers and <c>Origin</c>s the dev server answers. A web page on another site can make a
/// browser send requests to the server (and, with DNS rebinding, under a name the attacker controls that resolves
/// to 127.0.0.1); refusing every host name but <c>localhost</c> stops it from reading the site being edited.
/// IP addresses are allowed: a page can only be served under an IP address if the editor typed it.
/// </summary>
internal sealed class HostPolicy
{
    private readonly string? _extraName;

    /// <param name="listenHost">The <c>--host</c> value: allowed too when it is a name.</param>
    public HostPolicy(string listenHost) =>
        _extraName = IPAddress.TryParse(listenHost, out _) ? null : listenHost;

    /// <summary>True when a request with this <c>Host</c> header (host and optional port) may be answered.</summary>
    public bool AllowsHost(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader))
        {
            return false;
        }

        var host = HostName(hostHeader);
        return host is not null
            && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
                || IPAddress.TryParse(host.Trim('[', ']'), out _)
                || (_extraName is not null && host.Equals(_extraName, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// True when a live-reload request with this <c>Origin</c> comes from the site itself: no Origin (browsers send
    /// none for same-origin event streams), or exactly <c>http://</c> + the request's own Host.
    /// </summary>
    public static bool AllowsOrigin(string? origin, string hostHeader) =>
        string.IsNullOrEmpty(origin) || origin.Equals("http://" + hostHeader, StringComparison.OrdinalIgnoreCase);

    // "example.com:8080" → "example.com"; "[::1]:8080" → "[::1]"; null when malformed.
    private static string? HostName(string hostHeader)
    {
        if (hostHeader.StartsWith('['))
        {
            var close = hostHeader.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? null : hostHeader[..(close + 1)];
        }

        var colon = hostHeader.LastIndexOf(':');
        return colon < 0 ? hostHeader : hostHeader[..colon];
    }
}
