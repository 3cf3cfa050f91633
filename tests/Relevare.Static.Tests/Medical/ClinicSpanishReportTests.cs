using System.Globalization;
using System.Text.Json;
using Relevare.Static.Readability;
using Relevare.Static.Reporting;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Medical;

/// <summary>
/// <c>relevare report --drafts</c> on the clinic's site shows the Spanish migraine page's INFLESZ and
/// Fernández-Huerta figures, and they are the published formulas (ReadabilityFormulas, tested against textstat's
/// published example in SpanishReadabilityWorkedExampleTests) applied to the page's own counts.
/// </summary>
public sealed class ClinicSpanishReportTests
{
    private const string Page = "content/es/conditions/migraine.md";

    [Fact]
    public void The_report_shows_the_spanish_migraine_pages_INFLESZ_and_Fernandez_Huerta_from_its_counts()
    {
        using var site = TempSite.FromRepository();

        var run = CliRunner.Run("report", "--source", site.Root, "--output", site.PathOf("report"), "--drafts", "--today", "2026-12-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(site.PathOf("report/" + ReportFiles.JsonFileName)));
        var page = json.RootElement.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("path").GetString() == Page);
        var readability = page.GetProperty("readability");
        Assert.Equal("es", readability.GetProperty("language").GetString());
        var (words, sentences, syllables) = (readability.GetProperty("words").GetInt32(), readability.GetProperty("sentences").GetInt32(), readability.GetProperty("syllables").GetInt32());
        Assert.True(words >= 100, $"{words} words");
        var inflesz = Math.Round(206.835 - (62.3 * syllables / words) - ((double)words / sentences), 1, MidpointRounding.AwayFromZero);
        var fernandezHuerta = Math.Round(206.84 - (0.60 * 100.0 * syllables / words) - (1.02 * words / sentences), 1, MidpointRounding.AwayFromZero);
        Assert.Equal(inflesz, readability.GetProperty("inflesz").GetDouble());
        Assert.Equal(fernandezHuerta, readability.GetProperty("fernandez_huerta").GetDouble());
        Assert.Equal(InfleszBand.Of(inflesz), readability.GetProperty("inflesz_band").GetString());

        var html = File.ReadAllText(site.PathOf("report/" + ReportFiles.HtmlFileName));
        var row = html[html.IndexOf($"<code>{Page}</code>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains($"INFLESZ {inflesz.ToString("0.0", CultureInfo.InvariantCulture)} (<span lang=\"es\">{InfleszBand.Of(inflesz)}</span>)", row, StringComparison.Ordinal);
        Assert.Contains($"{words} words · Fernández-Huerta {fernandezHuerta.ToString("0.0", CultureInfo.InvariantCulture)}", row, StringComparison.Ordinal);
    }
}
