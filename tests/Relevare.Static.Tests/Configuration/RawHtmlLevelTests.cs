using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Configuration;

public sealed class RawHtmlLevelTests
{
    [Theory]
    [InlineData("", DiagnosticSeverity.Error)]
    [InlineData("markdown:\n  raw_html: error\n", DiagnosticSeverity.Error)]
    [InlineData("markdown:\n  raw_html: warning\n", DiagnosticSeverity.Warning)]
    [InlineData("markdown: { allow_html: false, raw_html: warning }\n", DiagnosticSeverity.Warning)]
    public void The_raw_html_level_is_an_error_unless_site_yml_says_warning(string markdown, DiagnosticSeverity expected)
    {
        var diagnostics = new List<Diagnostic>();

        var config = SiteConfigLoader.Load(TestSite.DefaultSiteYml + markdown, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config!.RawHtml);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("\"warning\"")]
    [InlineData("[warning]")]
    public void Another_raw_html_level_is_reported_at_its_value(string value)
    {
        var diagnostics = new List<Diagnostic>();

        var config = SiteConfigLoader.Load(TestSite.DefaultSiteYml + "markdown:\n  raw_html: " + value + "\n", diagnostics);

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, 25, 13), (error.Code, error.Line, error.Column));
        Assert.Contains("raw_html must be error or warning", error.Message, StringComparison.Ordinal);
    }
}
