using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Medical;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>
/// site.yml's <c>medical.disclaimer_selector</c> in a build: a simple selector is matched on the page pass's own DOM,
/// any other by AngleSharp on the page; either way a health page without a match is RS0611.
/// </summary>
public sealed class DisclaimerSelectorTests
{
    private static readonly string Migraine = MedicalSite.HealthPage("""
        description: About migraine
        date: 2026-11-01
        reviewed: 2026-11-20
        reviewer: mallek
        conditions: [migraine]
        references:
          - { key: n2014, authors: [Niesters M, et al.], title: Ketamine for chronic pain, journal: Br J Clin Pharmacol, year: 2014, doi: 10.1111/bcp.12094 }
        """, "What helps.[@n2014]\n");

    [Theory]
    [InlineData(".disclaimer", false)]
    [InlineData("body > aside.disclaimer p", false)]
    [InlineData("main > .disclaimer", true)]            // the disclaimer is <main>'s sibling, not its child
    [InlineData("aside[role=note]", true)]
    [InlineData("aside:not(.hidden) > p", false)]       // not a simple selector: AngleSharp answers
    [InlineData("aside:not(.disclaimer) > p", true)]
    [InlineData("main + aside", false)]
    [InlineData("h1 + aside", true)]
    public void A_health_page_without_a_match_is_reported(string selector, bool reported)
    {
        var files = MedicalSite.Files(Migraine);
        files["site.yml"] = files["site.yml"].Replace("medical:\n  health_types: [article]\n", $"medical:\n  health_types: [article]\n  disclaimer_selector: \"{selector}\"\n", StringComparison.Ordinal);
        Assert.Contains(selector, files["site.yml"], StringComparison.Ordinal);

        var result = MedicalSite.Build(files);

        // The page is rendered and read either way: its only error, if any, is the missing disclaimer.
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(reported ? errors.Count == 1 && errors[0].Code == DiagnosticCodes.MissingDisclaimer : errors.Count == 0, TestSite.Describe(result.Diagnostics));
        Assert.All(errors, d => Assert.Contains($"nothing matches '{selector}'", d.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RS0104"); // the selector itself is valid
    }
}
