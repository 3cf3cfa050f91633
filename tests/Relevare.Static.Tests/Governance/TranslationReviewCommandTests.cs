using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Governance;

/// <summary>
/// <c>relevare review</c> on the clinic's Spanish health pages: only a reviewer who reads Spanish may sign one off,
/// as the build requires (RS0630); the command refuses anyone else before the page says it was reviewed by them.
/// </summary>
public sealed class TranslationReviewCommandTests
{
    private const string Today = "2026-11-25";
    private const string SpanishPage = "content/es/conditions/migraine.md";

    private static TempSite ClinicWithConfirmedCredentials()
    {
        var site = TempSite.FromRepository();
        var people = site.PathOf("content/_data/people.yml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("credentials: { placeholder: \"MD\", why: \"to be confirmed by the clinic\" }", "credentials: \"MD\"", StringComparison.Ordinal));
        return site;
    }

    [Fact]
    public void A_reviewer_who_does_not_read_spanish_cannot_sign_off_a_spanish_page_and_the_page_is_left_as_it_was()
    {
        using var site = ClinicWithConfirmedCredentials();
        var before = File.ReadAllText(site.PathOf(SpanishPage));

        var review = CliRunner.Run("review", SpanishPage, "--reviewer", "mallek", "--source", site.Root, "--today", Today);

        Assert.Equal(1, review.ExitCode);
        Assert.Contains(
            "error: content/es/conditions/migraine.md is in 'es', but Dr. Mallek ('mallek') reviews in en only (content/_data/people.yml, 'languages'): a translated health page is reviewed by someone who reads its language; if Dr. Mallek does, add 'languages: [en, es]' to their entry",
            review.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(site.PathOf(SpanishPage)));
        Assert.False(File.Exists(site.PathOf("content/_data/reviews.yml")));
    }

    [Fact]
    public void Once_the_reviewer_lists_spanish_they_sign_off_the_spanish_page_and_it_shows_its_review()
    {
        using var site = ClinicWithConfirmedCredentials();
        var people = site.PathOf("content/_data/people.yml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("  bio: /dr-mallek/\n", "  bio: /dr-mallek/\n  languages: [en, es]\n", StringComparison.Ordinal));

        var english = CliRunner.Run("review", "content/conditions/migraine.md", "--reviewer", "mallek", "--source", site.Root, "--today", Today);
        var spanish = CliRunner.Run("review", SpanishPage, "--reviewer", "mallek", "--source", site.Root, "--today", Today);
        var build = CliRunner.Run("build", "--source", site.Root, "--today", Today);

        Assert.True(english.ExitCode == 0, english.ToString());
        Assert.True(spanish.ExitCode == 0, spanish.ToString());
        Assert.Contains("\nreviewed: 2026-11-25\nreviewer: mallek\n", File.ReadAllText(site.PathOf(SpanishPage)), StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(SpanishPage, build.Error, StringComparison.Ordinal);
        Assert.Contains("&#218;ltima revisi&#243;n de la p&#225;gina: <time datetime=\"2026-11-25\">25 de noviembre de 2026</time>", File.ReadAllText(site.PathOf("_site/es/conditions/migrana/index.html")), StringComparison.Ordinal);
    }
}
