using Relevare.Static.Checks;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>Each rule class of the page pass on its own, on small pages: it finds what it is about, and nothing else.</summary>
public sealed class PageRuleTests
{
    private static readonly Uri BaseUrl = new("https://clinic.test/");

    internal static PageReading Pass(string html, PageRules rules, CheckOptions? options = null, ParseCounter? counter = null, PageOrigin? origin = null) =>
        new SiteChecker(options ?? CheckOptions.Default, counter?.Factory).Read("index.html", html, origin, rules);

    private static string[] Violations(PageReading reading) => [.. reading.PolicyViolations!.Value];

    private static string[] Codes(PageReading reading) => [.. reading.Scan!.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal)];

    // A page that has a problem for each rule: no <h1> (structure), an image without alt (images), a bare '#' link
    // (links) and an inline style (safety).
    private static readonly string Mixed = CheckHarness.Page("<img src=\"/a.png\" width=\"1\" height=\"1\"><a href=\"#\">Top</a><p style=\"color:red\">x</p><p id=\"x\">y</p>")
        .Replace("<h1>Page</h1>", "", StringComparison.Ordinal);

    [Fact]
    public void The_structure_rule_reports_structure_only_and_collects_the_ids()
    {
        var reading = Pass(Mixed, PageRules.None.With(new StructureRule()));

        Assert.Equal([DiagnosticCodes.CheckH1], Codes(reading));
        Assert.Contains("x", reading.Scan!.Anchors);
        Assert.Empty(reading.Scan.References);
    }

    [Fact]
    public void The_image_rule_reports_images_only()
    {
        Assert.Equal([DiagnosticCodes.CheckImageAlt], Codes(Pass(Mixed, PageRules.None.With(new ImageRule()))));
    }

    [Fact]
    public void The_link_rule_reports_links_and_keeps_every_url_for_the_checks_across_pages()
    {
        var reading = Pass(Mixed, PageRules.None.With(new LinkRule()));

        Assert.Equal([DiagnosticCodes.CheckBrokenFragment], Codes(reading));
        Assert.Equal(["/a.png"], reading.Scan!.References.Select(r => r.Url));
        Assert.Empty(reading.Scan.Anchors);
    }

    [Fact]
    public void The_safety_rule_reports_safety_only()
    {
        Assert.Equal([DiagnosticCodes.CheckInlineStyle], Codes(Pass(Mixed, PageRules.None.With(new SafetyRule()))));
    }

    [Fact]
    public void The_four_check_rules_together_find_what_each_finds_alone()
    {
        Assert.Equal(
            [DiagnosticCodes.CheckBrokenFragment, DiagnosticCodes.CheckImageAlt, DiagnosticCodes.CheckH1, DiagnosticCodes.CheckInlineStyle],
            Codes(Pass(Mixed, PageRules.Checks)));
    }

    [Fact]
    public void A_pass_without_rules_parses_nothing()
    {
        var counter = new ParseCounter();

        var reading = Pass(Mixed, PageRules.None, counter: counter);

        Assert.Null(reading.Scan);
        Assert.Equal(0, counter.Documents);
    }

    [Fact]
    public void The_policy_rule_finds_what_the_policy_check_of_a_parsed_page_finds()
    {
        var html = CheckHarness.Page("<img src=\"https://tracker.example/p.gif\" alt=\"\"><form action=\"https://other.example/\"></form><iframe src=\"/x\"></iframe><p style=\"a\">s</p>");

        var reading = Pass(html, PageRules.None.With(new PolicyRule(BaseUrl, _ => false)));

        Assert.Null(reading.Scan); // not a check: no scan
        Assert.Equal([.. PolicyInspection.Violations(new AngleSharpPageParser(), html, BaseUrl)], Violations(reading));
        Assert.Equal(
            ["<img src=\"https://tracker.example/p.gif\"> loads an image from another site", "<form action=\"https://other.example/\"> sends to another site",
                "an <iframe> element (embedded content is not allowed)", "a style attribute on <p>"],
            Violations(reading));
    }

    [Fact]
    public void The_policy_rule_leaves_out_what_a_page_check_reports_as_an_error()
    {
        var html = CheckHarness.Page("<p style=\"a\" onclick=\"b\">s</p>");

        var reading = Pass(html, PageRules.None.With(new PolicyRule(BaseUrl, code => code == DiagnosticCodes.CheckInlineStyle)));

        Assert.Equal(["an event handler attribute onclick on <p>"], Violations(reading));
    }

    [Fact]
    public void The_policy_rule_reads_noscript_content_as_a_browser_without_script_loads_it()
    {
        // Parsed with scripting on (as the checks parse), <noscript>'s content is text; without script it is an image.
        var html = CheckHarness.Page("<noscript><img src=\"https://tracker.example/p.gif\" alt=\"\"></noscript>");
        var counter = new ParseCounter();

        var reading = Pass(html, PageRules.Checks.With(new PolicyRule(BaseUrl, _ => false)), counter: counter);

        Assert.Equal([.. PolicyInspection.Violations(new AngleSharpPageParser(), html, BaseUrl)], Violations(reading));
        Assert.Equal(["<img src=\"https://tracker.example/p.gif\"> loads an image from another site"], Violations(reading));
        Assert.Equal((1, 1), (counter.Documents, counter.Plain));
    }

    [Fact]
    public void A_page_too_large_for_the_checks_still_gets_the_builds_own_rules()
    {
        var html = CheckHarness.Page(string.Concat(Enumerable.Repeat("<b></b>", Relevare.Static.Templating.PageSize.MaxCheckedElements)) + "<img src=\"https://t.example/p.gif\" alt=\"\">");

        var reading = Pass(html, PageRules.Checks.With(new PolicyRule(BaseUrl, _ => false)));

        Assert.Equal(DiagnosticCodes.CheckBudget, Assert.Single(reading.Scan!.Diagnostics).Code);
        Assert.Equal(["<img src=\"https://t.example/p.gif\"> loads an image from another site"], Violations(reading));
    }

    [Fact]
    public void Checks_abandoned_over_their_budget_let_the_builds_own_rules_finish_the_page()
    {
        var html = CheckHarness.Page("<p>a</p><p>b</p><img src=\"https://t.example/p.gif\" alt=\"\">");
        var options = CheckOptions.Default with { Budget = WorkBudget.Counted(3, TimeSpan.FromSeconds(10)) };

        var reading = Pass(html, PageRules.Checks.With(new PolicyRule(BaseUrl, _ => false)), options);

        Assert.Contains("was abandoned", Assert.Single(reading.Scan!.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal(["<img src=\"https://t.example/p.gif\"> loads an image from another site"], Violations(reading));
    }
}
