using Relevare.Static.Cli;
using Relevare.Static.Medical;
using Relevare.Static.Reporting;
using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// The clinic's Spanish pages: every page of the English site, in plain Spanish, published with the review of each
/// health page declared a placeholder until a reviewer who reads Spanish is in the people file (docs/editors-guide.md,
/// "The clinic's Spanish pages"); measured and checked like any page.
/// </summary>
public sealed class ClinicSpanishPagesTests
{
    private static readonly Lazy<BuildResult> Built = new(() =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.RepositoryRoot), new BuildOptions { Today = new DateOnly(2026, 12, 1) }));

    private static readonly string[] HealthPages = ["content/es/conditions/migraine.md", "content/es/treatment/during-your-infusion.md"];

    private static string Html(string path) => System.Text.Encoding.UTF8.GetString(Built.Value.Files.Single(f => f.Path == path).Content.ToArray());

    [Fact]
    public void Every_english_page_has_a_spanish_translation()
    {
        var rows = Built.Value.Health!.Translations;

        Assert.Equal(6, rows.Length);
        Assert.All(rows, row => Assert.NotEqual(TranslationState.Missing, Assert.Single(row.Cells).State));
    }

    [Fact]
    public void Every_spanish_page_is_scored_with_the_spanish_formulas_and_meets_the_inflesz_target_without_an_exception()
    {
        var pages = Built.Value.Health!.Pages.Where(p => p.Path.StartsWith("content/es/", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, pages.Count);
        Assert.All(pages, page =>
        {
            Assert.Equal("es", page.ReadabilityLanguage);
            Assert.Null(page.ReadabilityExemptionReason);
            Assert.False(page.IsAboveReadabilityLimit, $"{page.Path}: INFLESZ {page.Readability.Inflesz}");
            Assert.True(page.Readability.Inflesz >= 55, $"{page.Path}: INFLESZ {page.Readability.Inflesz}");
        });
        Assert.DoesNotContain(Built.Value.Diagnostics, d => d.Code == "RS0636");
    }

    [Fact]
    public void The_spanish_migraine_page_is_scored_to_the_published_precision_of_the_formulas()
    {
        var page = Built.Value.Health!.Pages.Single(p => p.Path == "content/es/conditions/migraine.md");

        Assert.True(page.IsGraded);

        // The figures the formulas give for the page's counts, to their published precision (one decimal).
        var (words, sentences, syllables) = (page.Readability.Words, page.Readability.Sentences, page.Readability.Syllables);
        Assert.Equal(Math.Round(206.835 - (62.3 * syllables / words) - ((double)words / sentences), 1, MidpointRounding.AwayFromZero), page.Readability.Inflesz);
        Assert.Equal(Math.Round(206.84 - (0.60 * 100.0 * syllables / words) - (1.02 * words / sentences), 1, MidpointRounding.AwayFromZero), page.Readability.FernandezHuerta);
    }

    [Theory]
    [InlineData("content/conditions/migraine.md", "content/es/conditions/migraine.md")]
    [InlineData("content/treatment/during-your-infusion.md", "content/es/treatment/during-your-infusion.md")]
    public void A_spanish_health_page_cites_the_same_studies_as_the_english_one(string englishPath, string spanishPath)
    {
        var pages = Built.Value.Health!.Pages;
        var english = pages.Single(p => p.Path == englishPath);
        var spanish = pages.Single(p => p.Path == spanishPath);

        Assert.Equal(english.CitedKeys.ToArray(), spanish.CitedKeys.ToArray());
        Assert.Equal((english.CitationCount, english.ReferenceCount), (spanish.CitationCount, spanish.ReferenceCount));
    }

    [Fact]
    public void The_spanish_pages_translate_the_current_english_pages_and_the_health_pages_await_a_reviewer_who_reads_spanish()
    {
        var result = Built.Value;

        Assert.DoesNotContain(result.Diagnostics, d => d.Path.StartsWith("content/es/", StringComparison.Ordinal) && d.Code is "RS0626" or "RS0627" or "RS0628" or "RS0629" or "RS0630" or "RS0631" or "RS0632" or "RS0636");
        var cells = result.Health!.Translations.ToDictionary(r => r.Path, r => r.Cells.Single());
        Assert.All(["content/conditions/migraine.md", "content/treatment/during-your-infusion.md"], path =>
            Assert.Equal((TranslationState.PendingReview, true), (cells[path].State, cells[path].AwaitsReviewerForLanguage)));
        Assert.All(["content/index.md", "content/about.md", "content/dr-mallek.md"], path => Assert.Equal(TranslationState.Current, cells[path].State));
        // Its call link changes with the English page's when the clinic's number is filled in: recorded after that.
        Assert.Equal(TranslationState.NotRecorded, cells["content/free-consultation.md"].State);
    }

    [Fact]
    public void The_spanish_health_pages_are_published_but_claim_no_review_until_it_happens()
    {
        var result = Built.Value;

        foreach (var path in HealthPages)
        {
            var placeholders = result.Diagnostics.Where(d => d.Path == path).Select(d => d.Code + " " + d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)]).ToList();
            Assert.Equal(["RS0616 'reviewed' is a placeholder, not a confirmed value", "RS0616 'reviewer' is a placeholder, not a confirmed value"], placeholders);
            Assert.All(result.Diagnostics.Where(d => d.Path == path), d => Assert.Contains("awaiting a reviewer who reads Spanish", d.Message, StringComparison.Ordinal));
        }

        foreach (var page in new[] { "es/conditions/migrana/index.html", "es/treatment/durante-su-infusion/index.html" })
        {
            var html = System.Net.WebUtility.HtmlDecode(Html(page));
            Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Última revisión", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Revisada por", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\"lastReviewed\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\"reviewedBy\"", html, StringComparison.Ordinal);
            Assert.Contains("\"@type\": \"MedicalWebPage\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void English_titles_in_a_spanish_page_are_marked_english_and_the_template_words_are_spanish()
    {
        var html = Html("es/conditions/migrana/index.html");

        Assert.Contains("Niesters M, Martini C, Dahan A. <span lang=\"en\">Ketamine for chronic pain: risks and benefits.</span> <cite lang=\"en\">British Journal of Clinical Pharmacology</cite>. 2014;77(2):357–367.", html, StringComparison.Ordinal);
        Assert.Contains("Disponible en: <a href=\"https://www.nhs.uk/conditions/migraine/\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Available from", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span lang=\"en\">", Html("conditions/migraine/index.html"), StringComparison.Ordinal);
        foreach (var file in Built.Value.Files.Where(f => f.Path.StartsWith("es/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            // Every page of the navigation, the footer and the call to action is in Spanish now: nothing is "(en inglés)".
            Assert.DoesNotContain("(en ingl", Html(file.Path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_spanish_bio_page_shows_its_person_and_the_spanish_infusion_page_its_spanish_diagram()
    {
        var bio = Html("es/dr-mallek/index.html");
        Assert.Contains("<div class=\"person-card\">", bio, StringComparison.Ordinal);
        Assert.Contains("<p><strong>Dr. Mallek</strong></p>", bio, StringComparison.Ordinal);

        var infusion = Html("es/treatment/durante-su-infusion/index.html");
        Assert.Matches("<img src=\"/img/es/treatment/dia-de-infusion\\.[0-9a-f]{10}\\.svg\" alt=\"Una línea de tiempo en cuatro pasos: [^\"]+\" width=\"480\" height=\"400\"", infusion);
    }

    [Fact]
    public void While_a_change_to_the_english_page_is_not_reviewed_the_spanish_one_waits_without_a_notice()
    {
        using var site = TempSite.FromRepository();
        var english = site.PathOf("content/conditions/migraine.md");
        File.WriteAllText(english, File.ReadAllText(english).Replace("They happen most often in people aged 20 to 50.", "They are most common in people aged 20 to 50.", StringComparison.Ordinal));

        var build = CliRunner.Run("build", "--source", site.Root, "--drafts", "--today", "2026-12-01");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("RS0626", build.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Esta traducci", File.ReadAllText(site.PathOf("_site/es/conditions/migrana/index.html")), StringComparison.Ordinal);
        var report = CliRunner.Run("report", "--source", site.Root, "--output", site.PathOf("report"), "--drafts", "--today", "2026-12-01");
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("<span class=\"status status-due-soon\">current; the source&#39;s change awaits sign-off</span>", File.ReadAllText(site.PathOf("report/" + ReportFiles.HtmlFileName)), StringComparison.Ordinal);
        Assert.Contains("\"status\": \"source_change_pending\"", File.ReadAllText(site.PathOf("report/" + ReportFiles.JsonFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_english_page_changes_and_is_reviewed_the_spanish_one_says_so_in_spanish_with_a_link_to_it()
    {
        using var site = TempSite.FromRepository();
        var english = site.PathOf("content/conditions/migraine.md");
        var text = File.ReadAllText(english).Replace("They happen most often in people aged 20 to 50.", "They are most common in people aged 20 to 50.", StringComparison.Ordinal);
        var reviewed = text[text.IndexOf("reviewed: {", StringComparison.Ordinal)..];
        File.WriteAllText(english, text.Replace(reviewed[..(reviewed.IndexOf('\n', StringComparison.Ordinal) + 1)], "reviewed: 2026-12-01\n", StringComparison.Ordinal));

        var build = CliRunner.Run("build", "--source", site.Root, "--drafts", "--today", "2026-12-01");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(
            "warning RS0626: this translation is out of date: its source content/conditions/migraine.md changed after it was translated, and it has no sign-off in content/_data/reviews.yml, so its current text stands as reviewed on 1 December 2026 (its 'reviewed' date)",
            build.Error, StringComparison.Ordinal);
        var html = File.ReadAllText(site.PathOf("_site/es/conditions/migrana/index.html"));
        Assert.Contains("<strong>Esta traducci&#243;n no est&#225; al d&#237;a.</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/conditions/migraine/\" hreflang=\"en\" lang=\"en\">Ketamine infusions for migraine</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Esta traducci", File.ReadAllText(site.PathOf("_site/conditions/migraine/index.html")), StringComparison.Ordinal);
    }
}
