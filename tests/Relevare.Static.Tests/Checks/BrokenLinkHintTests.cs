using System.Text;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;
using static Relevare.Static.Tests.Checks.CheckHarness;

namespace Relevare.Static.Tests.Checks;

/// <summary>
/// The "did you mean" of a broken link costs nothing until the finding is reported: switched off, ignored or
/// absent, no edit distance is computed; reported, the work is counted and stays far below pages × links.
/// </summary>
public sealed class BrokenLinkHintTests
{
    [Fact]
    public void Broken_links_switched_off_compute_no_hint()
    {
        var checker = new SiteChecker(WithLevels((DiagnosticCodes.CheckBrokenLink, CheckLevel.Off)));

        var result = checker.Check(Site(pages: 300, brokenPerPage: 2));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.CheckBrokenLink);
        Assert.Equal(0, checker.SuggestionComparisons);
    }

    [Fact]
    public void Broken_links_inside_data_check_ignore_compute_no_hint()
    {
        var checker = new SiteChecker(CheckOptions.Default);
        var files = Enumerable.Range(0, 50).Select(i => File($"docs/page-{i:D3}/index.html",
            $"<div data-check-ignore=\"RS0701\"><a href=\"/docs/page-{i:D3}x/\">page {i} moved</a></div>")).Append(File("index.html", "<p>Home</p>"));

        var result = checker.Check([.. files]);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.CheckBrokenLink);
        Assert.Equal(0, checker.SuggestionComparisons);
    }

    [Fact]
    public void Reported_broken_links_get_hints_for_a_bounded_number_of_comparisons()
    {
        const int Pages = 2000;
        var checker = new SiteChecker(CheckOptions.Default);

        var result = checker.Check(Site(Pages, brokenPerPage: 1));

        var broken = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.CheckBrokenLink).ToList();
        Assert.Equal(Pages, broken.Count);
        Assert.All(broken, d => Assert.StartsWith("did you mean '/docs/page-", d.Hint, StringComparison.Ordinal));
        Assert.InRange(checker.SuggestionComparisons, 1, (long)Pages * Pages / 50);
    }

    [Fact]
    public void The_same_broken_link_on_every_page_is_looked_up_once()
    {
        var checker = new SiteChecker(CheckOptions.Default);
        var files = Enumerable.Range(0, 400).Select(i => File($"docs/page-{i:D4}/index.html", "<a href=\"/docs/page-00x1/\">the first page</a>"))
            .Append(File("index.html", "<p>Home</p>"));
        var one = new SiteChecker(CheckOptions.Default);
        one.Check([.. files.Take(1).Concat(files.Skip(1).Select(f => File(f.Path, "<p>No link</p>")))]);

        var result = checker.Check([.. files]);

        Assert.Equal(400, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.CheckBrokenLink && d.Hint == "did you mean '/docs/page-0001/'?"));
        Assert.True(checker.SuggestionComparisons > 0);
        Assert.Equal(one.SuggestionComparisons, checker.SuggestionComparisons);
    }

    // Pages under docs/, each linking to its successors with a typo ("page-0013x/" for "page-0013/").
    private static OutputFile[] Site(int pages, int brokenPerPage) =>
    [
        .. Enumerable.Range(0, pages).Select(i => File($"docs/page-{i:D4}/index.html", string.Concat(Enumerable.Range(0, brokenPerPage).Select(b =>
            $"<p><a href=\"/docs/page-{(i + b + 1) % pages:D4}x/\">the next page</a></p>")))),
        File("index.html", "<p>Home</p>"),
    ];

    private static OutputFile File(string path, string body) => new(path, Encoding.UTF8.GetBytes(Page(body)));
}
