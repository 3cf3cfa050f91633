using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Importing;

/// <summary>Identical findings are merged into one with a count and their first places.</summary>
public sealed class DiagnosticMergerTests
{
    private static Diagnostic At(string path, int line, string message = "the image 'x.png' does not exist") =>
        Diagnostic.Error(DiagnosticCodes.CheckBrokenLink, new SourceLocation(path, line, 1), message, "fix the path");

    [Fact]
    public void Identical_findings_become_one_with_every_other_place()
    {
        var merged = DiagnosticMerger.Merge([At("a.md", 3), At("b.md", 9), At("c.md", 1), At("d.md", 7), At("e.md", 2)]);

        var one = Assert.Single(merged);
        Assert.Equal("a.md", one.Path);
        Assert.Equal(["b.md", "c.md", "d.md", "e.md"], one.Also.Select(a => a.Path));
        Assert.Equal(
            "a.md:3:1: error RS0701: the image 'x.png' does not exist (and 4 more: b.md:9:1, c.md:1:1, d.md:7:1, …)\n  hint: fix the path",
            one.ToString());
    }

    [Fact]
    public void The_html_place_the_checks_add_does_not_make_findings_different()
    {
        var merged = DiagnosticMerger.Merge(
        [
            At("a.md", 3, "the image 'x.png' does not exist (in _site/a/index.html:12:4)"),
            At("b.md", 4, "the image 'x.png' does not exist (in _site/b/index.html:13:4)"),
            At("c.md", 4, "the image 'y.png' does not exist (in _site/c/index.html:13:4)"),
        ]);

        Assert.Equal(2, merged.Length);
        Assert.Single(merged[0].Also);
        Assert.Empty(merged[1].Also);
    }

    [Fact]
    public void Different_codes_severities_or_hints_are_not_merged_and_order_is_kept()
    {
        var warning = Diagnostic.Warning(DiagnosticCodes.CheckBrokenLink, new SourceLocation("b.md", 1, 1), "the image 'x.png' does not exist", "fix the path");
        var otherHint = Diagnostic.Error(DiagnosticCodes.CheckBrokenLink, new SourceLocation("c.md", 1, 1), "the image 'x.png' does not exist", "other");
        var merged = DiagnosticMerger.Merge([At("a.md", 3), warning, otherHint, At("d.md", 1)]);

        Assert.Equal(["a.md", "b.md", "c.md"], merged.Select(d => d.Path));
        Assert.Equal("d.md", Assert.Single(merged[0].Also).Path);
    }

    [Fact]
    public void A_single_finding_prints_as_before()
    {
        var one = Assert.Single(DiagnosticMerger.Merge([At("a.md", 3)]));

        Assert.Equal("a.md:3:1: error RS0701: the image 'x.png' does not exist\n  hint: fix the path", one.ToString());
    }

    [Fact]
    public void A_broken_image_reference_is_reported_at_each_use()
    {
        var result = TestSite.Build("""
            -- content/index.md --
            ---
            title: Home
            ---
            ![First chart][chart]

            Text, then ![second chart][chart].

            [chart]: /assets/missing-chart.png
            """);

        var broken = result.Diagnostics.Where(d => d.Code is DiagnosticCodes.CheckBrokenLink or DiagnosticCodes.ImageNotFound).ToList();
        Assert.Equal(["content/index.md:4:1", "content/index.md:6:12"], broken.Select(d => d.Location));
        var merged = Assert.Single(DiagnosticMerger.Merge(broken));
        Assert.Equal(["content/index.md"], merged.Also.Select(a => a.Path));
    }

    [Fact]
    public void A_reference_definition_used_many_times_is_reported_at_each_use_and_printed_once()
    {
        var uses = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"![chart][chart] is figure {i}."));
        var result = TestSite.Build($"""
            -- content/index.md --
            ---
            title: Home
            ---
            {uses}

            [chart]: javascript:alert(1)
            """);

        var unsafeUrls = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeUrl).ToList();
        Assert.Equal(30, unsafeUrls.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => 4 + (2 * i)), unsafeUrls.Select(d => d.Line));
        var merged = Assert.Single(DiagnosticMerger.Merge(unsafeUrls));
        Assert.Contains("(and 29 more: content/index.md:6:1, content/index.md:8:1, content/index.md:10:1, …)", merged.ToString(), StringComparison.Ordinal);
    }
}
