using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Site;

namespace Relevare.Static.Checks;

/// <summary>
/// Tells, right after one page is rendered and checked on its own, that the build is certain to fail: the page has a
/// finding that will be an error (a warning too, when the caller fails on warnings), or a link to a file the site
/// will not have, which the checks across pages will report as a broken link (RS0701) at a failing level. The
/// render stage then stops writing pages early (a failed build publishes nothing: see <c>PageRenderStage</c>).
/// <para>
/// Only a signal for speed: the diagnostics still come from the stages and the checks across pages, unchanged. A
/// forecast that is wrong either way costs time, never output or findings. It is never wrong about a build that
/// succeeds: a link is foreseen as broken only when its target is none of <see cref="PlannedPaths"/>, a superset of
/// the files the checks across pages will know (every page, redirect, listing, generated file, asset and planned
/// image variant), resolved with their rules (<see cref="SiteIndex.Find"/>: folder indexes, the trailing slash).
/// Fragments are left to the checks across pages: they need the other page rendered.
/// </para>
/// </summary>
internal sealed class FailureForecast
{
    private readonly SiteIndex _planned;
    private readonly FindingReporter _reporter;
    private readonly IReadOnlyDictionary<string, CheckLevel> _levels;
    private readonly bool _warningsFail;

    /// <param name="site">The site model: what the build will publish.</param>
    /// <param name="options">The options the checks run with (levels of the checks, folder indexes).</param>
    /// <param name="warningsFail">The caller fails a build with warnings (<c>--strict</c>).</param>
    public FailureForecast(SiteModel site, CheckOptions options, bool warningsFail)
    {
        _planned = new SiteIndex(PlannedPaths(site), [], options.DirectoryIndexes, options.ServesHtmlWithoutExtension);
        _reporter = new FindingReporter(options);
        _levels = site.Config.Checks;
        _warningsFail = warningsFail;
    }

    /// <summary>
    /// Every file the build can publish, known before any page is rendered: the pages, the redirect pages of
    /// aliases, the assets and every planned variant of every image, and with <c>publishing:</c> the listings and
    /// the generated files of every language (some of which a site may not get, such as a feed without pages).
    /// </summary>
    public static HashSet<string> PlannedPaths(SiteModel site)
    {
        var paths = new HashSet<string>(site.Pages.Length + site.Redirects.Length + site.Listings.Length + site.Assets.Assets.Length, StringComparer.Ordinal);
        paths.UnionWith(site.Pages.Select(p => p.OutputPath));
        paths.UnionWith(site.Redirects.Select(r => r.OutputPath));
        paths.UnionWith(site.Assets.Assets.Select(a => a.OutputPath));
        paths.UnionWith(site.LinkTargets.Images.Values.SelectMany(i => i.Variants).Select(v => v.OutputPath));
        if (site.Config.Publishing is not null)
        {
            paths.UnionWith(site.Listings.Select(l => l.OutputPath));
            paths.UnionWith(PublishedPaths.GeneratedFor(site.Config.AllLanguages).Select(g => g.Path));
        }

        return paths;
    }

    /// <summary>
    /// True when the build is certain to fail because of this page: <paramref name="own"/> (what rendering it found)
    /// or <paramref name="scan"/> (checking it on its own, or null) has a finding that fails the build at the levels
    /// of site.yml, or the scan has a link that leads outside the site or to a file it will not have.
    /// </summary>
    public bool Fails(IEnumerable<Diagnostic> own, PageScan? scan)
    {
        if (own.Any(Fails))
        {
            return true;
        }

        if (scan is null)
        {
            return false;
        }

        if (scan.Diagnostics.Any(Fails))
        {
            return true;
        }

        // As SiteChecker.Check reports these: at the level of RS0701, unless the element ignores it.
        foreach (var link in scan.References)
        {
            if ((link.Target == UrlKind.OutsideSite || (link.Target == UrlKind.Internal && _planned.Find(link.Path, out _) is null))
                && _reporter.Create(DiagnosticCodes.CheckBrokenLink, link.Site, "", (string?)null) is { } broken
                && Fails(broken))
            {
                return true;
            }
        }

        return false;
    }

    // A finding fails the build when it is an error at site.yml's level (or is reported at all under --strict).
    private bool Fails(Diagnostic diagnostic) =>
        DiagnosticLevels.Apply(_levels, diagnostic) is { } final && (final.IsError || _warningsFail);
}
