using System.Net;
using Relevare.Static.BrowserTests.Infrastructure;

namespace Relevare.Static.BrowserTests;

/// <summary>The test server behaves like a static host and applies <c>_headers</c> (no browser needed).</summary>
public sealed class StaticSiteServerTests : IDisposable
{
    private readonly TempFolder _site = new();

    public StaticSiteServerTests()
    {
        Write("index.html", "<!doctype html><title>Home</title>");
        Write("about/index.html", "<!doctype html><title>About</title>");
        Write("assets/css/site.css", "body{}");
        Write(".relevare-output", "marker");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Parse_reads_path_lines_and_indented_headers_and_skips_comments()
    {
        var headers = NetlifyHeaders.Parse("""
            # every page
            /*
              X-Frame-Options: DENY
              Content-Security-Policy: default-src 'self'; img-src 'self' data:

            /assets/*
              Cache-Control: public, max-age=31536000, immutable
            """);

        Assert.Equal(["/*", "/assets/*"], headers.Rules.Select(r => r.Pattern));
        Assert.Equal(
            [KeyValuePair.Create("X-Frame-Options", "DENY"), KeyValuePair.Create("Content-Security-Policy", "default-src 'self'; img-src 'self' data:")],
            headers.Rules[0].Headers);
    }

    [Theory]
    [InlineData("/*", "/", true)]
    [InlineData("/*", "/about/", true)]
    [InlineData("/assets/*", "/assets/css/site.css", true)]
    [InlineData("/assets/*", "/about/", false)]
    [InlineData("/about/", "/about/", true)]
    [InlineData("/about/", "/about/team/", false)]
    [InlineData("/:section/index.html", "/about/index.html", true)]
    [InlineData("/:section/index.html", "/a/b/index.html", false)]
    [InlineData("https://www.example.com/news/*", "/news/today/", true)]
    public void Rules_match_paths_with_splats_and_placeholders(string pattern, string path, bool matches) =>
        Assert.Equal(matches, NetlifyHeaders.Parse($"{pattern}\n  X-Test: 1\n").Rules.Single().Matches(path));

    [Fact]
    public void Values_of_several_matching_rules_are_joined()
    {
        var headers = NetlifyHeaders.Parse("/*\n  Cache-Control: no-cache\n/assets/*\n  cache-control: public\n");

        Assert.Equal([KeyValuePair.Create("Cache-Control", "no-cache, public")], headers.For("/assets/site.css"));
        Assert.Equal([KeyValuePair.Create("Cache-Control", "no-cache")], headers.For("/"));
    }

    [Theory]
    [InlineData("  X-Test: 1\n", "_headers:1: a header comes before any path line")]
    [InlineData("/*\n  no colon here\n", "_headers:2: expected 'Name: value', found 'no colon here'")]
    [InlineData("about us\n", "_headers:1: expected a path starting with '/', found 'about us'")]
    public void Malformed_lines_are_reported_with_their_line(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => NetlifyHeaders.Parse(text)).Message);

    [Fact]
    public async Task Without_a_headers_file_only_the_default_headers_are_sent()
    {
        await using var server = await StaticSiteServer.StartAsync(_site.Path, [KeyValuePair.Create("Content-Security-Policy", "default-src 'self'")]);
        using var client = new HttpClient();

        using var response = await client.GetAsync(server.Url("/about/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("<!doctype html><title>About</title>", await response.Content.ReadAsStringAsync());
        Assert.Equal(["default-src 'self'"], response.Headers.GetValues("Content-Security-Policy"));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task The_sites_headers_file_is_applied_and_wins_over_the_default()
    {
        Write("_headers", "/*\n  Content-Security-Policy: default-src 'none'\n  X-Frame-Options: DENY\n/assets/*\n  Cache-Control: max-age=60\n");
        await using var server = await StaticSiteServer.StartAsync(_site.Path, [KeyValuePair.Create("Content-Security-Policy", "default-src 'self'")]);
        using var client = new HttpClient();

        using var page = await client.GetAsync(server.Url("/"));
        using var css = await client.GetAsync(server.Url("/assets/css/site.css"));

        Assert.Equal(["default-src 'none'"], page.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(["DENY"], page.Headers.GetValues("X-Frame-Options"));
        Assert.False(page.Headers.Contains("Cache-Control"));
        Assert.Equal("max-age=60", css.Headers.CacheControl?.ToString());
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/missing/", HttpStatusCode.NotFound)]
    [InlineData("/_headers", HttpStatusCode.NotFound)]
    [InlineData("/.relevare-output", HttpStatusCode.NotFound)]
    [InlineData("/about/index.html/", HttpStatusCode.NotFound)]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd", HttpStatusCode.NotFound)]
    [InlineData("/about", HttpStatusCode.MovedPermanently)]
    [InlineData("/about/index.html", HttpStatusCode.OK)]
    public async Task Paths_are_served_like_a_static_host(string path, HttpStatusCode status)
    {
        Write("_headers", "/*\n  X-Test: 1\n");
        await using var server = await StaticSiteServer.StartAsync(_site.Path);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(server.BaseUri.AbsoluteUri.TrimEnd('/') + path));

        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.MovedPermanently)
        {
            Assert.Equal("/about/", response.Headers.Location?.OriginalString);
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_site.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
