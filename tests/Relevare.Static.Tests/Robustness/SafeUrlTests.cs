using System.Text;
using Relevare.Static.Content;

namespace Relevare.Static.Tests.Robustness;

/// <summary><c>safe_url</c>: templates print URL-valued content through the same allowlist as Markdown links.</summary>
public sealed class SafeUrlTests
{
    private const string SiteYml = """
        title: Fixture Clinic
        base_url: https://fixture.test/
        clinic:
          name: Fixture Clinic
        sections:
          "": page
        content_types:
          page:
            template: page
            fields:
              title: { required: true }
              website: { type: string }
        # The templates are fragments and the URLs lead nowhere (refused ones become "#") on purpose: only escaping is under test here.
        checks: { RS0701: off, RS0702: off, RS0707: off, RS0708: off, RS0709: off, RS0710: off, RS0711: off, RS0712: off, RS0714: off }
        """;

    [Theory]
    [InlineData("https://clinic.example/a?b=1&c=2", "https://clinic.example/a?b=1&amp;c=2")]
    [InlineData("/conditions/migraine/", "/conditions/migraine/")]
    [InlineData("mailto:care@clinic.example", "mailto:care@clinic.example")]
    [InlineData("tel:+16175550100", "tel:+16175550100")]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData("JaVaScRiPt:alert(1)", "#")]
    [InlineData(" java\tscript:alert(1)", "#")]
    [InlineData("vbscript:msgbox(1)", "#")]
    [InlineData("data:text/html,<script>alert(1)</script>", "#")]
    [InlineData("data:image/png;base64,AA==", "#")]
    [InlineData("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)")]
    public void Safe_url_keeps_allowed_urls_and_turns_others_into_a_hash(string website, string expectedHref)
    {
        var html = Render($"---\ntitle: Welcome\nwebsite: \"{website.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n---\n\nBody.\n");

        Assert.Contains($"<a href=\"{expectedHref}\">Website</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_url_of_a_missing_value_is_empty()
    {
        var html = Render("---\ntitle: Welcome\n---\n\nBody.\n", "<p>[{{ null | safe_url }}]</p>");

        Assert.Contains("<p>[]</p>", html, StringComparison.Ordinal);
    }

    private static string Render(string page, string layout = "{{ if page.extra.website }}<a href=\"{{ page.extra.website | safe_url }}\">Website</a>{{ end }}")
    {
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = SiteYml,
            ["templates/base.html"] = "{{ include layout }}\n",
            ["templates/layouts/page.html"] = layout + "\n",
            ["content/index.md"] = page,
        };
        var result = SiteBuilder.Build(InMemorySourceFileSystem.FromText(files), new BuildOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Encoding.UTF8.GetString(result.Files.Single().Content.Span);
    }
}
