using System.Text.Json;
using System.Text.RegularExpressions;
using Relevare.Static.Reporting;

namespace Relevare.Static.Tests.Medical;

public sealed partial class ReportTests
{
    private static ReportFiles Report(DateOnly today)
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2025-11-01\nreviewer: mallek", "Ketamine is a <proven> cure.\n"));
        files["content/conditions/soon.md"] = MedicalSite.HealthPage("reviewed: 2025-12-01\nreviewer: mallek", "Text.\n").Replace("title: Migraine", "title: Soon & \"later\"", StringComparison.Ordinal);
        files["content/conditions/fine.md"] = MedicalSite.HealthPage("reviewed: 2026-11-01\nreviewer: mallek", "Text.\n").Replace("title: Migraine", "title: Fine", StringComparison.Ordinal);
        var result = MedicalSite.Build(files, today);
        return ContentHealthReport.Render(result.Health!, result.Diagnostics);
    }

    [Fact]
    public void The_report_page_loads_nothing_and_runs_nothing()
    {
        var html = Report(MedicalSite.Today).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineHandler(), html);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(["content-health.css", "content-health.json"], Urls().Matches(html).Select(m => m.Groups[1].Value).Where(u => !u.StartsWith('#')).Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Each_status_is_shown_with_a_word_as_well_as_a_colour()
    {
        var html = Report(MedicalSite.Today).Html;

        Assert.Contains("<span class=\"status status-overdue\">Overdue</span> <span class=\"note\">24 days ago</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status status-due-soon\">Due soon</span> <span class=\"note\">in 6 days</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status status-ok\">Up to date</span> <span class=\"note\">in 341 days</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_table_has_six_plainly_labelled_columns_ending_with_the_problems_to_fix()
    {
        var html = Report(MedicalSite.Today).Html;
        var table = html[html.IndexOf("<table class=\"pages-table\">", StringComparison.Ordinal)..html.IndexOf("</table>", StringComparison.Ordinal)];

        Assert.Equal(
            ["Page", "Written and checked by", "Medical review", "Reading level", "Sources cited", "Problems to fix (open diagnostics)"],
            ColumnHeader().Matches(table).Select(m => m.Groups[1].Value).ToArray());
        Assert.Equal(6, Regex.Count(table, "<col class="));
        Assert.Contains(".pages-table { table-layout: fixed;", Report(MedicalSite.Today).Css, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_a_warning_is_never_shown_as_ok()
    {
        // Reviewed recently (the review is up to date), but its text makes an uncited claim.
        var result = MedicalSite.Build(MedicalSite.Files(MedicalSite.HealthPage("reviewed: 2026-11-01\nreviewer: mallek", "It is a miracle.\n")), MedicalSite.Today);
        var html = ContentHealthReport.Render(result.Health!, result.Diagnostics).Html;
        var table = html[html.IndexOf("<table class=\"pages-table\">", StringComparison.Ordinal)..html.IndexOf("</table>", StringComparison.Ordinal)];
        var row = table[table.IndexOf("content/conditions/migraine.md", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];

        Assert.DoesNotMatch(@"\bOK\b", table);
        Assert.Contains("<span class=\"status status-ok\">Up to date</span>", row, StringComparison.Ordinal);
        Assert.Contains("<td><span class=\"status status-due-soon\">1 warning</span><ul class=\"open-diagnostics\"><li><span class=\"severity severity-warning\">warning</span> <a href=\"#diagnostic-0\">RS0610</a> line 7</li></ul></td>", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_pages_is_escaped()
    {
        var html = Report(MedicalSite.Today).Html;

        Assert.Contains("Soon &amp; &quot;later&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Soon & \"later\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charts_are_inline_svg_with_a_title_and_description()
    {
        var html = Report(MedicalSite.Today).Html;

        Assert.Equal(2, Regex.Count(html, "<svg class=\"chart\""));
        Assert.Contains("<title id=\"chart-reviews-title\">Reviews falling due by month</title>", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-reviews-desc\">overdue: 1 page; December 2026: 1 page; November 2027: 1 page</desc>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar bar-overdue\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar bar-due-soon\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"target\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_has_totals_pages_and_their_diagnostics()
    {
        using var json = JsonDocument.Parse(Report(MedicalSite.Today).Json);

        var root = json.RootElement;
        Assert.Equal("2026-11-25", root.GetProperty("today").GetString());
        var totals = root.GetProperty("totals");
        Assert.Equal((4, 3, 1, 1, 1), (totals.GetProperty("pages").GetInt32(), totals.GetProperty("health_pages").GetInt32(), totals.GetProperty("reviews_ok").GetInt32(), totals.GetProperty("reviews_due_soon").GetInt32(), totals.GetProperty("reviews_overdue").GetInt32()));
        var migraine = root.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "content/conditions/migraine.md");
        Assert.Equal(("overdue", -24), (migraine.GetProperty("review_status").GetString(), migraine.GetProperty("days_until_due").GetInt32()));
        Assert.Equal(["RS0303", "RS0605", "RS0610"], migraine.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(4, migraine.GetProperty("readability").GetProperty("words").GetInt32()); // "Ketamine is a cure": the HTML tag is not text
    }

    [Fact]
    public void The_same_build_and_date_give_the_same_report() => Assert.Equal(Report(MedicalSite.Today), Report(MedicalSite.Today));

    [GeneratedRegex("<th scope=\"col\">([^<]*)</th>")]
    private static partial Regex ColumnHeader();

    [GeneratedRegex(@"\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Urls();
}
