using System.Collections.Concurrent;
using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Checks;

/// <summary>
/// A build with an output sink stops handing over pages after the first page that shows the build will fail (an
/// error of its own, or a link to a file the site will not have, which the checks across pages report as RS0701):
/// a failed build publishes nothing, so writing the rest would only be deleted again. Its findings stay those of the
/// in-memory build; a link that resolves, a fragment (checked across pages only) and a level that lowers RS0701
/// do not stop the writing.
/// </summary>
public sealed class FailureForecastTests
{
    // Twelve pages: fewer than the render stage's range of 16 pages, so one thread renders them one after the other,
    // and the pages a build hands over can be compared with the order in which a clean build hands them over.
    private static readonly string[] Names = [.. Enumerable.Range(1, 11).Select(i => $"p{i:00}")];

    private static readonly string LowersBrokenLinks = TestSite.DefaultSiteYml.Replace("RS0730: off }", "RS0730: off, RS0701: warning }", StringComparison.Ordinal);

    [Theory]
    [InlineData("/p06x/")] // a typo of a page's URL
    [InlineData("/articles/p06/")] // a folder that moved
    [InlineData("p06/")] // relative to the page's own folder: /p05/p06/
    [InlineData("/p06/index.htm")]
    [InlineData("../../../p06/")] // above the site's root
    public void A_link_to_a_file_the_site_will_not_have_stops_the_writing_at_its_page(string url)
    {
        var clean = Build(Site(brokenOn: null, url: ""));
        Assert.True(clean.Result.Succeeded, TestSite.Describe(clean.Result.Diagnostics));
        Assert.False(clean.Result.StoppedWriting);
        Assert.Equal(12, clean.Pages.Count);

        var files = Site(brokenOn: "p05", url);
        var broken = Build(files);

        var finding = broken.Result.Diagnostics.SingleWithCode(DiagnosticCodes.CheckBrokenLink);
        Assert.True(finding.IsError);
        Assert.Equal("content/p05.md", finding.Path);
        Assert.True(broken.Result.StoppedWriting);
        Assert.Equal(clean.Pages.TakeWhile(p => p != "p05/index.html"), broken.Pages);
        Assert.Equal(broken.Pages.Count, broken.Result.Written);
        Assert.Equal(FixtureTests.PrintDiagnostics(TestSite.Build(files)), FixtureTests.PrintDiagnostics(broken.Result));
    }

    [Fact]
    public void A_page_with_an_error_of_its_own_stops_the_writing_at_that_page()
    {
        var clean = Build(Site(brokenOn: null, url: ""));
        var files = Site(brokenOn: null, url: "");
        files["content/p05.md"] = Encoding.UTF8.GetBytes("---\ntitle: P05\n---\nText with <b>raw HTML</b> in it.\n");

        var failed = Build(files);

        Assert.Contains(failed.Result.Diagnostics, d => d.IsError && d.Path == "content/p05.md");
        Assert.True(failed.Result.StoppedWriting);
        Assert.Equal(clean.Pages.TakeWhile(p => p != "p05/index.html"), failed.Pages);
        Assert.Equal(FixtureTests.PrintDiagnostics(TestSite.Build(files)), FixtureTests.PrintDiagnostics(failed.Result));
    }

    [Fact]
    public void A_broken_fragment_is_left_to_the_checks_across_pages_and_every_page_is_written()
    {
        var files = Site(brokenOn: "p05", url: "/p06/#no-such-heading");

        var built = Build(files);

        Assert.True(built.Result.Diagnostics.SingleWithCode(DiagnosticCodes.CheckBrokenFragment).IsError);
        Assert.False(built.Result.StoppedWriting);
        Assert.Equal(12, built.Pages.Count);
        Assert.Equal(FixtureTests.PrintDiagnostics(TestSite.Build(files)), FixtureTests.PrintDiagnostics(built.Result));
    }

    [Fact]
    public void A_broken_link_that_site_yml_lowers_to_a_warning_does_not_stop_the_writing()
    {
        var files = Site(brokenOn: "p05", url: "/p06x/");
        files["site.yml"] = Encoding.UTF8.GetBytes(LowersBrokenLinks);

        var built = Build(files);

        Assert.True(built.Result.Succeeded, TestSite.Describe(built.Result.Diagnostics));
        Assert.False(built.Result.Diagnostics.SingleWithCode(DiagnosticCodes.CheckBrokenLink).IsError);
        Assert.False(built.Result.StoppedWriting);
        Assert.Equal(12, built.Pages.Count);
        Assert.Equal(TestSite.Build(files).Files.Select(f => f.Path), built.Sink.Order.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_broken_link_that_site_yml_switches_off_does_not_stop_the_writing()
    {
        var files = Site(brokenOn: "p05", url: "/p06x/");
        files["site.yml"] = Encoding.UTF8.GetBytes(LowersBrokenLinks.Replace("RS0701: warning", "RS0701: off", StringComparison.Ordinal));

        var built = Build(files);

        Assert.True(built.Result.Succeeded, TestSite.Describe(built.Result.Diagnostics));
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code == DiagnosticCodes.CheckBrokenLink);
        Assert.False(built.Result.StoppedWriting);
        Assert.Equal(12, built.Pages.Count);
    }

    [Fact]
    public void Under_strict_a_broken_link_lowered_to_a_warning_still_stops_the_writing()
    {
        var clean = Build(Site(brokenOn: null, url: ""));
        var files = Site(brokenOn: "p05", url: "/p06x/");
        files["site.yml"] = Encoding.UTF8.GetBytes(LowersBrokenLinks);

        var strict = Build(files, new BuildOptions { WarningsFail = true });

        Assert.True(strict.Result.StoppedWriting);
        Assert.Equal(clean.Pages.TakeWhile(p => p != "p05/index.html"), strict.Pages);
        Assert.Equal(FixtureTests.PrintDiagnostics(TestSite.Build(files)), FixtureTests.PrintDiagnostics(strict.Result));
    }

    [Fact]
    public void Without_an_output_sink_nothing_is_foreseen()
    {
        var result = TestSite.Build(Site(brokenOn: "p05", url: "/p06x/"));

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.CheckBrokenLink);
        Assert.False(result.StoppedWriting);
    }

    // A home page linking to eleven pages; the page brokenOn (if any) also links to url.
    private static Dictionary<string, byte[]> Site(string? brokenOn, string url)
    {
        var text = new StringBuilder("-- content/index.md --\n---\ntitle: Home\n---\n");
        foreach (var name in Names)
        {
            text.Append(FormattableString.Invariant($"- [Page {name}](/{name}/)\n"));
        }

        foreach (var name in Names)
        {
            text.Append(FormattableString.Invariant($"-- content/{name}.md --\n---\ntitle: Page {name}\n---\n## Part of {name}\n\nText of {name}.\n"));
            if (name == brokenOn)
            {
                text.Append(FormattableString.Invariant($"\nRead [the next page]({url}) too.\n"));
            }
        }

        return TestSite.Files(text.ToString());
    }

    private static (BuildResult Result, OrderSink Sink, List<string> Pages) Build(Dictionary<string, byte[]> files, BuildOptions? options = null)
    {
        var sink = new OrderSink();
        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), options ?? new BuildOptions(), output: sink);
        return (result, sink, [.. sink.Order.Where(p => p.EndsWith(".html", StringComparison.Ordinal))]);
    }

    // Records the paths handed over, in order.
    private sealed class OrderSink : IOutputSink
    {
        private readonly ConcurrentQueue<string> _order = new();

        public IReadOnlyList<string> Order => [.. _order];

        public void Write(OutputFile file) => _order.Enqueue(file.Path);
    }
}
