using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>Where a finding is: the element in the HTML and, for a build, where it came from.</summary>
/// <param name="HtmlPath">The page, relative to the checked folder, e.g. <c>conditions/migraine/index.html</c>.</param>
/// <param name="Line">1-based line of the element's start tag.</param>
/// <param name="Column">1-based column of its <c>&lt;</c>.</param>
/// <param name="Markdown">Where the Markdown link, image or heading that produced the element is written, or null.</param>
/// <param name="SourcePage">The Markdown file the page was built from, or null outside a build.</param>
/// <param name="FromMarkdown">True when the element lies inside the page's rendered Markdown body.</param>
/// <param name="Ignore">What data-check-ignore switches off here.</param>
internal sealed record FindingSite(
    string HtmlPath, int Line, int Column, SourceLocation? Markdown, string? SourcePage, bool FromMarkdown, IgnoreRule Ignore);
