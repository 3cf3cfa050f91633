using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Languages;

public sealed class TemplateStringsTests
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
        content_types:
          page:
            template: page
            fields:
              title: { required: true }
              reviewed: {}
        checks: { RS0707: off, RS0708: off, RS0709: off, RS0710: off, RS0711: off, RS0712: off, RS0713: off, RS0714: off, RS0730: off }
        -- templates/base.html --
        {{ include layout }}
        -- content/about.md --
        ---
        title: About
        reviewed: 2026-11-25
        ---
        -- content/es/about.md --
        ---
        title: Sobre
        reviewed: 2026-11-25
        ---

        """;

    private const string English = """
        -- templates/strings/en.yml --
        last_reviewed: "Page last reviewed"
        date_format: "{day} {month} {year}"
        month_11: "November"

        """;

    private const string Spanish = """
        -- templates/strings/es.yml --
        last_reviewed: "Última revisión"
        date_format: "{day} de {month} de {year}"
        month_11: "noviembre"

        """;

    private const string Layout = """
        -- templates/layouts/page.html --
        {{ t "last_reviewed" }}: {{ page.reviewed_text }}

        """;

    [Fact]
    public void A_page_gets_the_words_and_dates_of_its_language()
    {
        var result = TestSite.BuildOk(Bilingual + English + Spanish + Layout);

        Assert.Equal("Page last reviewed: 25 November 2026", result.Text("about/index.html").Trim());
        Assert.Equal("&#218;ltima revisi&#243;n: 25 de noviembre de 2026", result.Text("es/about/index.html").Trim());
    }

    [Fact]
    public void Numbers_are_written_as_the_page_language_writes_them()
    {
        var numbers = "-- templates/layouts/page.html --\n{{ format_number 1234 }} | {{ format_number 12500.5 }} | {{ format_number (0 - 3) }}\n";
        var result = TestSite.BuildOk(Bilingual + English + "number_decimal: \".\"\nnumber_group: \",\"\n"
            + Spanish + "number_decimal: \",\"\nnumber_group: \".\"\nnumber_group_min_digits: \"5\"\n" + numbers);

        Assert.Equal("1,234 | 12,500.5 | -3", result.Text("about/index.html").Trim());
        Assert.Equal("1234 | 12.500,5 | -3", result.Text("es/about/index.html").Trim());
    }

    [Fact]
    public void A_key_no_strings_file_has_is_an_error_at_the_template_line()
    {
        var result = TestSite.Build(Bilingual + English + Spanish + "-- templates/layouts/page.html --\n<p>\n  {{ t \"last_reviewd\" }}\n</p>\n");

        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TemplateStringMissing).ToList();
        Assert.Equal(2, errors.Count); // one per language: each names the file to add it to
        Assert.All(errors, e => Assert.Equal(("templates/layouts/page.html", 2, 6), (e.Path, e.Line, e.Column)));
        Assert.Contains(errors, e => e.Message.Contains("templates/strings/es.yml", StringComparison.Ordinal));
        Assert.Contains("add 'last_reviewd: \"…\"' to templates/strings/en.yml", errors.Single(e => e.Message.Contains("en.yml", StringComparison.Ordinal)).Hint, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_strings_file_missing_keys_of_the_default_language_is_reported_once_at_the_file()
    {
        var result = TestSite.Build(Bilingual + English + "-- templates/strings/es.yml --\nlast_reviewed: \"Última revisión\"\n" + Layout);

        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.StringsFileMissingKey);
        Assert.Equal(("templates/strings/es.yml", 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("date_format, month_11", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateStringMissing);
    }

    [Theory]
    [InlineData("-- templates/strings/es.yml --\n- a\n- b\n", "templates/strings/es.yml", "must be a list of 'key: text' lines")]
    [InlineData("-- templates/strings/es.yml --\nLast: x\n", "templates/strings/es.yml", "'Last' is not a string key")]
    [InlineData("-- templates/strings/es.yml --\nlast_reviewed: [a, b]\n", "templates/strings/es.yml", "'last_reviewed' must be text")]
    [InlineData("-- templates/strings/fr.yml --\nlast_reviewed: x\n", "templates/strings/fr.yml", "for the language 'fr', which site.yml does not declare")]
    public void Unusable_strings_files_are_errors(string file, string path, string message)
    {
        var result = TestSite.Build(Bilingual + English + Spanish + Layout + file);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.StringsFileInvalid);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_language_needs_a_strings_file_once_one_exists()
    {
        var result = TestSite.Build(Bilingual + English + Layout);

        var error = result.Diagnostics.SingleWithCode(DiagnosticCodes.StringsFileInvalid);
        Assert.Equal("templates/strings/es.yml", error.Path);
        Assert.Contains("no strings file for Español", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_strings_files_dates_stay_in_english_and_the_output_is_as_before()
    {
        var result = TestSite.BuildOk("-- content/conditions/a.md --\n---\ntitle: A\ndate: 2026-01-05\nupdated: 2026-11-25\n---\n-- templates/layouts/article.html --\n{{ page.date_text }}, {{ page.updated_text }}\n");

        Assert.Equal("<title>A</title>\n5 January 2026, 25 November 2026", result.Text("conditions/a/index.html").Trim());
    }
}
