using System.Text.RegularExpressions;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.New;

/// <summary><c>relevare new --lang es --translation-of …</c> on a copy of the clinic's site with Spanish declared.</summary>
public sealed partial class NewTranslationTests
{
    private static TempSite Bilingual()
    {
        var site = TempSite.FromRepository();
        var yml = site.PathOf("site.yml");
        var text = File.ReadAllText(yml);
        if (!text.Contains("\nlanguages:", StringComparison.Ordinal))
        {
            File.WriteAllText(yml, text.Replace("language: en\n", "language: en\nlanguages:\n  en: { name: English }\n  es: { name: Español, folder: es }\n", StringComparison.Ordinal));
        }

        var existing = site.PathOf("content/es/conditions/migraine.md");
        if (File.Exists(existing))
        {
            File.Delete(existing);
        }

        return site;
    }

    [Fact]
    public void A_translation_is_a_draft_copy_that_records_the_source_version_with_its_review_pending()
    {
        using var site = Bilingual();

        var run = CliRunner.Run("new", "--lang", "es", "--translation-of", "content/conditions/migraine.md", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Created content/es/conditions/migraine.md, the Español translation of content/conditions/migraine.md", run.Out, StringComparison.Ordinal);
        Assert.Contains("(the source's current text has no sign-off yet)", run.Out, StringComparison.Ordinal);
        var page = File.ReadAllText(site.PathOf("content/es/conditions/migraine.md"));
        Assert.Matches(Record(), page);
        Assert.Contains("\ndraft: true\n", page, StringComparison.Ordinal);
        Assert.Contains("\nreviewed: { placeholder: pending, why: \"the Español translation is not reviewed yet", page, StringComparison.Ordinal);
        Assert.Contains("\nreviewer: { placeholder: pending", page, StringComparison.Ordinal);
        Assert.Contains("\n  - key: niesters2014\n", page, StringComparison.Ordinal);
        Assert.Contains("\nFILL-IN: translate this page into Español", page, StringComparison.Ordinal);

        // The draft builds, and its record matches the source: no translation finding.
        var build = CliRunner.Run("build", "--source", site.Root, "--drafts", "--today", "2026-12-01");
        Assert.DoesNotMatch(@"content/es/conditions/migraine\.md:\d+:\d+: (error|warning) RS06(2[6-9]|3[0-2])", build.Error);
    }

    [Fact]
    public void A_source_without_a_sign_off_record_is_recorded_at_its_reviewed_date_which_later_dates_the_translation_going_out_of_date()
    {
        using var site = Bilingual();
        var english = site.PathOf("content/conditions/migraine.md");
        File.WriteAllText(english, ReviewedLine().Replace(File.ReadAllText(english), "reviewed: 2026-11-20", 1));

        var run = CliRunner.Run("new", "--lang", "es", "--translation-of", "content/conditions/migraine.md", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("(no sign-off recorded; the source says it was reviewed 2026-11-20)", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\ntranslation_of: \{ source: content/conditions/migraine\.md, fingerprint: ""sha256:[0-9a-f]{64}"", reviewed: 2026-11-20 \}\n", File.ReadAllText(site.PathOf("content/es/conditions/migraine.md")));

        // The English page changes and says it was reviewed again: the translation is out of date since that day.
        File.WriteAllText(english, File.ReadAllText(english)
            .Replace("They happen most often in people aged 20 to 50.", "They are most common in people aged 20 to 50.", StringComparison.Ordinal)
            .Replace("reviewed: 2026-11-20", "reviewed: 2026-12-01", StringComparison.Ordinal));
        var build = CliRunner.Run("build", "--source", site.Root, "--drafts", "--today", "2026-12-02");
        Assert.Contains("warning RS0626: this translation is out of date since 2026-12-01: its source content/conditions/migraine.md changed after it was translated", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_translation_is_never_overwritten()
    {
        using var site = Bilingual();
        CliRunner.Run("new", "--lang", "es", "--translation-of", "content/conditions/migraine.md", "--source", site.Root);
        File.WriteAllText(site.PathOf("content/es/conditions/migraine.md"), "mine");

        var run = CliRunner.Run("new", "--lang", "es", "--translation-of", "content/conditions/migraine.md", "--source", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("mine", File.ReadAllText(site.PathOf("content/es/conditions/migraine.md")));
    }

    [Theory]
    [InlineData("fr", "error: --lang 'fr' is not one of site.yml's other languages (es)")]
    [InlineData("en", "error: --lang 'en' is not one of site.yml's other languages (es)")]
    public void A_language_that_is_not_another_of_the_sites_is_a_usage_error(string language, string expected)
    {
        using var site = Bilingual();

        var run = CliRunner.Run("new", "--lang", language, "--translation-of", "content/conditions/migraine.md", "--source", site.Root);

        Assert.Equal((2, expected), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void A_source_that_is_not_a_page_of_the_default_language_is_a_usage_error()
    {
        using var site = Bilingual();

        var run = CliRunner.Run("new", "--lang", "es", "--translation-of", "content/es/index.md", "--source", site.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --translation-of 'content/es/index.md' must be a page in the site's default language (en)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_with_translation_of_is_refused()
    {
        using var site = Bilingual();

        var run = CliRunner.Run("new", "article", "X", "--lang", "es", "--translation-of", "content/conditions/migraine.md", "--source", site.Root);

        Assert.Equal(2, run.ExitCode);
    }

    [GeneratedRegex(@"\ntranslation_of: \{ source: content/conditions/migraine\.md, fingerprint: ""sha256:[0-9a-f]{64}"" \}\n")]
    private static partial Regex Record();

    [GeneratedRegex(@"reviewed: \{ placeholder: pending[^\n]*")]
    private static partial Regex ReviewedLine();
}
