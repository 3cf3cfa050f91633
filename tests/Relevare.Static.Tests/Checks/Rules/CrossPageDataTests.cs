using Relevare.Static.Checks;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>
/// What a page's scan keeps for the checks across pages (kept for every page until the last one is checked): only the
/// URLs those checks read, flat, and the page's ids as a sorted set.
/// </summary>
public sealed class CrossPageDataTests
{
    private static PageScan Scan(string body) =>
        PageRuleTests.Pass(CheckHarness.Page(body), PageRules.Checks).Scan!;

    [Fact]
    public void Only_the_urls_the_checks_across_pages_read_are_kept_in_document_order()
    {
        var scan = Scan("""
            <p><a href="mailto:info@clinic.test">Mail</a>
            <a href="https://example.org/a/b?q=1#part">Out</a>
            <a href="/care/#after">In</a>
            <a data-check-ignore="RS0740" href="https://example.org/ignored">Ignored</a>
            <a href="tel:+15555550100">Call</a>
            <img src="../../up.png" alt="Up" width="1" height="1">
            <a href="https://exa mple.org/">Unparsable</a></p>
            """);

        Assert.Equal(
            [
                ("https://example.org/a/b?q=1#part", UrlKind.External, "", null, "https://example.org/a/b?q=1"),
                ("/care/#after", UrlKind.Internal, "care/", "after", null),
                ("../../up.png", UrlKind.OutsideSite, "", null, null),
            ],
            scan.References.Select(r => (r.Url, r.Target, r.Path, r.Fragment, r.External)));
        Assert.Equal([ReferenceKind.Link, ReferenceKind.Link, ReferenceKind.Image], scan.References.Select(r => r.Kind));
        Assert.All(scan.References, r => Assert.Equal("index.html", r.Site.HtmlPath));
    }

    [Fact]
    public void A_reference_the_checks_across_pages_do_not_read_has_no_link()
    {
        var site = new FindingSite("index.html", 3, 1, null, null, false, IgnoreRule.None);
        var ignored = site with { Ignore = new IgnoreRule(false, [DiagnosticCodes.CheckExternalLink]) };
        var external = new ResolvedUrl(UrlKind.External, "", null, "https", new Uri("https://example.org/x#y"));

        Assert.Null(PageLink.Of(new PageReference(site, "mailto:a@b.test", ReferenceKind.Link, "link", new ResolvedUrl(UrlKind.OtherScheme, "", null, "mailto", null))));
        Assert.Null(PageLink.Of(new PageReference(site, "https://[x", ReferenceKind.Link, "link", new ResolvedUrl(UrlKind.External, "", null, "https", null))));
        Assert.Null(PageLink.Of(new PageReference(ignored, "https://example.org/x#y", ReferenceKind.Link, "link", external)));
        Assert.Equal("https://example.org/x", PageLink.Of(new PageReference(site, "https://example.org/x#y", ReferenceKind.Link, "link", external))!.Value.External);
        Assert.Null(PageLink.Of(new PageReference(site with { Ignore = IgnoreRule.Everything }, "https://example.org/x#y", ReferenceKind.Link, "link", external)));
    }

    [Fact]
    public void The_ids_are_kept_once_each_in_ordinal_order_and_found_by_exact_name()
    {
        var scan = Scan("""<h2 id="b">B</h2><h2 id="a">A</h2><a name="C">C</a><p id="b">again</p>""");

        Assert.Equal(["C", "a", "b"], scan.Anchors);
        Assert.Equal(3, scan.Anchors.Count);
        Assert.True(scan.Anchors.Contains("a"));
        Assert.True(scan.Anchors.Contains("C"));
        Assert.False(scan.Anchors.Contains("c"));
        Assert.False(scan.Anchors.Contains("A"));
    }

    [Fact]
    public void An_empty_anchor_set_contains_nothing()
    {
        Assert.Empty(AnchorSet.Empty);
        Assert.True(AnchorSet.Empty.Count == 0, "an empty set counts no anchors");
        Assert.False(AnchorSet.Empty.Contains(""));
        Assert.False(new AnchorSet([]).Contains("x"));
    }
}
