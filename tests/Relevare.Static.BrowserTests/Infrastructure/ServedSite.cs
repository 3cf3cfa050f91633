namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>A built site and the local server serving it.</summary>
internal sealed class ServedSite : IAsyncDisposable
{
    private ServedSite(BuiltSite site, StaticSiteServer server)
    {
        Site = site;
        Server = server;
    }

    public BuiltSite Site { get; }

    public StaticSiteServer Server { get; }

    /// <summary>The absolute URL of a page path such as <c>/about/</c>.</summary>
    public Uri Url(string page) => Server.Url(page);

    /// <summary>
    /// Starts a server on <paramref name="output"/>, then builds <paramref name="source"/> into it with the server's
    /// address as base URL, so canonical links point at the origin being tested (as for a preview deployment).
    /// </summary>
    public static async Task<ServedSite> BuildAndServeAsync(
        string source, string output, IReadOnlyList<KeyValuePair<string, string>>? defaultHeaders = null)
    {
        Directory.CreateDirectory(output);
        var server = await StaticSiteServer.StartAsync(output, defaultHeaders);
        try
        {
            var site = SiteBuild.Run(source, output, server.BaseUri);
            return new ServedSite(site, server);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
