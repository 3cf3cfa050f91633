using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Importing;

/// <summary>RS0716 (link text that means nothing alone) leaves code alone: code spans and identifiers are names, not "click here".</summary>
public sealed class LinkTextCodeTests
{
    [Theory]
    [InlineData("[`Continue`](https://example.test/api/continue)")]
    [InlineData("[`this`](https://example.test/api/this)")]
    [InlineData("[$this](https://example.test/api/this)")]
    [InlineData("[this_page](https://example.test/api/this-page)")]
    [InlineData("[Runner.Continue](https://example.test/api/continue)")]
    [InlineData("[more()](https://example.test/api/more)")]
    [InlineData("[std::more](https://example.test/api/more)")]
    public void Code_is_not_meaningless_link_text(string link)
    {
        var result = TestSite.Build($"""
            -- content/index.md --
            ---
            title: Home
            ---
            See {link} for details.
            """);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.CheckLinkText);
    }

    [Theory]
    [InlineData("[Continue](https://example.test/next)")]
    [InlineData("[click here](https://example.test/next)")]
    [InlineData("[this.](https://example.test/next)")]
    [InlineData("[**more**](https://example.test/next)")]
    public void Prose_that_means_nothing_is_still_reported(string link)
    {
        var result = TestSite.Build($"""
            -- content/index.md --
            ---
            title: Home
            ---
            See {link} for details.
            """);

        Assert.False(result.Diagnostics.SingleWithCode(DiagnosticCodes.CheckLinkText).IsError);
    }
}
