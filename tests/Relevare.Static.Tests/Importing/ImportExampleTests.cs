using System.Text;
using System.Text.RegularExpressions;
using Relevare.Static.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Importing;

/// <summary>
/// docs/importing.md's worked example is real: its site.yml is, byte for byte, the site.yml of the fixture
/// <c>import-docs-folder-builds-with-site-yml-settings</c>, whose imported-style pages build with no error.
/// </summary>
public sealed partial class ImportExampleTests
{
    private const string FixtureName = "import-docs-folder-builds-with-site-yml-settings";

    private static string Fixture => RepositoryPaths.Fixture(FixtureName);

    [Fact]
    public void The_docs_site_yml_is_the_fixtures_site_yml()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "importing.md"));
        var block = SiteYmlBlock().Match(doc);

        Assert.True(block.Success, "docs/importing.md has no ```yaml block after '<!-- site.yml of the import example -->'");
        Assert.Equal(File.ReadAllText(Path.Combine(Fixture, "site.yml")), block.Groups["yaml"].Value);
    }

    [Fact]
    public void The_imported_pages_build_with_no_error_using_only_site_yml()
    {
        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(Fixture), new BuildOptions());

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var paths = result.Files.Select(f => f.Path).ToList();
        Assert.Contains("getting-started/index.html", paths); // Getting_Started.md
        Assert.Contains("reference/api-overview/index.html", paths); // Reference/API.Overview.md
        Assert.Contains("articles/getting-started.html", paths); // redirect_from, read as relevare's aliases

        var start = Html(result, "getting-started/index.html");
        Assert.Contains("<kbd>Ctrl</kbd>+<kbd>C</kbd>", start, StringComparison.Ordinal); // raw HTML kept
        Assert.Contains("<a href=\"xref:System.String\">String</a>", start, StringComparison.Ordinal); // xref: allowed
        Assert.Contains("Also known as: quickstart, first steps", start, StringComparison.Ordinal); // 'aliases' is data
        Assert.Contains("Written by jdoe", start, StringComparison.Ordinal); // an unknown field kept
        Assert.Contains("href=\"/reference/api-overview/#methods\"", start, StringComparison.Ordinal);
    }

    private static string Html(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content.Span);

    [GeneratedRegex("<!-- site.yml of the import example -->\\s*```yaml\\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SiteYmlBlock();
}
