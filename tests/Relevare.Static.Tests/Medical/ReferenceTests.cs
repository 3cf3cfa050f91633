using Relevare.Static.Citations;

namespace Relevare.Static.Tests.Medical;

public sealed class ReferenceTests
{
    [Theory]
    [InlineData("10.1111/bcp.12094", true)]
    [InlineData("10.1097/AAP.0000000000000827", true)]
    [InlineData("10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2", false)]
    [InlineData("https://doi.org/10.1111/bcp.12094", false)]
    [InlineData("doi:10.1111/bcp.12094", false)]
    [InlineData("10.11/x", false)]
    [InlineData("10.1111/", false)]
    [InlineData("10.1111/bcp 12094", false)]
    public void Doi_syntax_follows_crossref(string doi, bool valid) => Assert.Equal(valid, ReferenceReader.IsDoi(doi));

    [Theory]
    [InlineData("29923953", true)]
    [InlineData("1", true)]
    [InlineData("0123", false)]
    [InlineData("PMC4014022", false)]
    [InlineData("1234567890", false)]
    [InlineData("2992 3953", false)]
    public void Pmid_is_a_whole_number(string pmid, bool valid) => Assert.Equal(valid, ReferenceReader.IsPmid(pmid));

    private static IEnumerable<(string Code, string Location, string Message, string? Hint)> Errors(string references)
    {
        var result = MedicalSite.Build(MedicalSite.HealthPage($"reviewed: 2026-11-25\nreviewer: mallek\nreferences:\n{references}", "Text [@a].\n"));
        Assert.Empty(result.Files);
        return result.Diagnostics.Select(d => (d.Code, d.Location, d.Message, d.Hint));
    }

    [Fact]
    public void A_doi_with_a_prefix_is_refused_with_the_bare_doi_as_hint()
    {
        var error = Assert.Single(Errors("  - key: a\n    authors: [A B]\n    title: T\n    year: 2020\n    doi: https://doi.org/10.1111/bcp.12094\n"));

        Assert.Equal(("RS0609", "content/conditions/migraine.md:10:10"), (error.Code, error.Location));
        Assert.Equal("write only the DOI, without a prefix: 'doi: 10.1111/bcp.12094'", error.Hint);
    }

    [Fact]
    public void A_pmc_number_given_as_pmid_is_refused()
    {
        var error = Assert.Single(Errors("  - key: a\n    authors: [A B]\n    title: T\n    year: 2020\n    pmid: PMC4014022\n"));

        Assert.Equal(("RS0609", "content/conditions/migraine.md:10:11"), (error.Code, error.Location));
    }

    [Fact]
    public void Every_missing_field_is_reported()
    {
        var errors = Errors("  - key: a\n").Select(e => e.Message).ToList();

        Assert.Contains("the reference has no 'authors'", errors);
        Assert.Contains("the reference has no 'title'", errors);
        Assert.Contains("the reference has no 'year'", errors);
        Assert.Contains("the reference 'a' gives no way to find the source", errors);
    }

    [Fact]
    public void Keys_must_be_unique_and_fields_known()
    {
        var errors = Errors("""
              - { key: a, authors: [A], title: T, year: 2020, doi: 10.1111/x1 }
              - { key: a, authors: [A], title: U, year: 2021, doi: 10.1111/x2 }
              - { key: b, authors: [A], title: U, year: 2021, doi: 10.1111/x3, jornal: J }

            """).ToList();

        Assert.Contains(errors, e => e.Message == "unknown reference field 'jornal'" && e.Hint == "did you mean 'journal'?");
        Assert.Contains(errors, e => e.Message.StartsWith("the reference key 'a' is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Details_are_written_in_vancouver_style()
    {
        var reference = new Reference("k", ["A"], "T", "J", "2014", "77", "2", "357–367", "10.1111/bcp.12094", "1", null, default);

        Assert.Equal("2014;77(2):357–367", reference.Details);
        Assert.Equal("https://doi.org/10.1111/bcp.12094", reference.PrimaryUrl);
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/1/", reference.PubMedUrl);
    }
}
