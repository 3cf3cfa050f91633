using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

public sealed class IgnoreAndLevelTests
{
    [Fact]
    public void Data_check_ignore_without_codes_skips_the_element_and_its_children()
    {
        Assert.Empty(Body("<div data-check-ignore><a href=\"/nowhere/\">click here</a><img src=\"/x.png\"></div>"));
    }

    [Fact]
    public void Data_check_ignore_with_codes_skips_only_those()
    {
        var findings = Body("<p data-check-ignore=\"RS0716 RS0701\"><a href=\"/nowhere/\" style=\"x\">click here</a></p>");
        Assert.Equal(["RS0723 index.html:7:38"], Summaries(findings));
    }

    [Fact]
    public void An_ignored_element_still_offers_its_id_to_fragments()
    {
        Assert.Empty(Body("<h2 id=\"x\" data-check-ignore>Old</h2><a href=\"#x\">Old section</a>"));
    }

    [Fact]
    public void Levels_from_site_yml_change_severity_or_switch_checks_off()
    {
        var options = WithLevels(("RS0716", CheckLevel.Error), ("RS0701", CheckLevel.Off));
        var findings = Check(options, ("index.html", Page("<a href=\"/nowhere/\">click here</a>"))).Diagnostics;
        var finding = Assert.Single(findings);
        Assert.Equal("RS0716", finding.Code);
        Assert.True(finding.IsError);
    }

    [Fact]
    public void The_path_prefix_is_put_before_html_paths()
    {
        var options = CheckOptions.Default with { PathPrefix = "_site/" };
        var finding = Assert.Single(Check(options, ("index.html", Page("<a href=\"/nowhere/\">Nowhere</a>"))).Diagnostics);
        Assert.Equal("_site/index.html:7:1", finding.Location);
    }

    [Fact]
    public void Every_rule_has_a_code_in_the_RS07_range_and_a_summary()
    {
        Assert.All(CheckRules.All.Values, rule =>
        {
            // RS07xx, and the two hreflang checks the code table reserves in RS08xx (translations).
            Assert.Matches("^(RS07[0-9]{2}|RS0807|RS0808)$", rule.Code);
            Assert.NotEmpty(rule.Summary);
        });
    }
}
