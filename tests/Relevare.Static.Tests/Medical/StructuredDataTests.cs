using System.Text.Json;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Medical;

public sealed class StructuredDataTests
{
    private const string FrontMatter = """
        description: About migraine
        date: 2026-11-01
        reviewed: 2026-11-20
        reviewer: mallek
        conditions: [migraine]
        references:
          - { key: n2014, authors: [Niesters M, et al.], title: Ketamine for chronic pain, journal: Br J Clin Pharmacol, year: 2014, doi: 10.1111/bcp.12094, pmid: 23432384 }
        """;

    private static string Page(string frontMatter = FrontMatter) => MedicalSite.HealthPage(frontMatter, "Text [@n2014].\n");

    private static JsonElement JsonLd(string html)
    {
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + "<script type=\"application/ld+json\">".Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        return JsonDocument.Parse(html[start..end]).RootElement.Clone();
    }

    [Fact]
    public void A_health_page_describes_itself_as_a_MedicalWebPage()
    {
        var result = MedicalSite.Build(Page());

        Assert.Empty(result.Diagnostics);
        var json = JsonLd(MedicalSite.Html(result, "conditions/migraine/index.html"));
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("MedicalWebPage", json.GetProperty("@type").GetString());
        Assert.Equal("Migraine", json.GetProperty("name").GetString());
        Assert.Equal("About migraine", json.GetProperty("description").GetString());
        Assert.Equal("https://clinic.test/conditions/migraine/", json.GetProperty("url").GetString());
        Assert.Equal("en", json.GetProperty("inLanguage").GetString());
        Assert.Equal("2026-11-20", json.GetProperty("lastReviewed").GetString());
        var reviewer = json.GetProperty("reviewedBy");
        Assert.Equal(("Person", "Dr. Mallek", "MD", "https://clinic.test/about/"), (reviewer.GetProperty("@type").GetString(), reviewer.GetProperty("name").GetString(), reviewer.GetProperty("honorificSuffix").GetString(), reviewer.GetProperty("url").GetString()));
        Assert.Equal("MedicalClinic", json.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal(("MedicalCondition", "migraine"), (json.GetProperty("about")[0].GetProperty("@type").GetString(), json.GetProperty("about")[0].GetProperty("name").GetString()));
        Assert.Equal("Patient", json.GetProperty("medicalAudience").GetProperty("@type").GetString());
        var article = json.GetProperty("citation")[0];
        Assert.Equal(("ScholarlyArticle", "https://doi.org/10.1111/bcp.12094"), (article.GetProperty("@type").GetString(), article.GetProperty("url").GetString()));
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/23432384/", article.GetProperty("sameAs")[0].GetString());
        Assert.Equal(1, article.GetProperty("author").GetArrayLength()); // "et al." is not a person
        var publisher = json.GetProperty("publisher");
        Assert.Equal(("MedicalClinic", "Test Clinic", "+16175550100"), (publisher.GetProperty("@type").GetString(), publisher.GetProperty("name").GetString(), publisher.GetProperty("telephone").GetString()));
    }

    [Fact]
    public void Text_cannot_close_the_script_element()
    {
        var result = MedicalSite.Build(Page(FrontMatter.Replace("description: About migraine", "description: \"</script><script>alert(1)</script> & 'x'\"", StringComparison.Ordinal)));

        Assert.Empty(result.Diagnostics);
        var html = MedicalSite.Html(result, "conditions/migraine/index.html");
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Equal(1, head.Split("</script").Length - 1);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)", head, StringComparison.Ordinal);
        Assert.Equal("</script><script>alert(1)</script> & 'x'", JsonLd(html).GetProperty("description").GetString());
    }

    [Fact]
    public void Pages_that_are_not_health_pages_have_no_structured_data()
    {
        var result = MedicalSite.Build(Page());

        Assert.DoesNotContain("application/ld+json", MedicalSite.Html(result, "about/index.html"), StringComparison.Ordinal);
    }

    private static List<Diagnostic> WithBase(string baseTemplate)
    {
        var files = MedicalSite.Files(Page());
        files["templates/base.html"] = baseTemplate;
        return [.. MedicalSite.Build(files).Diagnostics];
    }

    [Fact]
    public void A_layout_that_forgets_the_structured_data_fails_the_check()
    {
        var error = Assert.Single(WithBase(MedicalSite.Base.Replace("{{ page.structured_data }}", "", StringComparison.Ordinal)));

        Assert.Equal(("RS0614", "content/conditions/migraine.md:1:1"), (error.Code, error.Location));
        Assert.StartsWith("the page's JSON-LD is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Structured_data_printed_twice_fails_the_check()
    {
        var error = Assert.Single(WithBase(MedicalSite.Base.Replace("{{ page.structured_data }}", "{{ page.structured_data }}{{ page.structured_data }}", StringComparison.Ordinal)));

        Assert.Contains("is given 2 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Structured_data_that_disagrees_with_the_page_fails_the_check()
    {
        var errors = WithBase(MedicalSite.Base
            .Replace("{{ page.structured_data }}", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Other"}</script>""", StringComparison.Ordinal)
            .Replace("lang=\"{{ site.language }}\"", "lang=\"fr\"", StringComparison.Ordinal));

        Assert.All(errors, e => Assert.Equal("RS0614", e.Code));
        Assert.Contains(errors, e => e.Message.StartsWith("the page's JSON-LD has 'name' 'Other', expected 'Migraine'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("the page's JSON-LD has no 'inLanguage' (expected 'fr')", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("the page's JSON-LD has no 'reviewedBy.name'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("the page's JSON-LD 'citation' lists 0 source(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_json_fails_the_check()
    {
        var error = Assert.Single(WithBase(MedicalSite.Base.Replace("{{ page.structured_data }}", "<script type=\"application/ld+json\">{ nope</script>", StringComparison.Ordinal)));

        Assert.StartsWith("the page's JSON-LD is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_health_page_without_the_disclaimer_fails_the_check()
    {
        var files = MedicalSite.Files(Page());
        files["templates/layouts/article.html"] = MedicalSite.Article.Replace("<aside class=\"disclaimer\"><p>General information only.</p></aside>", "", StringComparison.Ordinal);

        var error = Assert.Single(MedicalSite.Build(files).Diagnostics);

        Assert.Equal(("RS0611", "content/conditions/migraine.md:1:1"), (error.Code, error.Location));
        Assert.Empty(MedicalSite.Build(files).Files);
    }

    [Fact]
    public void An_empty_disclaimer_does_not_count()
    {
        var files = MedicalSite.Files(Page());
        files["templates/layouts/article.html"] = MedicalSite.Article.Replace("<p>General information only.</p>", " ", StringComparison.Ordinal);

        Assert.Equal("RS0611", Assert.Single(MedicalSite.Build(files).Diagnostics).Code);
    }
}
