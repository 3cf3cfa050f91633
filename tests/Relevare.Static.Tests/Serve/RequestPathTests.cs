using Relevare.Static.Cli.Serve;

namespace Relevare.Static.Tests.Serve;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/about/", "about/")]
    [InlineData("/about/?utm=1", "about/")]
    [InlineData("/about/#top", "about/")]
    [InlineData("/assets/css/site.css", "assets/css/site.css")]
    [InlineData("/conditions/migraine", "conditions/migraine")]
    [InlineData("/caf%C3%A9/", "café/")]
    [InlineData("/a%20b/", "a b/")]
    public void Plain_paths_are_decoded_once(string target, string expected) =>
        Assert.Equal(expected, RequestPath.Decode(target));

    [Theory]
    [InlineData("")]
    [InlineData("about/")]
    [InlineData("http://127.0.0.1/about/")]
    [InlineData("*")]
    [InlineData("/../site.yml")]
    [InlineData("/a/../b/")]
    [InlineData("/./a/")]
    [InlineData("/a/./b/")]
    [InlineData("/..")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2e/site.yml")]
    [InlineData("/.%2e/site.yml")]
    [InlineData("/..%2fsite.yml")]
    [InlineData("/..%2Fsite.yml")]
    [InlineData("/..%5csite.yml")]
    [InlineData("/a\\b")]
    [InlineData("/%252e%252e/site.yml")]
    [InlineData("/a%2500")]
    [InlineData("/a%00")]
    [InlineData("/a%0a")]
    [InlineData("/a%1b")]
    [InlineData("/%c0%ae%c0%ae/")]
    [InlineData("/%ff/")]
    [InlineData("/a%")]
    [InlineData("/a%2")]
    [InlineData("/a%zz")]
    [InlineData("/.git/config")]
    [InlineData("/assets/.env")]
    [InlineData("/.relevare-output")]
    [InlineData("//etc/passwd")]
    [InlineData("/a//b")]
    public void Anything_else_is_refused(string target) =>
        Assert.Null(RequestPath.Decode(target));

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("about/", "about/index.html")]
    [InlineData("assets/site.css", "assets/site.css")]
    public void A_folder_means_its_index(string path, string file) =>
        Assert.Equal(file, RequestPath.FileFor(path));
}
