using System.Collections.Immutable;
using Relevare.Static.Markdown;
using Relevare.Static.Medical;
using Relevare.Static.Output;
using Relevare.Static.Site;

namespace Relevare.Static.Templating;

/// <summary>A content page after rendering.</summary>
/// <param name="Page">The page.</param>
/// <param name="Body">Its rendered body (for the checks' Markdown mapping, the search index and the feed).</param>
/// <param name="File">Its HTML file, or null when a template failed (already reported) or when it was handed to the build's output sink (<see cref="Written"/>).</param>
/// <param name="Health">Its line in the content-health report, or null for sites without medical settings.</param>
internal sealed record RenderedPage(Page Page, RenderedMarkdown Body, OutputFile? File, PageHealth? Health)
{
    /// <summary>The body as plain text for the search index, taken by the page pass from the parsed page; null when not taken (publishing then parses the body).</summary>
    public string? SearchText { get; init; }

    /// <summary>What the site's Content-Security-Policy would block on the page, found by the page pass; null when not looked for (publishing then parses the page).</summary>
    public ImmutableArray<string>? PolicyViolations { get; init; }

    /// <summary>
    /// True when its HTML file went to the build's <see cref="IOutputSink"/> right after rendering and checking, and
    /// its bytes were dropped (<see cref="File"/> is then null; the file's path is the page's output path).
    /// </summary>
    public bool Written { get; init; }

    /// <summary>True when the page has an HTML file: held in <see cref="File"/>, or already <see cref="Written"/>.</summary>
    public bool HasFile => File is not null || Written;
}
