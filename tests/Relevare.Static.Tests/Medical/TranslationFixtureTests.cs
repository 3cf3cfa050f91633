using Relevare.Static.Cli;
using Relevare.Static.Medical;
using Relevare.Static.Tests.Cli;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// The intent of the translation-governance fixtures (issue #19), stated independently of their approved expected
/// files (which <see cref="FixtureTests"/> compares byte for byte): which page gets which finding, what the
/// translated page shows, and what <c>--strict</c> does with it.
/// </summary>
public sealed class TranslationFixtureTests
{
    private const string Source = "content/conditions/migraine.md";
    private const string Translation = "content/es/conditions/migraine.md";
    private const string SpanishPage = "es/conditions/migrana/index.html";

    [Fact]
    public void A_translation_whose_source_was_changed_and_signed_off_again_is_out_of_date_since_that_sign_off_and_shows_a_notice()
    {
        var result = Build("translation-out-of-date-after-its-source-is-signed-off-again");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0626", Translation, false), (warning.Code, warning.Path, warning.IsError));
        Assert.Contains($"out of date since 2026-12-01: its source {Source}", warning.Message, StringComparison.Ordinal);
        Assert.Contains("signed off on 1 December 2026 by Dr. Mallek", warning.Message, StringComparison.Ordinal);
        var html = Html(result, SpanishPage);
        Assert.Contains("<strong>Esta traducci&#243;n no est&#225; al d&#237;a.</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/conditions/migraine/\" hreflang=\"en\" lang=\"en\">Ketamine for migraine</a> (cambi&#243; el 1 de diciembre de 2026)", html, StringComparison.Ordinal);
        var cell = Assert.Single(Assert.Single(result.Health!.Translations, r => r.Path == Source).Cells);
        Assert.Equal((TranslationState.OutOfDate, new DateOnly(2026, 12, 1)), (cell.State, cell.Since));
    }

    [Fact]
    public void While_the_sources_change_is_not_signed_off_only_the_source_is_reported_naming_its_translation()
    {
        var result = Build("translation-waits-while-its-source-change-is-not-signed-off");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("RS0623", Source, false), (warning.Code, warning.Path, warning.IsError));
        Assert.EndsWith($"and then its translation {Translation} is out of date until it is updated", warning.Message, StringComparison.Ordinal);
        var html = Html(result, SpanishPage);
        Assert.DoesNotContain("Esta traducci", html, StringComparison.Ordinal);
        Assert.Contains("Revisado por", html, StringComparison.Ordinal);
        Assert.DoesNotContain("review-info", Html(result, "conditions/migraine/index.html"), StringComparison.Ordinal);
        Assert.Equal(TranslationState.SourceChangePending, Assert.Single(Assert.Single(result.Health!.Translations, r => r.Path == Source).Cells).State);
    }

    [Theory]
    [InlineData("translation-out-of-date-after-its-source-is-signed-off-again", "RS0626", Translation + ":7:3", Source)]
    [InlineData("translation-waits-while-its-source-change-is-not-signed-off", "RS0623", Source + ":4:1", Translation)]
    public void Strict_fails_on_the_page_that_must_change_before_going_live_and_only_on_it(string fixture, string code, string location, string clean)
    {
        using var site = TempSite.FromFixture(fixture);

        var build = CliRunner.Run("build", "--source", site.Root, "--today", "2026-12-05");
        var strict = CliRunner.Run("build", "--source", site.Root, "--today", "2026-12-05", "--strict");

        Assert.True(build.ExitCode == ExitCodes.Success, build.ToString());
        Assert.True(strict.ExitCode == ExitCodes.Errors, strict.ToString());
        Assert.Contains($"{location}: ", strict.Error, StringComparison.Ordinal);
        Assert.Contains($" {code}: ", strict.Error, StringComparison.Ordinal);
        Assert.DoesNotContain($"{clean}:", strict.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("translation-health-page-reviewed-by-someone-without-its-language-is-an-error", "RS0630", Translation + ":4:1")]
    [InlineData("translation-with-other-reference-keys-is-an-error", "RS0631", Translation + ":10:1")]
    public void A_broken_translation_rule_gives_one_error_at_the_translation_and_nothing_is_published(string fixture, string code, string location)
    {
        var result = Build(fixture);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((code, location, true), (error.Code, error.Location, error.IsError));
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_hand_written_hreflang_alternate_without_a_link_back_is_an_error_on_the_built_page()
    {
        var result = Build("languages-hand-written-hreflang-that-is-not-reciprocal-is-an-error");

        var errors = result.Diagnostics.Where(d => d.Code == "RS0807").ToList();
        Assert.Equal(["_site/conditions/migraine/index.html:10:1", "_site/index.html:10:1"], errors.Select(d => d.Location).ToArray());
        Assert.Contains("leads to /es/conditions/migraine/, which is not a page of the site", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("leads to es/index.html, which has no hreflang alternate back to this page", errors[1].Message, StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
        Assert.Empty(result.Files);
    }

    private static BuildResult Build(string fixture) =>
        SiteBuilder.Build(new PhysicalSourceFileSystem(RepositoryPaths.Fixture(fixture)), new BuildOptions { Today = new DateOnly(2026, 12, 5) });

    private static string Html(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content.Span);
}
