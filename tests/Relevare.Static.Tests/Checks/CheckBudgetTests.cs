using System.Text;
using Relevare.Static.Checks;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Checks;

/// <summary>
/// Checking one page has a budget (RS0008): a page with more elements than the checks go through is refused before
/// it is parsed, and a check over its (counted, in tests) budget is abandoned. In a build the finding names the
/// content file the page was built from.
/// </summary>
public sealed class CheckBudgetTests
{
    [Fact]
    public void A_page_with_more_elements_than_the_checks_go_through_is_refused_unparsed()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            body.Append("<i>x</i>");
        }

        var result = CheckHarness.Check(("big.html", CheckHarness.Page(body.ToString())));

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.CheckBudget);
        Assert.Equal(("big.html:1:1", true), (diagnostic.Location, diagnostic.IsError));
        Assert.Equal("the page has 200,009 HTML elements, more than the 200,000 the checks go through in one page; it was not checked", diagnostic.Message);
    }

    [Fact]
    public void A_check_over_its_budget_is_abandoned_and_says_where()
    {
        var options = CheckOptions.Default with { Budget = WorkBudget.Counted(5, TimeSpan.FromSeconds(10)) };

        var result = CheckHarness.Check(options, ("index.html", CheckHarness.Page("<p>a</p>\n<p>b</p>\n<p>c</p>")));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.CheckBudget, "index.html:1:1"), (diagnostic.Code, diagnostic.Location));
        Assert.Equal("checking the page took more than 10 s and was abandoned at line 3, after 5 of its 12 elements; it was not checked", diagnostic.Message);
    }

    [Fact]
    public void A_check_within_its_budget_reports_nothing()
    {
        var options = CheckOptions.Default with { Budget = WorkBudget.Counted(12, TimeSpan.FromSeconds(10)) };

        var result = CheckHarness.Check(options, ("index.html", CheckHarness.Page("<p>a</p>\n<p>b</p>\n<p>c</p>")));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void In_a_build_a_check_over_its_budget_names_the_content_file()
    {
        var options = new BuildOptions { CheckBudget = WorkBudget.Counted(3, TimeSpan.FromSeconds(10)) };

        var result = TestSite.Build("""
            -- content/index.md --
            ---
            title: Home
            ---

            Some text.
            """, options);

        var diagnostic = result.Diagnostics.SingleWithCode(DiagnosticCodes.CheckBudget);
        Assert.Equal("_site/index.html:1:1", diagnostic.Location);
        Assert.EndsWith("; it was not checked (page built from content/index.md)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }
}
