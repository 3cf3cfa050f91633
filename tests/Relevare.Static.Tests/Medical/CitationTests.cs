using Relevare.Static.Citations;

namespace Relevare.Static.Tests.Medical;

public sealed class CitationTests
{
    private const string References = """
        references:
          - key: niesters2014
            authors: [Niesters M, Martini C, Dahan A]
            title: "Ketamine for chronic pain: risks and benefits"
            journal: British Journal of Clinical Pharmacology
            year: 2014
            doi: 10.1111/bcp.12094
          - key: schwenk2018
            authors: [Schwenk ES, et al.]
            title: "Ketamine for refractory headache: a retrospective analysis"
            year: 2018
            doi: 10.1097/AAP.0000000000000827
            pmid: 29923953
        """;

    private static string Page(string body, string references = References) =>
        MedicalSite.HealthPage($"reviewed: 2026-11-25\nreviewer: mallek\n{references}", body);

    [Fact]
    public void Citations_become_numbered_superscript_links_in_order_of_first_citation()
    {
        var result = MedicalSite.Build(Page("First [@schwenk2018].\n\nThen [@niesters2014; @schwenk2018] and [@niesters2014].\n"));

        Assert.Empty(result.Diagnostics);
        var html = MedicalSite.Html(result, "conditions/migraine/index.html");
        Assert.Contains("First <sup class=\"citation\"><a href=\"#ref-schwenk2018\" id=\"cite-schwenk2018\" aria-label=\"Reference 1\">1</a></sup>.", html, StringComparison.Ordinal);
        Assert.Contains("Then <sup class=\"citation\"><a href=\"#ref-niesters2014\" id=\"cite-niesters2014\" aria-label=\"Reference 2\">2</a>, <a href=\"#ref-schwenk2018\" aria-label=\"Reference 1\">1</a></sup>", html, StringComparison.Ordinal);
        Assert.Contains("and <sup class=\"citation\"><a href=\"#ref-niesters2014\" aria-label=\"Reference 2\">2</a></sup>.", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"ref-schwenk2018\">1.", StringComparison.Ordinal) < html.IndexOf("id=\"ref-niesters2014\">2.", StringComparison.Ordinal));
        Assert.Contains("https://doi.org/10.1111/bcp.12094", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_its_markdown_line_and_column()
    {
        var page = Page("Intro [@niesters2014] and [@schwenk2018].\n\nSecond paragraph\nsays [@niesterz2014].\n");

        var result = MedicalSite.Build(page);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0607", "content/conditions/migraine.md:23:8"), (error.Code, error.Location));
        Assert.Contains("'@niesterz2014'", error.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'niesters2014'?", error.Hint);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void An_unused_reference_is_a_warning_at_its_entry()
    {
        var result = MedicalSite.Build(Page("Only one source [@niesters2014].\n"));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0608", "content/conditions/migraine.md:12:5"), (warning.Code, warning.Location));
        Assert.False(warning.IsError);
    }

    [Theory]
    [InlineData("[@niesters2014](https://example.org/)", "<a href=\"https://example.org/\">@niesters2014</a>")]
    [InlineData("`[@niesters2014]`", "<code>[@niesters2014]</code>")]
    [InlineData("[@ niesters2014]", "[@ niesters2014]")]
    [InlineData("[@niesters2014", "[@niesters2014")]
    [InlineData("[see @niesters2014]", "[see @niesters2014]")]
    public void Text_that_is_not_a_citation_is_left_to_markdown(string markdown, string expected)
    {
        var result = MedicalSite.Build(Page($"Text {markdown} [@niesters2014] [@schwenk2018].\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Contains(expected, MedicalSite.Html(result, "conditions/migraine/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_references_reports_every_citation_and_hints_at_the_front_matter()
    {
        var result = MedicalSite.Build(MedicalSite.HealthPage("reviewed: 2026-11-25\nreviewer: mallek", "Proof [@x2020].\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RS0607", error.Code);
        Assert.Contains("'references:'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolver_counts_citations_and_lists_cited_keys()
    {
        var result = MedicalSite.Build(Page("A [@niesters2014]. B [@niesters2014; @schwenk2018].\n"));

        var page = result.Health!.Pages.Single(p => p.Path == "content/conditions/migraine.md");
        Assert.Equal(3, page.CitationCount);
        Assert.Equal(["niesters2014", "schwenk2018"], page.CitedKeys.ToArray());
        Assert.Equal(2, page.ReferenceCount);
    }

    [Fact]
    public void Ids_are_derived_from_keys() =>
        Assert.Equal(("ref-a", "cite-a"), (CitationResolver.ReferenceId("a"), CitationResolver.CitationId("a")));
}
