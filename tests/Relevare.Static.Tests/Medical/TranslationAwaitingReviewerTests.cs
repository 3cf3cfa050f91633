using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Medical;
using Relevare.Static.Reporting;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// A translated health page published with its review declared a placeholder, while nobody in the people file
/// reviews in its language: it claims no review, each placeholder is a warning at its line (so --strict fails), and
/// the report says it awaits a reviewer who reads the language. Also: the language of a translation's references.
/// </summary>
public sealed class TranslationAwaitingReviewerTests
{
    private const string Languages = BilingualMedicalSite.Languages;

    private const string Source = BilingualMedicalSite.Source;

    private const string Pending = "{ placeholder: pending, why: \"awaiting a reviewer who reads Spanish\" }";

    private static readonly Lazy<string> SourceFingerprint = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        var (_, page) = SiteBuilder.ReadOnePage(InMemorySourceFileSystem.FromText(MedicalSite.Files(Source)), "content/conditions/migraine.md", diagnostics);
        return ReviewFingerprint.Of(page!);
    });

    private static string Translation(string referenceLanguage = "") => $"""
        ---
        title: Migraña
        reviewed: {Pending}
        reviewer: {Pending}
        translation_of:
          source: content/conditions/migraine.md
          fingerprint: "{SourceFingerprint.Value}"
        references:
          - key: niesters2014
            authors: [Niesters M]
            title: Ketamine for chronic pain
            journal: Br J Clin Pharmacol
            year: 2014
            doi: 10.1111/bcp.12094{referenceLanguage}
        ---

        La ketamina puede ayudar a algunas personas con migraña [@niesters2014].
        """;

    // The article layout prints each reference's language in brackets, and the review line only while it may be claimed.
    private static Dictionary<string, string> Files(string translation, string people = MedicalSite.People)
    {
        var files = MedicalSite.Files(Source);
        files["site.yml"] = MedicalSite.SiteYml.Replace("base_url: https://clinic.test/\n", "base_url: https://clinic.test/\n" + Languages + "\n", StringComparison.Ordinal);
        files["content/_data/people.yml"] = people;
        files["content/es/conditions/migraine.md"] = translation;
        files["templates/base.html"] = MedicalSite.Base.Replace("{{ site.language }}", "{{ page.lang }}", StringComparison.Ordinal);
        files["templates/layouts/article.html"] = """
            <main><h1>{{ page.title }}</h1>
            {{ page.content }}
            {{ for r in page.references }}<p id="{{ r.id }}">[{{ r.lang }}] {{ r.title_text }}</p>{{ end }}
            {{ if page.reviewed }}<p>Page last reviewed: {{ page.reviewed_text }}</p>{{ end }}
            </main>
            <aside class="disclaimer"><p>General information only.</p></aside>
            """;
        return files;
    }

    [Fact]
    public void A_translation_awaiting_a_reviewer_who_reads_its_language_is_published_without_a_review_and_warned_at_each_placeholder()
    {
        var result = MedicalSite.Build(Files(Translation()));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Path == "content/es/conditions/migraine.md").Select(d => $"{d.Code} {d.Location}").ToList();
        Assert.Equal(["RS0616 content/es/conditions/migraine.md:3:11", "RS0616 content/es/conditions/migraine.md:4:11"], warnings);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RS0630"); // no reviewer named, so none who reads the wrong language
        var html = MedicalSite.Html(result, "es/conditions/migraine/index.html");
        Assert.DoesNotContain("Page last reviewed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"lastReviewed\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reviewedBy\"", html, StringComparison.Ordinal);

        var cell = Assert.Single(Assert.Single(result.Health!.Translations, r => r.Path == "content/conditions/migraine.md").Cells);
        Assert.Equal((TranslationState.PendingReview, true), (cell.State, cell.AwaitsReviewerForLanguage));
        var report = ContentHealthReport.Render(result.Health, result.Diagnostics);
        Assert.Contains("pending review: awaiting a reviewer who reads es (nobody in content/_data/people.yml lists it in &#39;languages&#39;)", report.Html, StringComparison.Ordinal);
        Assert.Contains("\"awaiting_reviewer_for_language\": true", report.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_a_reviewer_who_reads_the_language_is_in_the_people_file_the_page_awaits_only_its_review()
    {
        var people = MedicalSite.People + """

            garcia:
              name: "Dr. García"
              credentials: "MD"
              languages: [en, es]
            """;

        var result = MedicalSite.Build(Files(Translation(), people));

        var cell = Assert.Single(Assert.Single(result.Health!.Translations, r => r.Path == "content/conditions/migraine.md").Cells);
        Assert.Equal((TranslationState.PendingReview, false), (cell.State, cell.AwaitsReviewerForLanguage));
        var report = ContentHealthReport.Render(result.Health, result.Diagnostics);
        Assert.Contains(">pending review</span>", report.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("awaiting a reviewer who reads es", report.Html, StringComparison.Ordinal); // (the placeholders' own words stay in the open diagnostics)
        Assert.DoesNotContain("awaiting_reviewer_for_language", report.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_is_in_the_sites_default_language_unless_it_says_so_and_is_marked_only_on_a_page_in_another_language()
    {
        var english = MedicalSite.Build(Files(Translation()));
        var spanishSource = MedicalSite.Build(Files(Translation("\n    language: es")));

        Assert.Contains("<p id=\"ref-niesters2014\">[] Ketamine for chronic pain.</p>", MedicalSite.Html(english, "conditions/migraine/index.html"), StringComparison.Ordinal);
        Assert.Contains("<p id=\"ref-niesters2014\">[en] Ketamine for chronic pain.</p>", MedicalSite.Html(english, "es/conditions/migraine/index.html"), StringComparison.Ordinal);
        Assert.Contains("<p id=\"ref-niesters2014\">[] Ketamine for chronic pain.</p>", MedicalSite.Html(spanishSource, "es/conditions/migraine/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_language_that_is_not_a_language_tag_is_an_error_at_the_value()
    {
        var result = MedicalSite.Build(Files(Translation("\n    language: Spanish")));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "RS0609");
        Assert.Equal("content/es/conditions/migraine.md:15:15", error.Location);
        Assert.Equal("'Spanish' is not a language tag", error.Message);
        Assert.False(result.Succeeded);
    }
}
