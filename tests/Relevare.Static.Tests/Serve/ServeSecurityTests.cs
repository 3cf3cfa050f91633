using Relevare.Static.Cli.Serve;

namespace Relevare.Static.Tests.Serve;

public sealed class ServeSecurityTests : IAsyncLifetime, IDisposable
{
    // A secret the server must never give away: in the sources, in a dotfile, and beside the site.
    private const string Secret = "TOP-SECRET-7f3a";

    private SiteFolder _site = null!;
    private ServeSession _session = null!;

    public static TheoryData<string> Traversals => new()
    {
        "/../site.yml",
        "/..%2fsite.yml",
        "/%2e%2e/site.yml",
        "/%2E%2E/%2e%2e/secret.txt",
        "/assets/../../secret.txt",
        "/assets/..%2f..%2fsecret.txt",
        "/assets/..%5c..%5csecret.txt",
        "/assets\\..\\site.yml",
        "/%252e%252e/site.yml",
        "/%252e%252e%252fsite.yml",
        "/assets/site.css%00.html",
        "/assets/site.css%2500",
        "/site.yml",
        "/content/about.md",
        "/templates/base.html",
        "/assets/.env",
        "/.relevare-output",
        "/./site.yml",
        "//site.yml",
        "/%c0%ae%c0%ae/site.yml",
        "/about/%2e%2e/%2e%2e/site.yml",
    };

    public async Task InitializeAsync()
    {
        _site = new SiteFolder(Serving.Site + $"""

            -- assets/.env --
            PASSWORD={Secret}
            -- site.yml --
            {TestSite.DefaultSiteYml}# {Secret}
            """);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site.Root)!, "secret.txt"), Secret);
        _session = await Serving.StartAsync(_site);
    }

    public async Task DisposeAsync() => await _session.DisposeAsync();

    public void Dispose()
    {
        File.Delete(Path.Combine(Path.GetDirectoryName(_site.Root)!, "secret.txt"));
        _site.Dispose();
    }

    [Theory]
    [MemberData(nameof(Traversals))]
    public async Task Paths_outside_the_built_site_are_not_served(string target)
    {
        var response = await RawHttp.GetAsync(_session.Url, target);

        Assert.True(response.Status is 404 or 400, $"{target} gave {response.Status}");
        Assert.DoesNotContain(Secret, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Built_files_are_served() =>
        Assert.Equal(200, (await RawHttp.GetAsync(_session.Url, "/assets/site.css?v=1")).Status);

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task A_foreign_host_header_is_refused(string host)
    {
        var response = await RawHttp.GetAsync(_session.Url, "/about/", host);

        Assert.Equal(403, response.Status);
        Assert.DoesNotContain("About us.", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_host_names_are_answered(string host)
    {
        var response = await RawHttp.GetAsync(_session.Url, "/about/", $"{host}:{_session.Url.Port}");

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("Origin: http://evil.example")]
    [InlineData("Origin: null")]
    [InlineData("Origin: https://127.0.0.1")]
    [InlineData("Sec-Fetch-Site: cross-site")]
    public async Task The_reload_stream_refuses_a_foreign_origin(string header)
    {
        var response = await RawHttp.GetAsync(_session.Url, "/__relevare/events", null, header);

        Assert.Equal(403, response.Status);
        Assert.DoesNotContain("data:", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reload_stream_accepts_its_own_origin()
    {
        var response = await RawHttp.GetAsync(_session.Url, "/__relevare/events", null, $"Origin: http://{_session.Url.Authority}", "Sec-Fetch-Site: same-origin");

        Assert.Equal(200, response.Status);
        Assert.Contains("data: " + _session.Site.BuildId, response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/about/")]
    [InlineData("/assets/site.css")]
    [InlineData("/__relevare/events")]
    public async Task No_cors_headers_are_sent_even_when_asked(string target)
    {
        var response = await RawHttp.GetAsync(_session.Url, target, null, $"Origin: http://{_session.Url.Authority}");

        Assert.DoesNotContain(response.Headers.Keys, name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("nosniff", response.Headers["X-Content-Type-Options"]);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var client = Serving.Client(_session);
        using var response = await client.PostAsync("/about/", new StringContent("x"));

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
