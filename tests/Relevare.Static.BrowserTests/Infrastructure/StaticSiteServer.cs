using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site on 127.0.0.1 (a free port) the way a static host would: <c>/about/</c> serves
/// <c>about/index.html</c>, <c>/about</c> redirects to <c>/about/</c>, unknown paths get 404 (with the site's
/// <c>404.html</c> when it has one), and the rules of the site's <c>_headers</c> file (Netlify format) are applied.
/// The default headers given to <see cref="StartAsync"/> are sent on every response for each header name that <c>_headers</c> does
/// not set for the path, so a test can impose a policy while the site has none of its own.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _defaultHeaders;

    private StaticSiteServer(string root, IReadOnlyList<KeyValuePair<string, string>> defaultHeaders)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        _defaultHeaders = defaultHeaders;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(ServeAsync);
    }

    /// <summary>The server's root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The absolute URL of a site path such as <c>/about/</c>.</summary>
    public Uri Url(string path) => new(BaseUri, path);

    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyList<KeyValuePair<string, string>>? defaultHeaders = null)
    {
        var server = new StaticSiteServer(root, defaultHeaders ?? []);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.HasValue ? request.Path.Value : "/";
        var file = Resolve(path, out var redirect);
        if (redirect)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
            return;
        }

        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(_root, "404.html");
            file = File.Exists(notFound) ? notFound : null;
        }

        ApplyHeaders(response, path);
        if (file is null)
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("Not found\n");
            return;
        }

        response.ContentType = ContentTypeOf(file);
        response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.SendFileAsync(file);
        }
    }

    /// <summary>Maps a URL path to a file of the site; never outside the root, never a dot-file or <c>_headers</c>.</summary>
    private string? Resolve(string path, out bool redirect)
    {
        redirect = false;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.') || s.Contains('\\', StringComparison.Ordinal)) ||
            (segments.Length == 1 && segments[0] == NetlifyHeaders.FileName))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                redirect = true;
                return null;
            }

            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? index : null;
        }

        return !path.EndsWith('/') && File.Exists(full) ? full : null;
    }

    private void ApplyHeaders(HttpResponse response, string path)
    {
        // Read on every request: the site may be (re)built after the server started, and the file is tiny.
        var headers = NetlifyHeaders.ForSite(_root).For(path);
        foreach (var header in headers)
        {
            response.Headers.Append(header.Key, header.Value);
        }

        foreach (var header in _defaultHeaders.Where(d => !headers.Any(h => string.Equals(h.Key, d.Key, StringComparison.OrdinalIgnoreCase))))
        {
            response.Headers.Append(header.Key, header.Value);
        }
    }

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "image/svg+xml" or "application/json" or "application/javascript"
            ? type + "; charset=utf-8"
            : type;
    }
}
