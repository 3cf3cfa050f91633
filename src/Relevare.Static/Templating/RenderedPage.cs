using System.Collections.Immutable;
using Relevare.Static.Markdown;
using Relevare.Static.Medical;
using Relevare.Static.Output;
using Relevare.Static.Site;

namespace Relevare.Static.Templating;

/// <summary>A content page after rendering.</summary>
/// <param name="Page">The page.</param>
/// <param name="Body">Its rendered body (for the checks' Markdown mapping, the search index and the feed).</param>
/// <param name="File">Its HTML file, or null when a template failed (already reported).</param>
/// <param name="Health">Its line in the content-health report, or null for sites without medical settings.</param>
internal sealed record RenderedPage(Page Page, RenderedMarkdown Body, OutputFile? File, PageHealth? Health)
{
    /// <summary>The body as plain text for the search index, taken by the page pass from the parsed page; null when not taken (publishing then parses the body).</summary>
    public string? SearchText { get; init; }

    /// <summary>What the site's Content-Security-Policy would block on the page, found by the page pass; null when not looked for (publishing then parses the page).</summary>
    public ImmutableArray<string>? PolicyViolations { get; init; }
}
