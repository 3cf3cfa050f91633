using Relevare.Static.Cli;
using Relevare.Static.Medical;
using Relevare.Static.Reporting;
using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// The clinic's Spanish pages, built with drafts: they stay drafts until a reviewer who reads Spanish is in the people
/// file (docs/editors-guide.md, "Translating a page"), but they are measured and checked like any page.
/// </summary>
public sealed class ClinicSpanishPagesTests
{
    private static readonly Lazy<BuildResult> Built = new(() =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.RepositoryRoot), new BuildOptions { IncludeDrafts = true, Today = new DateOnly(2026, 12, 1) }));

    [Fact]
    public void The_spanish_migraine_page_is_scored_with_the_spanish_formulas_and_meets_the_inflesz_target()
    {
        var page = Built.Value.Health!.Pages.Single(p => p.Path == "content/es/conditions/migraine.md");

        Assert.Equal("es", page.ReadabilityLanguage);
        Assert.True(page.IsGraded);
        Assert.False(page.IsAboveReadabilityLimit, $"INFLESZ {page.Readability.Inflesz}");
        Assert.True(page.Readability.Inflesz >= 55, $"INFLESZ {page.Readability.Inflesz}");

        // The figures the formulas give for the page's counts, to their published precision (one decimal).
        var (words, sentences, syllables) = (page.Readability.Words, page.Readability.Sentences, page.Readability.Syllables);
        Assert.Equal(Math.Round(206.835 - (62.3 * syllables / words) - ((double)words / sentences), 1, MidpointRounding.AwayFromZero), page.Readability.Inflesz);
        Assert.Equal(Math.Round(206.84 - (0.60 * 100.0 * syllables / words) - (1.02 * words / sentences), 1, MidpointRounding.AwayFromZero), page.Readability.FernandezHuerta);
    }

    [Fact]
    public void The_spanish_migraine_page_cites_the_same_studies_as_the_english_one()
    {
        var pages = Built.Value.Health!.Pages;
        var english = pages.Single(p => p.Path == "content/conditions/migraine.md");
        var spanish = pages.Single(p => p.Path == "content/es/conditions/migraine.md");

        Assert.Equal(english.CitedKeys.ToArray(), spanish.CitedKeys.ToArray());
        Assert.Equal((english.CitationCount, english.ReferenceCount), (spanish.CitationCount, spanish.ReferenceCount));
    }

    [Fact]
    public void The_spanish_migraine_page_translates_the_current_english_page_and_waits_for_its_review()
    {
        var result = Built.Value;

        Assert.DoesNotContain(result.Diagnostics, d => d.Path == "content/es/conditions/migraine.md" && d.Code is "RS0626" or "RS0627" or "RS0628" or "RS0629" or "RS0630" or "RS0631" or "RS0632" or "RS0636");
        var row = result.Health!.Translations.Single(r => r.Path == "content/conditions/migraine.md");
        Assert.Equal(TranslationState.PendingReview, row.Cells.Single(c => c.Language == "es").State);
    }

    [Fact]
    public void Without_drafts_the_spanish_health_pages_are_not_published()
    {
        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.RepositoryRoot), new BuildOptions { Today = new DateOnly(2026, 12, 1) });

        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("es/conditions/", StringComparison.Ordinal));
        Assert.Equal(TranslationState.Missing, result.Health!.Translations.Single(r => r.Path == "content/conditions/migraine.md").Cells.Single().State);
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
