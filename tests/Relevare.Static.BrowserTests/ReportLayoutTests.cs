using System.Globalization;
using System.Text.Json;
using Relevare.Static.BrowserTests.Infrastructure;
using Relevare.Static.Cli;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// The content-health report's page table, as <c>relevare report</c> writes it, fits a 1280 px screen: the table
/// needs no sideways scrolling and its last column, "Problems to fix (open diagnostics)", is wholly in view. The
/// site used has warnings and long "rewrite first" sentences, the widest content the table shows.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ReportLayoutTests
{
    private const string Measure = """
        () => {
          const wrap = document.querySelector('.table-wrap');
          const last = [...document.querySelectorAll('.pages-table thead th')].pop();
          const cell = [...document.querySelectorAll('.pages-table tbody tr')]
            .find(row => row.textContent.includes('content/conditions/migraine.md')).lastElementChild;
          const r = e => { const b = e.getBoundingClientRect(); return [b.left, b.right]; };
          return {
            viewport: document.documentElement.clientWidth,
            pageScroll: document.documentElement.scrollWidth,
            wrapClient: wrap.clientWidth,
            wrapScroll: wrap.scrollWidth,
            lastHeader: last.textContent.trim(),
            lastHeaderBox: r(last),
            lastCell: cell.textContent.replace(/\s+/g, ' ').trim(),
          };
        }
        """;

    private readonly BrowserFixture _fixture;

    public ReportLayoutTests(BrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_page_table_fits_1280_px_with_the_problems_column_in_view()
    {
        using var temp = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var source = Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "fixtures", "medical-hard-to-read-page-warns");
        var exitCode = CliApplication.Run(["report", "--source", source, "--output", temp.Path, "--today", "2026-11-25"], new CliEnvironment(stdout, stderr, GitHubActions: false));
        Assert.True(exitCode == 0, $"relevare report exited with {exitCode}:\n{stdout}{stderr}");
        await using var server = await StaticSiteServer.StartAsync(temp.Path);
        await using var page = await BrowserPage.OpenAsync(_fixture.Browser, server.Url("/content-health.html"), 1280, 800);

        var table = await page.Page.EvaluateAsync<JsonElement>(Measure);

        Assert.Equal(1280, table.GetProperty("viewport").GetInt32());
        Assert.True(table.GetProperty("pageScroll").GetInt32() <= 1280, $"the report is {table.GetProperty("pageScroll")} px wide");
        Assert.True(
            table.GetProperty("wrapScroll").GetInt32() <= table.GetProperty("wrapClient").GetInt32(),
            string.Create(CultureInfo.InvariantCulture, $"the table needs {table.GetProperty("wrapScroll")} px in a {table.GetProperty("wrapClient")} px box"));
        Assert.Equal("Problems to fix (open diagnostics)", table.GetProperty("lastHeader").GetString());
        var box = table.GetProperty("lastHeaderBox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(box[0] >= 0 && box[1] <= 1280, $"the problems column spans {box[0]}–{box[1]} px");
        Assert.StartsWith("1 warning", table.GetProperty("lastCell").GetString(), StringComparison.Ordinal);
    }
}
