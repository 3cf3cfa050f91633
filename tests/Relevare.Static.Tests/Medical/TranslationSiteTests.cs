using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Medical;

namespace Relevare.Static.Tests.Medical;

/// <summary>Translation governance in a built bilingual site: the checks, the notice on the page and the report's table.</summary>
public sealed class TranslationSiteTests
{
    private const string Languages = BilingualMedicalSite.Languages;

    private const string Source = BilingualMedicalSite.Source;

    private static string Translation(string fingerprint, string reviewer = "garcia", string reviewed = "2026-11-22", string references = "niesters2014") => $"""
        ---
        title: Migraña
        reviewed: {reviewed}
        reviewer: {reviewer}
        translation_of:
          source: content/conditions/migraine.md
          fingerprint: "{fingerprint}"
          reviewed: 2026-11-20
        references:
          - key: {references}
            authors: [Niesters M]
            title: Ketamine for chronic pain
            journal: Br J Clin Pharmacol
            year: 2014
            doi: 10.1111/bcp.12094
        ---

        La ketamina puede ayudar a algunas personas con migraña [@{references}].
        """;

    private const string People = MedicalSite.People + """

        garcia:
          name: "Dr. García"
          credentials: "MD"
          languages: [en, es]
        """;

    private static Dictionary<string, string> Files(string source, string translation, string? reviews = null)
    {
        var files = MedicalSite.Files(source);
        files["site.yml"] = MedicalSite.SiteYml.Replace("base_url: https://clinic.test/\n", "base_url: https://clinic.test/\n" + Languages + "\n", StringComparison.Ordinal);
        files["content/_data/people.yml"] = People;
        files["content/es/conditions/migraine.md"] = translation;
        files["templates/base.html"] = MedicalSite.Base.Replace("{{ site.language }}", "{{ page.lang }}", StringComparison.Ordinal);
        files["templates/layouts/article.html"] = MedicalSite.Article.Replace("<main>", "<main>{{ if page.translation_outdated }}<p class=\"outdated\">Desde {{ page.translation_outdated.since }}: <a href=\"{{ page.translation_outdated.url }}\" hreflang=\"{{ page.translation_outdated.lang }}\" lang=\"{{ page.translation_outdated.lang }}\">{{ page.translation_outdated.title }}</a></p>{{ end }}", StringComparison.Ordinal);
        if (reviews is not null)
        {
            files["content/_data/reviews.yml"] = reviews;
        }

        return files;
    }

    private static string FingerprintOf(string sourceText)
    {
        var files = Files(sourceText, Translation("sha256:" + new string('0', 64)));
        var diagnostics = new List<Diagnostic>();
        var (_, page) = SiteBuilder.ReadOnePage(InMemorySourceFileSystem.FromText(files), "content/conditions/migraine.md", diagnostics);
        return ReviewFingerprint.Of(page!);
    }

    private static string Reviews(params (string Date, string Fingerprint)[] signOffs) =>
        "\"content/conditions/migraine.md\":\n" + string.Concat(signOffs.Select(s => $"  - {{ date: {s.Date}, reviewer: mallek, content: \"{s.Fingerprint}\" }}\n"));

    [Fact]
    public void A_translation_of_the_reviewed_source_is_current_and_shows_no_notice()
    {
        var current = FingerprintOf(Source);

        var result = MedicalSite.Build(Files(Source, Translation(current), Reviews(("2026-11-20", current))));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("RS062", StringComparison.Ordinal) || d.Code.StartsWith("RS063", StringComparison.Ordinal));
        Assert.DoesNotContain("class=\"outdated\"", MedicalSite.Html(result, "es/conditions/migraine/index.html"), StringComparison.Ordinal);
        var row = Assert.Single(result.Health!.Translations, r => r.Path == "content/conditions/migraine.md");
        Assert.Equal(TranslationState.Current, Assert.Single(row.Cells).State);
    }

    [Fact]
    public void After_the_source_changes_and_is_signed_off_the_translation_is_out_of_date_and_says_so()
    {
        var old = FingerprintOf(Source);
        var changed = Source.Replace("may help some people", "may help a few people", StringComparison.Ordinal).Replace("2026-11-20", "2026-12-01", StringComparison.Ordinal);
        var current = FingerprintOf(changed);

        var result = MedicalSite.Build(Files(changed, Translation(old), Reviews(("2026-11-20", old), ("2026-12-01", current))), new DateOnly(2026, 12, 5));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RS0626");
        Assert.Equal("content/es/conditions/migraine.md:6:3", warning.Location);
        Assert.StartsWith("this translation is out of date since 2026-12-01: its source content/conditions/migraine.md changed", warning.Message, StringComparison.Ordinal);
        Assert.Contains(
            "<p class=\"outdated\">Desde 2026-12-01: <a href=\"/conditions/migraine/\" hreflang=\"en\" lang=\"en\">Migraine</a></p>",
            MedicalSite.Html(result, "es/conditions/migraine/index.html"), StringComparison.Ordinal);
        var cell = Assert.Single(Assert.Single(result.Health!.Translations, r => r.Path == "content/conditions/migraine.md").Cells);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 12, 1)), (cell.State, cell.Since));
    }

    [Fact]
    public void While_the_source_change_is_not_signed_off_the_source_fails_and_names_the_translation_which_stays_as_it_is()
    {
        var old = FingerprintOf(Source);
        var changed = Source.Replace("may help some people", "may help a few people", StringComparison.Ordinal);

        var result = MedicalSite.Build(Files(changed, Translation(old), Reviews(("2026-11-20", old))), new DateOnly(2026, 12, 5));

        Assert.DoesNotContain(result.Diagnostics, d => d.Path == "content/es/conditions/migraine.md");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RS0623");
        Assert.Equal(("content/conditions/migraine.md", false), (warning.Path, warning.IsError));
        Assert.Equal(
            "this page has changed since it was reviewed on 20 November 2026 by Dr. Mallek; it does not show its review until the change is signed off, and then its translation content/es/conditions/migraine.md is out of date until it is updated",
            warning.Message);
        Assert.DoesNotContain("class=\"outdated\"", MedicalSite.Html(result, "es/conditions/migraine/index.html"), StringComparison.Ordinal);
        var cell = Assert.Single(Assert.Single(result.Health!.Translations, r => r.Path == "content/conditions/migraine.md").Cells);
        Assert.Equal((TranslationState.SourceChangePending, (DateOnly?)null), (cell.State, cell.Since));
    }

    [Fact]
    public void A_source_change_recorded_as_editorial_leaves_the_translation_current_and_the_source_clean()
    {
        var old = FingerprintOf(Source);
        var changed = Source.Replace("people with migraine [", "people with  migraine. [", StringComparison.Ordinal);
        var current = FingerprintOf(changed);
        var reviews = Reviews(("2026-11-20", old)) + $"  - {{ date: 2026-11-25, editorial: \"typo fix\", by: mallek, content: \"{current}\" }}\n";

        var result = MedicalSite.Build(Files(changed, Translation(old), reviews), new DateOnly(2026, 12, 5));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RS0623" or "RS0626");
        Assert.Equal(TranslationState.Current, Assert.Single(Assert.Single(result.Health!.Translations, r => r.Path == "content/conditions/migraine.md").Cells).State);
    }

    [Fact]
    public void A_translated_health_page_reviewed_by_someone_who_does_not_read_spanish_is_an_error()
    {
        var current = FingerprintOf(Source);

        var result = MedicalSite.Build(Files(Source, Translation(current, reviewer: "mallek"), Reviews(("2026-11-20", current))));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "RS0630");
        Assert.Equal("content/es/conditions/migraine.md:4:1", error.Location);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Mismatched_reference_keys_are_an_error()
    {
        var current = FingerprintOf(Source);

        var result = MedicalSite.Build(Files(Source, Translation(current, references: "niesters"), Reviews(("2026-11-20", current))));

        var error = Assert.Single(result.Diagnostics, d => d.Code == "RS0631");
        Assert.Equal("this translation's references differ from those of its source content/conditions/migraine.md: it lacks 'niesters2014'; it adds 'niesters'", error.Message);
    }

    [Fact]
    public void The_report_lists_a_missing_translation()
    {
        var current = FingerprintOf(Source);

        var result = MedicalSite.Build(Files(Source, Translation(current), Reviews(("2026-11-20", current))));

        var about = Assert.Single(result.Health!.Translations, r => r.Path == "content/about.md");
        Assert.Equal(TranslationState.Missing, Assert.Single(about.Cells).State);
        Assert.Equal(["es"], result.Health.OtherLanguages.ToArray());
    }

    [Fact]
    public void A_spanish_page_is_scored_with_the_spanish_formulas_and_an_english_one_is_not()
    {
        var current = FingerprintOf(Source);

        var result = MedicalSite.Build(Files(Source, Translation(current), Reviews(("2026-11-20", current))));

        Assert.Equal("es", result.Health!.Pages.Single(p => p.Path == "content/es/conditions/migraine.md").ReadabilityLanguage);
        Assert.Equal("en", result.Health.Pages.Single(p => p.Path == "content/conditions/migraine.md").ReadabilityLanguage);
    }
}
