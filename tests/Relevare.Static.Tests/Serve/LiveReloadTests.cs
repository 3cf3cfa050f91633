using System.Text;
using Relevare.Static.Cli.Serve;

namespace Relevare.Static.Tests.Serve;

public sealed class LiveReloadTests
{
    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", "<html><body><p>x</p>TAG</body></html>")]
    [InlineData("<p>a</BODY> <p>b</body>\n</html>", "<p>a</BODY> <p>bTAG</body>\n</html>")]
    [InlineData("<p>no body end</p>", "<p>no body end</p>TAG")]
    public void The_script_goes_before_the_last_body_end(string html, string expected)
    {
        var injected = Encoding.UTF8.GetString(LiveReload.Inject(Encoding.UTF8.GetBytes(html), "b-1"));

        Assert.Equal(expected.Replace("TAG", LiveReload.Tag("b-1"), StringComparison.Ordinal), injected);
    }

    [Fact]
    public void The_script_is_external_and_same_origin_so_a_strict_csp_allows_it() =>
        Assert.Equal("<script src=\"/__relevare/live.js\" data-build=\"b-1\" defer></script>", LiveReload.Tag("b-1"));
}
