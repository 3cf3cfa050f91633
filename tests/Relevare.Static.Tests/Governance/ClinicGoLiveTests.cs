using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Governance;

/// <summary>
/// The clinic's own site is not ready for patients until the clinic supplies its facts: <c>relevare build --strict</c>
/// fails naming exactly the placeholders, and passes once they are filled in and the pages are signed off.
/// </summary>
public sealed class ClinicGoLiveTests
{
    private const string Today = "2026-11-25";

    [Fact]
    public void Strict_build_of_the_clinic_site_fails_listing_exactly_the_facts_the_clinic_must_supply()
    {
        using var site = TempSite.FromRepository();

        var run = CliRunner.Run("build", "--source", site.Root, "--today", Today, "--strict");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(ClinicPlaceholders.Expected, ClinicPlaceholders.Printed(run.Error));
        Assert.DoesNotContain(": error RS", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Until_it_is_signed_off_a_clinic_page_claims_no_review_and_no_unconfirmed_fact_reaches_json_ld()
    {
        using var site = TempSite.FromRepository();

        var run = CliRunner.Run("build", "--source", site.Root, "--today", Today);

        Assert.True(run.ExitCode == 0, run.ToString());
        var migraine = File.ReadAllText(site.PathOf("_site/conditions/migraine/index.html"));
        Assert.DoesNotContain("Page last reviewed", migraine, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewed by", migraine, StringComparison.Ordinal);
        Assert.DoesNotContain("\"lastReviewed\"", migraine, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reviewedBy\"", migraine, StringComparison.Ordinal);
        Assert.DoesNotContain("\"telephone\"", migraine, StringComparison.Ordinal);
        Assert.DoesNotContain("\"honorificSuffix\"", migraine, StringComparison.Ordinal);
        Assert.DoesNotContain("Dr. Mallek, MD", migraine, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"portrait portrait-placeholder\">", File.ReadAllText(site.PathOf("_site/dr-mallek/index.html")), StringComparison.Ordinal);
        Assert.Contains("<p><strong>Dr. Mallek</strong></p>", File.ReadAllText(site.PathOf("_site/dr-mallek/index.html")), StringComparison.Ordinal);
        foreach (var page in new[] { "_site/es/conditions/migrana/index.html", "_site/es/treatment/durante-su-infusion/index.html" })
        {
            // The Spanish health pages are published, awaiting a reviewer who reads Spanish: they claim no review either.
            var spanish = System.Net.WebUtility.HtmlDecode(File.ReadAllText(site.PathOf(page)));
            Assert.Contains("<html lang=\"es\">", spanish, StringComparison.Ordinal);
            Assert.DoesNotContain("Última revisión", spanish, StringComparison.Ordinal);
            Assert.DoesNotContain("Revisada por", spanish, StringComparison.Ordinal);
            Assert.DoesNotContain("\"lastReviewed\"", spanish, StringComparison.Ordinal);
            Assert.DoesNotContain("\"reviewedBy\"", spanish, StringComparison.Ordinal);
            Assert.DoesNotContain("\"honorificSuffix\"", spanish, StringComparison.Ordinal);
        }

        var spanishBio = File.ReadAllText(site.PathOf("_site/es/dr-mallek/index.html"));
        Assert.Contains("<figure class=\"portrait portrait-placeholder\">", spanishBio, StringComparison.Ordinal); // the translated bio page shows its person
        Assert.Contains("<p><strong>Dr. Mallek</strong></p>", spanishBio, StringComparison.Ordinal); // no credentials while they are a placeholder, and no stray comma
    }

    [Fact]
    public void Strict_build_passes_once_the_clinic_fills_in_its_facts_and_the_reviewer_signs_the_pages_off()
    {
        using var site = TempSite.FromRepository();
        Edit(site, "site.yml",
            ("base_url: https://www.relevare.example/", "base_url: https://www.relevare-clinic.com/"),
            ("phone: { placeholder: \"+1 555 0100\", why: \"the clinic's source text gives no phone number; this one is fictional\" }", "phone: \"+1 617 555 0142\""),
            ("address: { placeholder: \"Address to be confirmed\", why: \"the clinic's source text gives no address\" }", "address: \"12 Harbor Street, Boston, MA 02110\""));
        Edit(site, "content/_data/people.yml",
            ("credentials: { placeholder: \"MD\", why: \"to be confirmed by the clinic\" }", "credentials: \"MD\""),
            ("role: { placeholder: \"Clinician at Relevare\", why: \"to be confirmed by the clinic\" }", "role: \"Medical director\""),
            ("portrait: { placeholder: \"photo of Dr. Mallek\", why: \"the clinic has not supplied a photo yet\" }", "portrait: mallek.png"),
            ("  bio: /dr-mallek/", "  bio: /dr-mallek/\n  languages: [en, es]")); // a reviewer who reads Spanish too
        File.WriteAllBytes(site.PathOf("content/_data/mallek.png"), Images.TestImages.Png(600, 750)); // as .ci/fill-placeholders.ps1 makes one
        Edit(site, "content/free-consultation.md", ("(tel:+15550100)", "(tel:+16175550142)"), ("Call +1 555 0100", "Call (617) 555-0142"));
        Edit(site, "content/es/free-consultation.md", ("(tel:+15550100)", "(tel:+16175550142)"), ("Llame al +1 555 0100", "Llame al (617) 555-0142"));

        foreach (var page in new[] { "content/conditions/migraine.md", "content/treatment/during-your-infusion.md", "content/es/conditions/migraine.md", "content/es/treatment/during-your-infusion.md" })
        {
            var review = CliRunner.Run("review", page, "--reviewer", "mallek", "--source", site.Root, "--today", Today);
            Assert.True(review.ExitCode == 0, review.ToString());
        }

        var run = CliRunner.Run("build", "--source", site.Root, "--today", Today, "--strict");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Contains("— 0 errors, 0 warnings", run.Out, StringComparison.Ordinal);
        var migraine = File.ReadAllText(site.PathOf("_site/conditions/migraine/index.html"));
        Assert.Contains("Page last reviewed: <time datetime=\"2026-11-25\">", migraine, StringComparison.Ordinal);
        Assert.Contains("\"lastReviewed\": \"2026-11-25\"", migraine, StringComparison.Ordinal);
        Assert.Contains("\"telephone\": \"\\u002B16175550142\"", migraine, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+16175550142\">(617) 555-0142</a>", migraine, StringComparison.Ordinal);
        var spanish = File.ReadAllText(site.PathOf("_site/es/conditions/migrana/index.html"));
        Assert.Contains("Última revisión de la página: <time datetime=\"2026-11-25\">", System.Net.WebUtility.HtmlDecode(spanish), StringComparison.Ordinal);
        Assert.Contains("Revisada por <a href=\"/es/dr-mallek/\">Dr. Mallek</a>, MD", System.Net.WebUtility.HtmlDecode(spanish), StringComparison.Ordinal);
        Assert.Contains("\"lastReviewed\": \"2026-11-25\"", spanish, StringComparison.Ordinal);
        var spanishBio = File.ReadAllText(site.PathOf("_site/es/dr-mallek/index.html"));
        Assert.Contains("<p><strong>Dr. Mallek</strong>, MD</p>", spanishBio, StringComparison.Ordinal);
        Assert.Contains("<p lang=\"en\">Medical director</p>", spanishBio, StringComparison.Ordinal); // the people file's words, in English
        Assert.DoesNotContain("portrait-placeholder", spanishBio, StringComparison.Ordinal);
        var bio = File.ReadAllText(site.PathOf("_site/dr-mallek/index.html"));
        Assert.DoesNotContain("portrait-placeholder", bio, StringComparison.Ordinal);
        Assert.Matches("<img src=\"/img/_data/mallek-600w\\.[0-9a-f]{10}\\.png\" srcset=\"[^\"]+\" sizes=\"15rem\" width=\"600\" height=\"750\" alt=\"Dr. Mallek\"", bio);
    }

    private static void Edit(TempSite site, string file, params (string From, string To)[] edits)
    {
        var path = site.PathOf(file);
        var text = File.ReadAllText(path);
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(path, text);
    }
}
