using System.Globalization;
using Relevare.Static.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Relevare.Static.BrowserTests;

/// <summary>
/// The load-independent performance gate (it replaced Lighthouse's performance score, which measured how busy the
/// machine was): every page of the clinic's site, loaded on a phone-sized viewport, stays within budgets the browser
/// measures: requests and bytes, render-blocking resources, layout shift, DOM size, and image dimensions. The
/// figures are printed and written to <c>artifacts/browser/budgets/page-weights.tsv</c>. docs/testing.md explains
/// each budget.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PageBudgetTests
{
    /// <summary>The document plus its stylesheet, script, icon and a few images (the clinic's pages use 4–5 today).</summary>
    internal const int MaximumRequests = 15;

    /// <summary>Body bytes as sent, everything the page loads (14–25 kB today, without photographs).</summary>
    internal const long MaximumBytes = 300_000;

    /// <summary>One stylesheet may block the first paint; nothing else (scripts are deferred).</summary>
    internal const int MaximumRenderBlocking = 1;

    /// <summary>Google's "good" cumulative layout shift is 0.1; a static page should not shift at all.</summary>
    internal const double MaximumLayoutShift = 0.01;

    /// <summary>Lighthouse warns above 800 elements.</summary>
    internal const int MaximumDomElements = 800;

    /// <summary>Lighthouse warns above a depth of 32.</summary>
    internal const int MaximumDomDepth = 32;

    private readonly BrowserFixture _fixture;
    private readonly ITestOutputHelper _output;

    public PageBudgetTests(BrowserFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Every_page_stays_within_the_request_byte_render_blocking_layout_shift_DOM_and_image_budgets()
    {
        var lines = new List<string> { "page\trequests\tbytes\trender_blocking\tlayout_shift\tdom_elements\tdom_depth\timage_problems" };
        var failures = new List<string>();
        foreach (var path in ClinicSite.Pages)
        {
            await using var page = await BrowserPage.OpenAsync(_fixture.Browser, _fixture.Clinic.Url(path), 375, 667);
            var weight = await PageWeight.MeasureAsync(page);
            _output.WriteLine($"{path}: {weight.Summary}");
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{path}\t{weight.Requests}\t{weight.Bytes}\t{weight.RenderBlocking.Count}\t{weight.LayoutShift:0.000}\t{weight.DomElements}\t{weight.DomDepth}\t{weight.ImageProblems.Count}"));
            failures.AddRange(Check(path, weight));
        }

        await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts("budgets"), "page-weights.tsv"), string.Join('\n', lines) + "\n");
        Assert.True(failures.Count == 0, "over budget:\n" + string.Join('\n', failures));
    }

    /// <summary>Every budget the page exceeds, one line each, saying by how much.</summary>
    internal static IEnumerable<string> Check(string path, PageWeight weight)
    {
        if (weight.Requests > MaximumRequests)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{path}: {weight.Requests} requests > {MaximumRequests}");
        }

        if (weight.Bytes > MaximumBytes)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{path}: {weight.Bytes} bytes > {MaximumBytes}");
        }

        if (weight.RenderBlocking.Count > MaximumRenderBlocking)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{path}: {weight.RenderBlocking.Count} render-blocking resources > {MaximumRenderBlocking}: {string.Join(", ", weight.RenderBlocking)}");
        }

        if (weight.LayoutShift > MaximumLayoutShift)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{path}: layout shift {weight.LayoutShift:0.000} > {MaximumLayoutShift}");
        }

        if (weight.DomElements > MaximumDomElements)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{path}: {weight.DomElements} DOM elements > {MaximumDomElements}");
        }

        if (weight.DomDepth > MaximumDomDepth)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{path}: DOM depth {weight.DomDepth} > {MaximumDomDepth}");
        }

        foreach (var problem in weight.ImageProblems)
        {
            yield return $"{path}: {problem}";
        }
    }
}
