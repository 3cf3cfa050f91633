using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Medical;

public sealed class MedicalSettingsTests
{
    private static List<Diagnostic> Errors(string medical)
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek", "Text.\n"));
        files["site.yml"] = files["site.yml"].Replace("medical:\n  health_types: [article]\n", medical, StringComparison.Ordinal);
        return [.. MedicalSite.Build(files).Diagnostics];
    }

    [Theory]
    [InlineData("medical:\n  health_types: [article]\n  review_intervall_months: 6\n", "RS0103", "site.yml:8:3", "unknown setting 'review_intervall_months' in medical")]
    [InlineData("medical:\n  health_types: [articles]\n", "RS0104", "site.yml:7:18", "health_types names unknown content type 'articles'")]
    [InlineData("medical:\n  health_types: [article]\n  review_interval_months: 0\n", "RS0104", "site.yml:8:27", "'review_interval_months' must be a whole number from 1 to 120")]
    [InlineData("medical:\n  health_types: [article]\n  review_warning_days: -1\n", "RS0104", "site.yml:8:24", "'review_warning_days' must be a whole number from 0 to 366")]
    [InlineData("medical:\n  health_types: [article]\n  readability_target_grade: eight\n", "RS0104", "site.yml:8:29", "'readability_target_grade' must be a school grade from 1 to 20 (e.g. 8 or 7.5)")]
    [InlineData("medical:\n  health_types: [article]\n  disclaimer_selector: \"[[\"\n", "RS0104", "site.yml:8:24", "'disclaimer_selector' must be a CSS selector")]
    [InlineData("medical:\n  review_interval_months: 6\n", "RS0105", "site.yml:7:3", "missing setting 'health_types' in medical")]
    [InlineData("medical: yes\n", "RS0104", "site.yml:6:10", "'medical' must be a mapping (indented 'key: value' lines)")]
    public void Mistakes_in_the_medical_section_are_configuration_errors(string medical, string code, string location, string message)
    {
        var error = Assert.Single(Errors(medical));

        Assert.Equal((code, location, message), (error.Code, error.Location, error.Message));
    }

    [Fact]
    public void A_long_unclosed_run_of_citations_stays_text()
    {
        var body = string.Concat(Enumerable.Repeat("[@a;", 2000)) + "\n";

        var result = MedicalSite.Build(MedicalSite.HealthPage("reviewed: 2026-11-20\nreviewer: mallek", body));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RS0607");
    }
}
