using System.Net;
using Relevare.Static.Cli.Serve;

namespace Relevare.Static.Tests.Serve;

/// <summary>Starts <c>relevare serve</c>'s session in-process on a free loopback port, as the command does.</summary>
internal static class Serving
{
    /// <summary>A small site with two pages and a stylesheet.</summary>
    public const string Site = """
        -- content/index.md --
        ---
        title: Home
        ---
        Welcome. See [about](about.md).
        -- content/about.md --
        ---
        title: About
        ---
        About us.
        -- assets/site.css --
        body { color: #222; }
        """;

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static Task<ServeSession> StartAsync(SiteFolder site, TextWriter? log = null, Func<ServeOptions, ServeOptions>? configure = null)
    {
        var options = new ServeOptions(site.Root, IPAddress.Loopback, "127.0.0.1", Port: 0, IncludeDrafts: false, Output: null);
        return ServeSession.StartAsync(configure?.Invoke(options) ?? options, log ?? TextWriter.Null, outputLock: null, CancellationToken.None);
    }

    public static HttpClient Client(ServeSession session) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = session.Url, Timeout = Patience };
}
