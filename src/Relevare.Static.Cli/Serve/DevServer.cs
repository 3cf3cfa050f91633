using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// Kestrel serving the built site from memory: pages (with the live-reload script added), the error overlay while
/// the build fails, the live-reload script and event stream. Requests are checked in this order: Host header,
/// method, path (decoded once and contained, see <see cref="RequestPath"/>), then looked up among the built files
/// only. No CORS headers are ever sent.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<ServedSite> _site;
    private readonly LiveReloadHub _hub;
    private readonly HostPolicy _hosts;
    private readonly CancellationTokenSource _stopping = new();

    private DevServer(WebApplication app, Func<ServedSite> site, LiveReloadHub hub, HostPolicy hosts)
    {
        _app = app;
        _site = site;
        _hub = hub;
        _hosts = hosts;
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:8080/</c> (the real port when 0 was asked for).</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public static async Task<DevServer> StartAsync(IPAddress address, int port, string listenHost, Func<ServedSite> site, LiveReloadHub hub, CancellationToken cancel)
    {
        // The empty builder reads no configuration files or ASPNETCORE_* variables and logs nothing: the server
        // listens exactly where asked.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "relevare" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        var app = builder.Build();
        var server = new DevServer(app, site, hub, new HostPolicy(listenHost));
        app.Run(server.HandleAsync);
        await app.StartAsync(cancel);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token);
        }

        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        if (!_hosts.AllowsHost(request.Headers.Host))
        {
            await Text(context, StatusCodes.Status403Forbidden,
                "Blocked: relevare serve answers only to localhost and IP addresses (Host header check against DNS rebinding).\n");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(context, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD.\n");
            return;
        }

        // The raw target, not Request.Path: Kestrel has already decoded and normalised the latter, and decoding
        // happens exactly once, in RequestPath.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var path = RequestPath.Decode(raw);
        var site = _site();
        switch (path)
        {
            case "__relevare/live.js":
                await Send(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            case "__relevare/overlay.css":
                await Send(context, StatusCodes.Status200OK, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(ErrorOverlay.Style));
                return;
            case "__relevare/events":
                if (!HostPolicy.AllowsOrigin(request.Headers.Origin, request.Headers.Host!) || IsCrossSite(request))
                {
                    await Text(context, StatusCodes.Status403Forbidden, "Blocked: the live-reload stream is for the site's own pages.\n");
                    return;
                }

                await _hub.StreamAsync(context, _stopping.Token);
                return;
            case null:
                await NotFound(context, site);
                return;
        }

        var file = RequestPath.FileFor(path);
        var isPage = file.EndsWith(".html", StringComparison.Ordinal);
        if (site.Failing && (isPage || !Path.HasExtension(file)))
        {
            await Send(context, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", ErrorOverlay.Render(site.Problems, site.BuildId));
            return;
        }

        if (site.Files.TryGetValue(file, out var bytes))
        {
            var body = isPage ? LiveReload.Inject(bytes.Span, site.BuildId) : bytes;
            await Send(context, StatusCodes.Status200OK, ContentTypes.For(file), body);
            return;
        }

        // "/about" → "/about/", as static hosts do, so relative links inside the page resolve.
        if (!path.EndsWith('/') && path.Length > 0 && site.Files.ContainsKey(path + "/index.html"))
        {
            response.Headers.Location = "/" + path + "/";
            await Text(context, StatusCodes.Status301MovedPermanently, "Moved to /" + path + "/\n");
            return;
        }

        await NotFound(context, site);
    }

    // Browsers say where a request comes from; only the site's own pages (or a typed URL) may open the stream.
    private static bool IsCrossSite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site && site is not ("same-origin" or "none");

    // A page that does not exist yet reloads by itself once it does (e.g. right after 'relevare new').
    private static Task NotFound(HttpContext context, ServedSite site)
    {
        var html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found — relevare serve</title>\n</head>\n<body>\n"
            + "<h1>Not found</h1>\n<p>No page or file of the site has this address. If you are creating it, this page reloads once it is built.</p>\n"
            + LiveReload.Tag(site.BuildId) + "\n</body>\n</html>\n";
        return Send(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    private static Task Text(HttpContext context, int status, string text) =>
        Send(context, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));

    private static async Task Send(HttpContext context, int status, string contentType, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
