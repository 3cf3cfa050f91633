using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Medical;

public sealed class ClaimTests
{
    private const string Reference = """
        references:
          - { key: s2018, authors: [Schwenk ES], title: Ketamine for refractory headache, year: 2018, pmid: 29923953 }
        """;

    private static List<Diagnostic> Claims(string body)
    {
        var result = MedicalSite.Build(MedicalSite.HealthPage($"reviewed: 2026-11-20\nreviewer: mallek\n{Reference}", body + "\n\nSee [@s2018].\n"));
        return [.. result.Diagnostics.Where(d => d.Code == "RS0610")];
    }

    [Theory]
    [InlineData("Ketamine can cure migraine.", "cure")]
    [InlineData("Results are GUARANTEED.", "GUARANTEED")]
    [InlineData("It is a proven treatment.", "proven")]
    [InlineData("Relief is permanent for most.", "permanent")]
    [InlineData("It works 100% of the time.", "100%")]
    [InlineData("There are no side effects.", "no side effects")]
    [InlineData("There are no side-effects.", "no side-effects")]
    [InlineData("It is **proven** to help.", "proven")]
    [InlineData("Your migraines are gone for good.", "for good")]
    [InlineData("The infusion is completely safe.", "completely safe")]
    [InlineData("Ketamine eliminates migraine pain.", "eliminates")]
    [InlineData("Relief is guaranteed.", "guaranteed")]
    [InlineData("A miracle for migraine.", "miracle")]
    [InlineData("A breakthrough in headache care.", "breakthrough")]
    public void Risky_wording_without_a_citation_is_a_warning_at_the_word(string sentence, string word)
    {
        var warning = Assert.Single(Claims(sentence));

        Assert.False(warning.IsError);
        Assert.Equal($"'{word}' makes a strong claim, and this sentence cites no source", warning.Message);
        Assert.Equal(1 + sentence.IndexOf(word, StringComparison.Ordinal), warning.Column);
        Assert.Equal(9, warning.Line);
    }

    [Theory]
    [InlineData("Ketamine can cure migraine for some [@s2018].")]
    [InlineData("There is no cure for migraine.")]
    [InlineData("Ketamine does not cure migraine.")]
    [InlineData("Relief is not guaranteed.")]
    [InlineData("Nothing is proven yet.")]
    [InlineData("Your data is secure and procured safely.")]
    [InlineData("A `cure` in code is not prose.")]
    [InlineData("Ketamine is not a miracle.")]
    [InlineData("It is not completely safe.")]
    [InlineData("Ketamine is no breakthrough.")]
    [InlineData("It never eliminates every risk.")]
    [InlineData("We monitor you for good reason.")]
    [InlineData("Rest is important for good sleep.")]
    [InlineData("Relief is not guaranteed for good.")]
    public void Careful_or_cited_wording_is_not_flagged(string sentence) => Assert.Empty(Claims(sentence));

    [Fact]
    public void A_strong_claim_in_an_otherwise_cited_paragraph_needs_its_own_citation()
    {
        const string Sentence = "Ketamine works for some [@s2018]. For others it is a miracle.";

        var warning = Assert.Single(Claims(Sentence));

        Assert.Equal("'miracle' makes a strong claim, and this sentence cites no source", warning.Message);
        Assert.Equal(1 + Sentence.IndexOf("miracle", StringComparison.Ordinal), warning.Column);
    }

    [Theory]
    [InlineData("It can cure migraine for some.[@s2018] Others gain little.")]
    [InlineData("Some feel better [@s2018]; for them relief was permanent.")]
    [InlineData("[@s2018] found it can cure migraine in some.")]
    public void A_citation_counts_for_the_sentence_it_stands_in(string sentence) => Assert.Empty(Claims(sentence));

    [Fact]
    public void A_citation_in_the_next_sentence_does_not_count()
    {
        var warning = Assert.Single(Claims("Ketamine can cure migraine. Some found this [@s2018]."));

        Assert.Equal(14, warning.Column);
    }

    [Fact]
    public void The_site_can_set_its_own_risky_phrases()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek", "A miracle treatment. A cure.\n"));
        files["site.yml"] = files["site.yml"].Replace("  health_types: [article]", "  health_types: [article]\n  risky_phrases: [miracle]", StringComparison.Ordinal);

        var warning = Assert.Single(MedicalSite.Build(files).Diagnostics);

        Assert.Contains("'miracle'", warning.Message, StringComparison.Ordinal);
    }
}
