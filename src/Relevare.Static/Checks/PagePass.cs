using System.Collections.Immutable;
using System.Globalization;
using Relevare.Static.Diagnostics;
using Relevare.Static.Templating;

namespace Relevare.Static.Checks;

/// <summary>
/// Parses one page once and runs every rule of a <see cref="PageRules"/> list over it: each rule's
/// <see cref="PageRule.Start"/>, then each element in document order through every rule's
/// <see cref="PageRule.Visit"/>, then each rule's <see cref="PageRule.Finish"/>. The checks (<see cref="PageRule.IsCheck"/>)
/// have a budget: a page too large for them, or one whose checks run over their time, is reported instead (RS0008)
/// and the checks stop; the build's own rules (medical output, Content-Security-Policy, search text) still run to the end.
/// </summary>
internal static class PagePass
{
    /// <summary>Reads the page at <paramref name="path"/> (relative to the site root) whose text is <paramref name="html"/>.</summary>
    public static PageReading Run(IPageParser parser, FindingReporter reporter, UrlResolver resolver, CheckOptions options, string path, string html, PageOrigin? origin, PageRules rules)
    {
        var checks = rules.CheckRules;
        var others = rules.OwnRules;
        PageScan? given = null;

        // Counted before parsing (the parse is most of the cost, and cannot be interrupted): the same page gets the
        // same verdict on any machine.
        if (checks.Length > 0 && PageSize.ElementsAbove(html, PageSize.MaxCheckedElements) is { } count)
        {
            var page = new FindingSite(path, 1, 1, null, origin?.SourcePath, false, IgnoreRule.None);
            given = Unchecked(reporter, page, string.Create(
                CultureInfo.InvariantCulture,
                $"the page has {count:N0} HTML elements, more than the {PageSize.MaxCheckedElements:N0} the checks go through in one page; it was not checked"));
            checks = [];
        }

        if (checks.Length == 0 && others.Length == 0)
        {
            return new PageReading(given, [], null, null);
        }

        var document = parser.ParseDocument(html);
        var context = new PageContext(parser, reporter, resolver, options, document, path, html, origin);
        foreach (var rule in checks)
        {
            rule.Start(context);
        }

        foreach (var rule in others)
        {
            rule.Start(context);
        }

        var spent = checks.Length > 0 ? options.Budget.Start() : null;
        var visited = 0;
        foreach (var element in context.Elements)
        {
            if (checks.Length > 0 && spent!())
            {
                var at = context.Site(element);
                given = Unchecked(reporter, context.PageSite, string.Create(
                    CultureInfo.InvariantCulture,
                    $"checking the page took more than {options.Budget.ShownAs.TotalSeconds:0.#} s and was abandoned at line {at.Line}, after {visited:N0} of its {context.Elements.Length:N0} elements; it was not checked"));
                checks = [];
                if (others.Length == 0)
                {
                    break;
                }
            }

            visited++;
            foreach (var rule in checks)
            {
                rule.Visit(context, element);
            }

            foreach (var rule in others)
            {
                rule.Visit(context, element);
            }
        }

        foreach (var rule in checks)
        {
            rule.Finish(context);
        }

        foreach (var rule in others)
        {
            rule.Finish(context);
        }

        var scan = given ?? (rules.CheckRules.Length > 0 ? ScanOf(context) : null);
        return new PageReading(
            scan,
            [.. context.MedicalFindings],
            context.PolicyViolations is { } violations ? [.. violations] : null,
            context.SearchText);
    }

    private static PageScan ScanOf(PageContext page)
    {
        var root = page.Document.Root;
        // Only what the checks across pages read is kept: every page's scan stays in memory until the last one.
        var links = ImmutableArray.CreateBuilder<PageLink>(page.References.Count);
        foreach (var reference in page.References)
        {
            if (PageLink.Of(reference) is { } link)
            {
                links.Add(link);
            }
        }

        return new PageScan(
            page.Path,
            page.PageSite,
            new AnchorSet(page.Anchors),
            links.DrainToImmutable(),
            page.IsRedirect,
            [.. page.Diagnostics])
        {
            Language = root.GetAttribute("lang"),
            Alternates = [.. page.Alternates],
        };
    }

    // A page the checks gave up on: its only finding says why (its links and ids are unknown, so it fails the build).
    private static PageScan Unchecked(FindingReporter reporter, FindingSite page, string message) =>
        new(page.HtmlPath, page, AnchorSet.Empty, [], false, [reporter.CreateFixed(
            DiagnosticSeverity.Error, DiagnosticCodes.CheckBudget, page, message,
            "split the page into several pages; when every page is reported, a template repeats something without end")]);
}
