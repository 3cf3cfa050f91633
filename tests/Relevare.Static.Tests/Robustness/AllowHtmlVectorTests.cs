using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// The intent of the <c>xss-allow-html-*</c> fixtures: with <c>markdown: { allow_html: true }</c>, each markup that
/// runs script (or sends readers away) in Chromium fails the build with its code, and nothing is published.
/// </summary>
public sealed class AllowHtmlVectorTests
{
    [Theory]
    [InlineData("xss-allow-html-noscript-attribute-breakout", DiagnosticCodes.CheckEventHandler)]
    [InlineData("xss-allow-html-svg-animate-href", DiagnosticCodes.CheckAnimatedUrl)]
    [InlineData("xss-allow-html-svg-set-href", DiagnosticCodes.CheckAnimatedUrl)]
    [InlineData("xss-allow-html-svg-style-import", DiagnosticCodes.CheckForeignStyle)]
    [InlineData("xss-allow-html-meta-refresh-to-another-site", DiagnosticCodes.CheckRefreshToOtherSite)]
    public void Each_vector_fails_the_build_with_its_code_and_nothing_is_published(string fixture, string code)
    {
        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.Fixture(fixture)), new BuildOptions());

        var error = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.True(error.IsError, error.ToString());
        Assert.Contains("content/index.md", error.ToString(), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
    }
}
