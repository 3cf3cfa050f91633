using System.Text;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;

namespace Relevare.Static.Tests.Site;

/// <summary>
/// The site model places its pages on all cores (<see cref="SiteModelBuilder.Placing"/>): the model and its findings
/// must not depend on the order in which the pages were placed.
/// </summary>
public sealed class SiteModelPlacingOrderTests
{
    private const int Count = 1500;

    public static TheoryData<string> Orders => ["reversed", "shuffled", "parallel", "parallel, shuffled"];

    [Theory]
    [MemberData(nameof(Orders))]
    public void The_model_and_its_findings_do_not_depend_on_the_order_pages_are_placed_in(string order)
    {
        var (config, pages) = Site();
        var expected = Model(config, pages, IndexRunners.InOrder);
        Assert.Contains(expected.Diagnostics, d => d.Contains(DiagnosticCodes.InvalidSlug, StringComparison.Ordinal)); // the site has every kind of finding
        Assert.Contains(expected.Diagnostics, d => d.Contains(DiagnosticCodes.UrlCollision, StringComparison.Ordinal));
        Assert.NotEmpty(expected.Drafts);

        IndexRunner runner = order switch
        {
            "reversed" => Reversed,
            "shuffled" => (count, body) => Array.ForEach(Shuffled(count, seed: 16), body),
            "parallel" => IndexRunners.Parallel(16),
            _ => (count, body) => Parallel.ForEach(Shuffled(count, seed: 17), new ParallelOptions { MaxDegreeOfParallelism = 4 }, body),
        };
        var actual = Model(config, pages, runner);

        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Urls, actual.Urls);
        Assert.Equal(expected.Drafts, actual.Drafts);
        Assert.Equal(expected.Broken, actual.Broken);
        Assert.Equal(expected.UrlBySource, actual.UrlBySource);
    }

    private static (SiteConfig Config, List<SourcePage> Pages) Site()
    {
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(TestSite.Defaults["site.yml"], diagnostics)!;
        var pages = new List<SourcePage>();
        for (var i = 0; i < Count; i++)
        {
            // Every 97th file name is no URL, every 113th page takes the URL of the page before it, every 131st is a draft.
            var name = i % 97 == 5 ? $"Page {i:D4}" : $"page-{i:D4}";
            var extra = i % 113 == 7 ? $"slug: page-{i - 1:D4}\n" : i % 131 == 3 ? "draft: true\n" : "";
            var page = PageReader.Read(config, $"content/{name}.md", Encoding.UTF8.GetBytes($"---\ntitle: Page {i}\n{extra}---\nText.\n"));
            pages.Add(Assert.IsType<SourcePage>(page.Value));
        }

        return (config, pages);
    }

    private static (List<string> Diagnostics, List<string> Urls, List<string> Drafts, List<string> Broken, List<string> UrlBySource) Model(
        SiteConfig config, List<SourcePage> pages, IndexRunner runner)
    {
        var diagnostics = new List<Diagnostic>();
        var model = new SiteModelBuilder(config, includeDrafts: false) { Placing = runner }.Build(pages, [], ["assets/site.css"], diagnostics);
        return (
            [.. diagnostics.Select(d => $"{d.Location} {d.Code} {d.Message} | {d.Hint}")],
            [.. model.Pages.Select(p => $"{p.Source.Path} {p.Url} {p.OutputPath} {p.HomeUrl}")],
            [.. model.LinkTargets.Drafts.Order(StringComparer.Ordinal)],
            [.. model.LinkTargets.Broken.Order(StringComparer.Ordinal)],
            [.. model.LinkTargets.UrlBySource.Select(p => $"{p.Key} {p.Value}").Order(StringComparer.Ordinal)]);
    }

    private static void Reversed(int count, Action<int> body)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            body(i);
        }
    }

    private static int[] Shuffled(int count, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        return order;
    }
}
