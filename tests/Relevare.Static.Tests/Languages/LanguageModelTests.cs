using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Languages;

public sealed class LanguageModelTests
{
    private const string Bilingual = """
        -- site.yml --
        title: Test clinic
        base_url: https://example.test/
        language: en
        languages:
          en: { name: English }
          es: { name: Español, folder: es }
        clinic:
          name: Test clinic
        sections:
          "": page
          conditions: article
        content_types:
          page:
            template: page
            fields:
              title: { required: true }
          article:
            template: article
            fields:
              title: { required: true }
              date: { required: true }
              conditions: {}
        checks: { RS0707: off, RS0708: off, RS0709: off, RS0710: off, RS0711: off, RS0712: off, RS0713: off, RS0714: off, RS0730: off }
        -- templates/base.html --
        {{ include layout }}
        -- templates/layouts/page.html --
        {{ page.lang }} {{ page.url }} {{ page.type }} home={{ page.is_home }}{{ for t in page.translations }} [{{ t.lang }} {{ t.name }} {{ t.url }}]{{ end }}
        -- templates/layouts/article.html --
        {{ page.lang }} {{ page.url }} {{ page.type }}{{ for t in page.translations }} [{{ t.lang }} {{ t.name }} {{ t.url }}]{{ end }}{{ for a in page.alternates }} <{{ a.hreflang }} {{ a.href }}>{{ end }}

        """;

    private static string Page(string path, string frontMatter = "") =>
        $"-- {path} --\n---\ntitle: T\n{(frontMatter.Length > 0 ? frontMatter + "\n" : "")}---\n";

    private static string Article(string path, string frontMatter = "") =>
        $"-- {path} --\n---\ntitle: T\ndate: 2026-01-01\n{(frontMatter.Length > 0 ? frontMatter + "\n" : "")}---\n";

    [Fact]
    public void Pages_under_a_language_folder_are_in_that_language_and_under_its_url_prefix()
    {
        // Templates escape every character outside ASCII (ñ is &#241;), as they always have.
        var result = TestSite.BuildOk(Bilingual
            + Page("content/index.md") + Page("content/es/index.md")
            + Article("content/conditions/migraine.md") + Article("content/es/conditions/migraine.md", "slug: migrana"));

        Assert.Equal("en / page home=true [es Espa&#241;ol /es/]", result.Text("index.html").Trim());
        Assert.Equal("es /es/ page home=true [en English /]", result.Text("es/index.html").Trim());

        // The section applies under the language folder: es/conditions/… is an article, like conditions/….
        Assert.Equal(
            "es /es/conditions/migrana/ article [en English /conditions/migraine/] <en https://example.test/conditions/migraine/> <es https://example.test/es/conditions/migrana/> <x-default https://example.test/conditions/migraine/>",
            result.Text("es/conditions/migrana/index.html").Trim());
        Assert.Equal(
            "en /conditions/migraine/ article [es Espa&#241;ol /es/conditions/migrana/] <en https://example.test/conditions/migraine/> <es https://example.test/es/conditions/migrana/> <x-default https://example.test/conditions/migraine/>",
            result.Text("conditions/migraine/index.html").Trim());
    }

    [Fact]
    public void Translation_key_links_pages_whose_paths_differ()
    {
        var result = TestSite.BuildOk(Bilingual
            + Article("content/conditions/migraine.md")
            + Article("content/es/conditions/migrana.md", "translation_key: conditions/migraine.md")
            + Page("content/about.md", "translation_key: about")
            + Page("content/es/sobre-nosotros.md", "translation_key: about"));

        Assert.Contains("[en English /conditions/migraine/]", result.Text("es/conditions/migrana/index.html"), StringComparison.Ordinal);
        Assert.Contains("[es Espa&#241;ol /es/sobre-nosotros/]", result.Text("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_translation_has_no_translations_and_no_alternates()
    {
        var result = TestSite.BuildOk(Bilingual + Article("content/conditions/migraine.md") + Article("content/es/conditions/cefalea.md"));

        Assert.Equal("en /conditions/migraine/ article", result.Text("conditions/migraine/index.html").Trim());
        Assert.Equal("es /es/conditions/cefalea/ article", result.Text("es/conditions/cefalea/index.html").Trim());
    }

    [Fact]
    public void Two_pages_of_one_language_with_one_key_are_both_reported_and_linked_to_nothing()
    {
        var result = TestSite.Build(Bilingual
            + Article("content/conditions/migraine.md")
            + Article("content/es/conditions/migraine.md")
            + Article("content/es/conditions/migrana.md", "translation_key: conditions/migraine.md"));

        var duplicates = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateTranslation).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, duplicates.Count);
        Assert.Equal("content/es/conditions/migraine.md", duplicates[0].Path);
        Assert.Contains("content/es/conditions/migrana.md", duplicates[0].Message, StringComparison.Ordinal);
        Assert.Equal(("content/es/conditions/migrana.md", 4), (duplicates[1].Path, duplicates[1].Line)); // at translation_key:
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_translation_key_that_matches_no_original_warns_with_the_closest_key()
    {
        var result = TestSite.Build(Bilingual
            + Article("content/conditions/migraine.md")
            + Article("content/es/conditions/migrana.md", "translation_key: conditions/migrane.md"));

        var warning = result.Diagnostics.SingleWithCode(DiagnosticCodes.TranslationKeyUnmatched);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(("content/es/conditions/migrana.md", 4), (warning.Path, warning.Line));
        Assert.Contains("'conditions/migraine.md'", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_translation_key_is_an_error_at_the_field()
    {
        var result = TestSite.Build(Bilingual + Article("content/es/conditions/migrana.md", "translation_key: ../migraine.md"));

        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.InvalidTranslationKey);
        Assert.Equal(("content/es/conditions/migrana.md", 4), (error.Path, error.Line));
    }

    [Fact]
    public void A_folder_named_like_an_undeclared_language_warns_once()
    {
        var result = TestSite.Build(Page("content/fr/index.md") + Page("content/fr/a-propos.md") + Page("content/about.md"));

        var warning = result.Diagnostics.SingleWithCode(DiagnosticCodes.UndeclaredLanguageFolder);
        Assert.Equal("content/fr/a-propos.md", warning.Path);
        Assert.Contains("2 page(s) are published as en pages", warning.Message, StringComparison.Ordinal);
        Assert.Contains("folder: fr", warning.Hint, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_folder_that_is_a_section_is_not_taken_for_a_language()
    {
        var site = Page("content/it/index.md") + "-- site.yml --\n" + TestSite.DefaultSiteYml.Replace("  conditions: article", "  conditions: article\n  it: page", StringComparison.Ordinal);
        var result = TestSite.Build(site);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UndeclaredLanguageFolder);
    }

    [Fact]
    public void Listings_are_made_per_language_under_the_language_folder()
    {
        var site = Bilingual.Replace("checks:", "publishing:\n  page_size: 10\nchecks:", StringComparison.Ordinal)
            + "-- templates/layouts/listing.html --\n{{ listing.title }}:{{ for i in listing.items }} {{ i.url }}{{ end }}\n"
            + "-- templates/layouts/404.html --\n404 {{ site.home_url }}\n-- templates/layouts/search.html --\n{{ site.search_index_url }}\n"
            + Article("content/conditions/migraine.md", "conditions: [Migraine]") + Article("content/es/conditions/migrana.md", "conditions: [Migraña]");
        var result = TestSite.BuildOk(site);

        Assert.Equal("Conditions: /conditions/migraine/", result.Text("conditions/index.html").Trim());
        Assert.Equal("Conditions: /es/conditions/migrana/", result.Text("es/conditions/index.html").Trim());
        Assert.Equal("Migra&#241;a: /es/conditions/migrana/", result.Text("es/topics/migrana/index.html").Trim());
        Assert.Equal("Migraine: /conditions/migraine/", result.Text("topics/migraine/index.html").Trim());
    }
}
