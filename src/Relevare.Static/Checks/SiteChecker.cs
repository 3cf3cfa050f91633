using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;

namespace Relevare.Static.Checks;

/// <summary>
/// Checks a built site the way a visitor's browser sees it: every page parsed once, per-page checks in parallel,
/// then the checks that need the whole site (links, fragments, orphans) over an index of files and ids.
/// Pure: files in, diagnostics out. The same code runs at the end of every build and in <c>relevare check</c>.
/// </summary>
internal sealed class SiteChecker
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CheckOptions _options;
    private readonly FindingReporter _reporter;
    private readonly UrlResolver _resolver;
    private readonly ConcurrentBag<IPageParser> _parsers = [];
    private readonly Func<IPageParser> _newParser;
    private readonly PageRules _rules;
    private long _suggestionComparisons;

    /// <param name="options">What to check, and how.</param>
    /// <param name="parsers">
    /// Makes the parsers of the page pass (tests count their parses); by default the streaming scanner with AngleSharp
    /// for the pages outside its subset (<see cref="ScanningPageParser"/>), for a build's pages and <c>relevare check</c>'s alike.
    /// </param>
    /// <param name="rules">
    /// The rules <see cref="Check"/> runs over each page: the checks, and for <c>relevare check</c> the medical and
    /// Content-Security-Policy rules where site.yml and <c>_headers</c> call for them (<see cref="Default"/> adds them).
    /// </param>
    public SiteChecker(CheckOptions options, Func<IPageParser>? parsers = null, PageRules? rules = null)
    {
        _rules = rules ?? PageRules.Checks;
        _options = options;
        _reporter = new FindingReporter(options);
        _resolver = new UrlResolver(options.BaseUrl);
        _newParser = parsers ?? (() => new ScanningPageParser());
    }

    /// <summary>The options this checker runs with.</summary>
    public CheckOptions Options => _options;

    /// <summary>How many edit distances the "did you mean" hints of broken links have cost in this checker's runs.</summary>
    public long SuggestionComparisons => Interlocked.Read(ref _suggestionComparisons);

    /// <summary>
    /// Checks one page on its own, as <see cref="Check"/> does first for every page: the build calls it right after
    /// rendering a page, while its text is at hand, and hands the result back to <see cref="Check"/> through its
    /// reuse function. Thread-safe (each concurrent call parses with a parser of its own).
    /// </summary>
    public PageScan Scan(string path, string html, PageOrigin? origin) => Read(path, html, origin, PageRules.Checks).Scan!;

    /// <summary>
    /// Parses one page once and runs <paramref name="rules"/> over it (<see cref="PagePass"/>): the checks of
    /// <see cref="Scan"/> and any of the build's own rules (medical output, Content-Security-Policy, search text).
    /// Thread-safe (each concurrent call parses with a parser of its own).
    /// </summary>
    public PageReading Read(string path, string html, PageOrigin? origin, PageRules rules)
    {
        // A parser costs more to create than a page costs to parse: parsers are pooled, one per thread at a time.
        var parser = _parsers.TryTake(out var pooled) ? pooled : _newParser();
        var reading = PagePass.Run(parser, _reporter, _resolver, _options, path, html.TrimStart('\uFEFF'), origin, rules);
        _parsers.Add(parser);
        return reading;
    }

    /// <summary>
    /// Checks <paramref name="files"/> (paths relative to the site root; only HTML contents are read). A
    /// <paramref name="reuse"/> function may answer a page's own checks instead (the build's: from its scans made
    /// while rendering, or from an earlier run). Without <paramref name="externalLinks"/> the result lists no external
    /// URLs (a build never fetches them: it does not gather them either).
    /// </summary>
    public CheckResult Check(IReadOnlyList<OutputFile> files, Func<OutputFile, Func<PageScan>, PageScan>? reuse = null, bool externalLinks = true)
    {
        // 1. Every page on its own, in parallel.
        var pages = files.Where(f => _options.IsPage(f.Path)).ToList();
        var scans = new PageScan[pages.Count];
        if (pages.Count > 0)
        {
            // Small ranges keep both cores busy to the end (see SiteBuilder's page stages).
            Parallel.ForEach(Partitioner.Create(0, pages.Count, 16), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var page = pages[i];
                    PageScan Scan() => WithOtherFindings(Read(page.Path, Utf8.GetString(page.Content.Span), origin: null, _rules));
                    scans[i] = reuse is null ? Scan() : reuse(page, Scan);
                }
            });
        }

        // 2. The site index: every file, and the anchors each page offers.
        var paths = new HashSet<string>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            paths.Add(file.Path);
        }

        var anchors = scans.ToDictionary(s => s.Path, s => s.Anchors, StringComparer.Ordinal);
        var index = new SiteIndex(paths, anchors, _options.DirectoryIndexes, _options.ServesHtmlWithoutExtension);

        // 3. The checks across pages. The scans keep only the URLs these read (PageLink.Of): internal ones, ones that
        //    climb above the root, and external ones not ignored (their URL is not fetched: nothing would be reported).
        var diagnostics = scans.SelectMany(s => s.Diagnostics).ToList();
        var external = new Dictionary<string, (Uri Url, List<FindingSite> Sites)>(StringComparer.Ordinal); // sorted once, at the end
        var edges = new Dictionary<string, List<string>>(scans.Length, StringComparer.Ordinal);
        var broken = new List<(int At, string Path)>();
        foreach (var scan in scans)
        {
            var targets = edges[scan.Path] = [];
            foreach (var link in scan.References)
            {
                switch (link.Target)
                {
                    case UrlKind.External when externalLinks:
                        var key = link.External!;
                        if (!external.TryGetValue(key, out var entry))
                        {
                            external[key] = entry = (new Uri(key), []);
                        }

                        entry.Sites.Add(link.Site);
                        break;
                    case UrlKind.OutsideSite:
                        Report(diagnostics, DiagnosticCodes.CheckBrokenLink, link.Site,
                            $"the {link.Description} '{link.Url}' climbs above the site's root", "remove a '../' or start the URL with '/'");
                        break;
                    case UrlKind.Internal when CheckInternal(link, index, diagnostics, broken) is { } target
                        && link.Kind is ReferenceKind.Link or ReferenceKind.Redirect:
                        targets.Add(target);
                        break;
                }
            }
        }

        AddHints(diagnostics, broken, index);
        FindOrphans(scans, edges, index, diagnostics);
        CheckAlternates(scans, index, diagnostics);
        Interlocked.Add(ref _suggestionComparisons, index.SuggestionComparisons);

        return new CheckResult(
            [.. diagnostics.Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)],
            scans.Length,
            [.. external.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new ExternalLink(e.Value.Url, [.. e.Value.Sites]))]);
    }

    /// <summary>
    /// The rules of a check run over a folder of HTML: the checks, the medical output rules when site.yml has
    /// <c>medical:</c>, and the Content-Security-Policy rule when <paramref name="policy"/> (what the folder's
    /// <c>_headers</c> sends) is relevare's or stricter — a looser policy is not judged (see <see cref="Publishing.DeclaredPolicy"/>).
    /// </summary>
    public static PageRules Default(CheckOptions options, SiteConfig? config, string? policy)
    {
        var rules = PageRules.Checks;
        if (config?.Medical is { } settings)
        {
            rules = rules.With(new PublishedMedicalRule(config, settings));
        }

        if (policy is not null && Publishing.DeclaredPolicy.IsAtLeastAsStrict(policy))
        {
            // Without a base URL every absolute URL is another site's.
            rules = rules.With(new PolicyRule(options.BaseUrl ?? new Uri("https://site.invalid/"), code => options.LevelOf(code) == CheckLevel.Error));
        }

        return rules;
    }

    // A check run reports the medical and policy rules' findings with the page's own.
    private PageScan WithOtherFindings(PageReading reading)
    {
        var scan = reading.Scan!;
        if (_options.IsInIgnoredDir(scan.Path))
        {
            return scan; // --ignore-dir: nothing on these pages is reported
        }

        var others = reading.MedicalFindings.ToList();
        if (reading.PolicyViolations is { } violations
            && Publishing.ContentSecurityPolicy.Finding(SourceLocation.File(_options.PathPrefix + scan.Path), "this page", violations) is { } policy)
        {
            others.Add(policy);
        }

        // Their levels are site.yml's, as in a build (RS0611 cannot be lowered; RS0614 and RS0803 can).
        DiagnosticLevels.ApplyInPlace(_options.Levels, others);
        return others.Count == 0 ? scan : scan with { Diagnostics = [.. scan.Diagnostics, .. others] };
    }

    /// <summary>
    /// Checks that an internal URL's file and fragment exist; returns the file, or null when it is missing. A missing
    /// file's finding gets its hint later (<see cref="AddHints"/>): where it is in <paramref name="diagnostics"/> is
    /// added to <paramref name="broken"/>.
    /// </summary>
    private string? CheckInternal(PageLink reference, SiteIndex index, List<Diagnostic> diagnostics, List<(int At, string Path)> broken)
    {
        var target = index.Find(reference.Path, out var missingSlash);
        if (target is null)
        {
            var wanted = reference.Path.Length == 0 || reference.Path.EndsWith('/') ? reference.Path + index.IndexName : reference.Path;
            if (_reporter.Create(
                DiagnosticCodes.CheckBrokenLink, reference.Site,
                reference.Kind is ReferenceKind.Link or ReferenceKind.Redirect
                    ? $"the {reference.Description} '{reference.Url}' leads nowhere: the site has no {wanted}"
                    : $"the {reference.Description} '{reference.Url}' does not exist: the site has no {wanted}",
                (string?)null) is { } diagnostic)
            {
                broken.Add((diagnostics.Count, reference.Path));
                diagnostics.Add(diagnostic);
            }

            return null;
        }

        if (missingSlash)
        {
            Report(diagnostics, DiagnosticCodes.CheckTrailingSlash, reference.Site,
                $"the {reference.Description} '{reference.Url}' names the folder of a page without its trailing slash: hosts answer it with a redirect (or a 404)",
                $"write '/{reference.Path}/'");
        }

        if (reference.Fragment is { Length: > 0 } fragment
            && reference.Kind is ReferenceKind.Link or ReferenceKind.Redirect
            && !fragment.StartsWith(":~:", StringComparison.Ordinal)
            && index.AnchorsOf(target) is { } targetAnchors
            && !targetAnchors.Contains(fragment)
            && !string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase))
        {
            var where = target == reference.Site.HtmlPath ? "this page" : target;
            Report(diagnostics, DiagnosticCodes.CheckBrokenFragment, reference.Site,
                $"the {reference.Description} '{reference.Url}' points to #{fragment}, but {where} has no element with that id",
                () => Suggestions.Closest(fragment, targetAnchors) is { } closest
                    ? $"did you mean '#{closest}'? Heading ids are the heading's text in lowercase with hyphens"
                    : "heading ids are the heading's text in lowercase with hyphens, e.g. '## After your infusion' is #after-your-infusion");
        }

        return target;
    }

    // The "did you mean" hints of the broken links reported (at those places in diagnostics): each is a search of the
    // whole site, so the distinct paths are searched in parallel (a path's answer is the same on any thread).
    private static void AddHints(List<Diagnostic> diagnostics, List<(int At, string Path)> broken, SiteIndex index)
    {
        if (broken.Count == 0)
        {
            return;
        }

        var paths = broken.Select(b => b.Path).Distinct(StringComparer.Ordinal).ToArray();
        var hints = new string[paths.Length];
        if (paths.Length == 1)
        {
            hints[0] = HintFor(paths[0], index);
        }
        else
        {
            Parallel.For(0, paths.Length, i => hints[i] = HintFor(paths[i], index));
        }

        var byPath = new Dictionary<string, string>(paths.Length, StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            byPath[paths[i]] = hints[i];
        }

        foreach (var (at, path) in broken)
        {
            diagnostics[at] = diagnostics[at] with { Hint = byPath[path] };
        }
    }

    private static string HintFor(string path, SiteIndex index) =>
        index.Suggest(path) is { } suggestion ? $"did you mean '/{suggestion}'?" : "check the path; a URL starting with '/' is relative to the site's root, others to the page's folder";

    // Pages no link leads to from the home page: patients can only find them by search. Redirect pages and the
    // 404 page are reached without links by design.
    private void FindOrphans(PageScan[] scans, Dictionary<string, List<string>> edges, SiteIndex index, List<Diagnostic> diagnostics)
    {
        if (index.IndexOf("") is not { } home || !edges.ContainsKey(home))
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { home };
        var queue = new Queue<string>([home]);
        while (queue.TryDequeue(out var page))
        {
            foreach (var next in edges.GetValueOrDefault(page) ?? [])
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var scan in scans.Where(s => !reached.Contains(s.Path) && !s.IsRedirect && s.Path != "404.html" && !s.Path.EndsWith("/404.html", StringComparison.Ordinal) && s.Path != index.IndexOf("404/")))
        {
            if (_reporter.CreateForPage(DiagnosticCodes.CheckOrphanPage, scan.Page,
                "no link leads to this page from the home page, so visitors can only find it through search", "link to it from another page or the navigation") is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }
        }
    }

    // hreflang alternates: each must lead to an existing page whose <html lang> is the language it names, and that
    // page must link back (search engines ignore one-way pairs). x-default only has to exist. Alternates that
    // cannot be resolved to a file of this folder (another site, no base URL for an absolute one) are not judged.
    private void CheckAlternates(PageScan[] scans, SiteIndex index, List<Diagnostic> diagnostics)
    {
        if (scans.All(s => s.Alternates.IsDefaultOrEmpty))
        {
            return; // most sites have one language: no index of the pages for them
        }

        var byPath = scans.ToDictionary(s => s.Path, StringComparer.Ordinal);
        foreach (var scan in scans)
        {
            foreach (var alternate in scan.Alternates.Where(a => a.Target.Kind == UrlKind.Internal))
            {
                var target = index.Find(alternate.Target.Path, out _);
                if (target is null || !byPath.TryGetValue(target, out var other))
                {
                    Report(diagnostics, DiagnosticCodes.HreflangNotReciprocal, alternate.Site,
                        $"the hreflang=\"{alternate.Hreflang}\" alternate leads to /{alternate.Target.Path}, which is not a page of the site",
                        "link only to published translations: the template should print page.alternates (docs/template-model.md)");
                    continue;
                }

                if (alternate.Hreflang == "x-default")
                {
                    continue;
                }

                if (!string.Equals(other.Language, alternate.Hreflang, StringComparison.OrdinalIgnoreCase))
                {
                    Report(diagnostics, DiagnosticCodes.HreflangWrongLanguage, alternate.Site,
                        $"the hreflang=\"{alternate.Hreflang}\" alternate leads to {target}, whose <html lang> is {(other.Language is null ? "missing" : $"\"{other.Language}\"")}",
                        "print each translation's own language in hreflang (page.alternates) and the page's language in <html lang> (site.language)");
                }

                if (target != scan.Path && !other.Alternates.Any(back => back.Target.Kind == UrlKind.Internal && back.Hreflang != "x-default" && index.Find(back.Target.Path, out _) == scan.Path))
                {
                    Report(diagnostics, DiagnosticCodes.HreflangNotReciprocal, alternate.Site,
                        $"the hreflang=\"{alternate.Hreflang}\" alternate leads to {target}, which has no hreflang alternate back to this page: search engines ignore one-way pairs",
                        "give both pages the same set of alternates (page.alternates does), or remove this one");
                }
            }
        }
    }

    private void Report(List<Diagnostic> diagnostics, string code, FindingSite site, string message, string hint)
    {
        if (_reporter.Create(code, site, message, hint) is { } diagnostic)
        {
            diagnostics.Add(diagnostic);
        }
    }

    private void Report(List<Diagnostic> diagnostics, string code, FindingSite site, string message, Func<string?> hint)
    {
        if (_reporter.Create(code, site, message, hint) is { } diagnostic)
        {
            diagnostics.Add(diagnostic);
        }
    }
}
