using Relevare.Static.Publishing;
using Relevare.Static.Tests.Medical;

namespace Relevare.Static.Tests.Checks;

/// <summary>
/// <c>relevare check --site</c> runs the build's page rules beyond the checks: the Content-Security-Policy rule
/// where the folder's <c>_headers</c> sends relevare's policy (or a stricter one), the medical output rules where
/// <c>--config</c>'s site.yml has <c>medical:</c>.
/// </summary>
public sealed class CheckSiteRulesTests : IDisposable
{
    private const string TrackerPage = "<p>Fine.</p><img src=\"https://tracker.example/p.gif\" alt=\"\" width=\"1\" height=\"1\">";

    private readonly string _temp = Directory.CreateTempSubdirectory("relevare-check-rules-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_temp, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Headers(string policy) => $"/*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n";

    [Fact]
    public void A_page_that_breaks_the_policy_of_headers_is_an_error()
    {
        Write("index.html", CheckHarness.Page(TrackerPage));
        Write("_headers", Headers(ContentSecurityPolicy.Policy));

        var (exit, output, error) = CliRunner.Run("check", "--site", _temp);

        Assert.Equal(1, exit);
        Assert.Contains(
            "index.html:1:1: error RS0803: this page breaks the site's Content-Security-Policy, so browsers would block part of it: <img src=\"https://tracker.example/p.gif\"> loads an image from another site",
            error, StringComparison.Ordinal);
        Assert.Equal("Checked 1 page: 1 error, 0 warnings in 1 file\n", output);
    }

    [Fact]
    public void A_stricter_policy_is_judged_too()
    {
        Write("index.html", CheckHarness.Page(TrackerPage));
        Write("_headers", Headers("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"));

        var (exit, _, error) = CliRunner.Run("check", "--site", _temp);

        Assert.Equal(1, exit);
        Assert.Contains("error RS0803:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_policy_in_headers_the_page_is_not_judged_against_one()
    {
        Write("index.html", CheckHarness.Page(TrackerPage));
        Write("_headers", "/*\n  X-Content-Type-Options: nosniff\n");

        var (exit, _, error) = CliRunner.Run("check", "--site", _temp);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }

    [Fact]
    public void A_looser_policy_is_not_judged_and_the_check_says_so()
    {
        Write("index.html", CheckHarness.Page(TrackerPage));
        Write("_headers", Headers("default-src 'self'; img-src *"));

        var (exit, _, error) = CliRunner.Run("check", "--site", _temp);

        Assert.Equal(0, exit);
        Assert.Equal("note: _headers sends a Content-Security-Policy that allows more than relevare's, so pages are not checked against it (RS0803)\n", error);
    }

    [Fact]
    public void A_medical_sites_health_page_without_the_disclaimer_is_an_error_with_its_site_yml()
    {
        // The medical test site, built, then its health page changed as a layout without the disclaimer would print it.
        var built = MedicalSite.Build(MedicalSite.HealthPage("""
            description: About migraine
            date: 2026-11-01
            reviewed: 2026-11-20
            reviewer: mallek
            conditions: [migraine]
            """, "What helps.\n"));
        Assert.True(built.Succeeded, TestSite.Describe(built.Diagnostics));
        foreach (var file in built.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content.Span);
            Write(Path.Combine("site", file.Path), file.Path == "conditions/migraine/index.html" ? text.Replace("class=\"disclaimer\"", "class=\"note\"", StringComparison.Ordinal) : text);
        }

        Write("site.yml", MedicalSite.SiteYml);
        var site = Path.Combine(_temp, "site");

        var (exit, _, error) = CliRunner.Run("check", "--site", site, "--config", Path.Combine(_temp, "site.yml"), "--skip", "RS0730");
        var (exitWithout, _, errorWithout) = CliRunner.Run("check", "--site", site, "--skip", "RS0730,RS0701");

        Assert.Equal(1, exit);
        Assert.Contains(
            "conditions/migraine/index.html:1:1: error RS0611: this health page (its JSON-LD is a MedicalWebPage) does not show the medical disclaimer: nothing matches '.disclaimer'",
            error, StringComparison.Ordinal);
        Assert.DoesNotContain("RS0614", error, StringComparison.Ordinal); // its JSON-LD agrees with the HTML and site.yml
        Assert.DoesNotContain("about/index.html:1:1: error RS0611", error, StringComparison.Ordinal);
        Assert.DoesNotContain("RS0611", errorWithout, StringComparison.Ordinal);
        Assert.Equal(0, exitWithout);
    }

    [Fact]
    public void A_health_pages_json_ld_that_contradicts_site_yml_is_an_error()
    {
        var built = MedicalSite.Build(MedicalSite.HealthPage("""
            description: About migraine
            date: 2026-11-01
            reviewed: 2026-11-20
            reviewer: mallek
            conditions: [migraine]
            """, "What helps.\n"));
        foreach (var file in built.Files)
        {
            Write(Path.Combine("site", file.Path), System.Text.Encoding.UTF8.GetString(file.Content.Span));
        }

        Write("site.yml", MedicalSite.SiteYml.Replace("name: Test Clinic", "name: Other Clinic", StringComparison.Ordinal));

        var (exit, _, error) = CliRunner.Run("check", "--site", Path.Combine(_temp, "site"), "--config", Path.Combine(_temp, "site.yml"), "--skip", "RS0730");

        Assert.Equal(1, exit);
        Assert.Contains("error RS0614: the page's JSON-LD has 'publisher.name' 'Test Clinic', expected 'Other Clinic'", error, StringComparison.Ordinal);
    }
}
