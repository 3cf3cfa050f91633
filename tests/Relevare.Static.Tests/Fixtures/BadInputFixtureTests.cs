using Relevare.Static.Cli;

namespace Relevare.Static.Tests.Fixtures;

/// <summary>
/// The intent of the bad-input fixtures, stated independently of their approved expected-diagnostics.txt: each
/// gives exactly one error, with the right code, at the right file, line and column, with a hint, and nothing to
/// publish. Re-approving a fixture cannot silently turn it into a different (or a second) diagnostic.
/// </summary>
public sealed class BadInputFixtureTests
{
    [Theory]
    [InlineData("unterminated-front-matter", "RS0201", "content/index.md:1:1")]
    [InlineData("yaml-syntax-error", "RS0202", "content/index.md:3:14")]
    [InlineData("unknown-field", "RS0203", "content/index.md:3:1")]
    [InlineData("wrong-type", "RS0204", "content/index.md:3:8")]
    [InlineData("required-field-of-wrong-type-is-reported-once", "RS0204", "content/index.md:2:8")]
    [InlineData("missing-required-field", "RS0205", "content/index.md:2:1")]
    [InlineData("bad-date", "RS0206", "content/index.md:3:7")]
    [InlineData("unknown-template", "RS0210", "content/index.md:3:1")]
    [InlineData("missing-layout-is-reported-on-its-content-type", "RS0106", "site.yml:8:3")]
    [InlineData("layout-syntax-error-is-reported-once", "RS0401", "templates/layouts/page.html:4:19")]
    [InlineData("link-to-missing-md", "RS0301", "content/index.md:5:6")]
    [InlineData("unsafe-link-scheme", "RS0302", "content/index.md:5:8")]
    [InlineData("site-yml-unknown-key", "RS0103", "site.yml:2:1")]
    [InlineData("publishing-alias-loop-is-an-error", "RS0802", "content/about.md:3:1")]
    [InlineData("publishing-image-from-another-site-breaks-the-csp", "RS0803", "content/index.md:1:1")]
    [InlineData("languages-missing-ui-string-is-an-error-at-the-template-line", "RS0403", "templates/layouts/page.html:4:7")]
    [InlineData("page-with-12000-headings-is-blamed-on-the-content-file", "RS0007", "content/index.md:4:1")]
    public void Bad_input_gives_one_error_at_the_right_place(string fixture, string code, string location)
    {
        var result = Build(fixture);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(diagnostic.IsError);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(location, diagnostic.Location);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Two_pages_with_one_url_give_one_error_on_each_page_naming_the_other()
    {
        var result = Build("two-pages-one-url");

        Assert.Collection(
            result.Diagnostics,
            first =>
            {
                Assert.Equal(("RS0501", "content/about.md:1:1"), (first.Code, first.Location));
                Assert.Contains("content/about/index.md", first.Message, StringComparison.Ordinal);
            },
            second =>
            {
                Assert.Equal(("RS0501", "content/about/index.md:1:1"), (second.Code, second.Location));
                Assert.Contains("content/about.md", second.Message, StringComparison.Ordinal);
            });
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
        Assert.Empty(result.Files);
    }

    private static BuildResult Build(string fixture) =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.Fixture(fixture)), new BuildOptions());
}
