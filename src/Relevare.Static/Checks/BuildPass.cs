using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Markdown;
using Relevare.Static.Output;
using Relevare.Static.Publishing;
using Relevare.Static.Site;

namespace Relevare.Static.Checks;

/// <summary>
/// The page pass as a build runs it: which rules read each page, so that every page is parsed once. A content page
/// is read right after rendering by the rules the build needs whatever happens (a health page's medical output;
/// with <c>publishing:</c>, the Content-Security-Policy and the search index's text) and, since it is parsed
/// anyway, by the checks too. A page that none of those rules needs is left to the checks alone (and, in
/// <c>relevare serve</c>, to their cache). A page that publishing generates (404, search, listings) is read once
/// for its policy and its checks.
/// </summary>
internal sealed class BuildPass
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SiteChecker _checker;
    private readonly SiteConfig _config;
    private readonly bool _checks;
    private readonly PolicyRule? _policy;
    private readonly SearchTextRule? _search;
    private readonly ConcurrentDictionary<string, PageScan> _generated = new(StringComparer.Ordinal);

    /// <param name="checker">The build's checker (its options and parsers).</param>
    /// <param name="config">The site's configuration: which of the build's rules apply.</param>
    /// <param name="checks">False for a build without checks: only the build's own rules run.</param>
    public BuildPass(SiteChecker checker, SiteConfig config, bool checks)
    {
        _checker = checker;
        _config = config;
        _checks = checks;
        if (config.Publishing is not null)
        {
            _policy = new PolicyRule(config.BaseUrl, ContentSecurityPolicy.ReportedByPageChecks(config.Checks));
            _search = new SearchTextRule(config.AllowHtml);
        }
    }

    /// <summary>
    /// Reads a content page right after rendering, or returns null when none of the build's rules needs it (its
    /// checks are then made by <see cref="SiteChecker.Scan"/>, or reused).
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="html">Its HTML.</param>
    /// <param name="body">Its rendered Markdown.</param>
    /// <param name="citations">Its numbered citations (for a health page's JSON-LD).</param>
    /// <param name="reviewShown">False when the page may not claim its review (its JSON-LD must not either).</param>
    public PageReading? Read(Page page, string html, RenderedMarkdown body, PageCitations citations, bool reviewShown)
    {
        var medical = _config.Medical is { } settings && page.Source.Metadata.Medical.IsHealthPage
            ? new MedicalOutputRule(_config, settings, page, MedicalPermalink(page), citations, reviewShown)
            : null;
        var search = page.NoIndex ? null : _search;
        if (medical is null && _policy is null && search is null)
        {
            return null;
        }

        var rules = (_checks && _checker.Options.IsPage(page.OutputPath) ? PageRules.Checks : PageRules.None).With(medical).With(_policy).With(search);
        return _checker.Read(page.OutputPath, html, new PageOrigin(page.Source.Path, body), rules);
    }

    /// <summary>
    /// What the Content-Security-Policy blocks on a page that publishing generated; its checks are kept for
    /// <see cref="Generated"/>, so that the check stage does not parse it again.
    /// </summary>
    public IReadOnlyList<string> ReadGenerated(OutputFile file)
    {
        var checks = _checks && _checker.Options.IsPage(file.Path);
        var reading = _checker.Read(file.Path, Utf8.GetString(file.Content.Span), null, (checks ? PageRules.Checks : PageRules.None).With(_policy));
        if (reading.Scan is { } scan)
        {
            _generated[file.Path] = scan;
        }

        return reading.PolicyViolations ?? ImmutableArray<string>.Empty;
    }

    /// <summary>The checks of a page that <see cref="ReadGenerated"/> read, or null.</summary>
    public PageScan? Generated(string path) => _generated.TryGetValue(path, out var scan) ? scan : null;

    private string MedicalPermalink(Page page) => Medical.MedicalPageAnalyzer.Permalink(_config, page);
}
