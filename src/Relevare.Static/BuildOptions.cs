namespace Relevare.Static;

/// <summary>What the caller asks of a build.</summary>
/// <param name="IncludeDrafts">Publish pages marked <c>draft: true</c>.</param>
/// <param name="BaseUrl">Overrides site.yml's <c>base_url</c> (e.g. for preview deployments), or null.</param>
public sealed record BuildOptions(bool IncludeDrafts = false, Uri? BaseUrl = null)
{
    /// <summary>
    /// The date review deadlines are measured against (the core has no clock: the CLI passes <c>--today</c> or the
    /// local date). Null: review status is not computed, so no review is reported as due soon or overdue.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// The output folder as the user sees it (e.g. <c>_site</c>), put before the HTML path of check findings that
    /// cannot be traced back to a Markdown line, so they name the page as it would be written.
    /// </summary>
    public string OutputFolder { get; init; } = "_site";

    /// <summary>
    /// Whether the built pages are checked (links, structure, safety: RS07xx). Always on in the CLI; off only to
    /// measure what the checks cost (bench/), since a site built without them has not been checked.
    /// </summary>
    public bool Checks { get; init; } = true;

    /// <summary>
    /// The caller fails a build that has warnings (<c>--strict</c>). The build's findings are the same either way;
    /// with an output sink, a warning then stops the writing of pages as early as an error does
    /// (<see cref="Checks.FailureForecast"/>), and a build with warnings hands nothing more to the sink at its end.
    /// </summary>
    internal bool WarningsFail { get; init; }

    /// <summary>How long a page's Markdown may take to parse; null for the product's 5 s. Tests inject a clock-free budget.</summary>
    internal Markdown.MarkdownParseBudget? MarkdownBudget { get; init; }

    /// <summary>How much rendering one page's templates may cost (null: <see cref="Templating.PageTemplateRenderer.RenderTime"/>); tests count work instead of time.</summary>
    internal Diagnostics.WorkBudget? RenderBudget { get; init; }

    /// <summary>How much checking one page may cost (null: <see cref="Checks.CheckOptions.CheckTime"/>); tests count elements instead of time.</summary>
    internal Diagnostics.WorkBudget? CheckBudget { get; init; }

    /// <summary>Makes the parsers of the page pass (null: the scanner, then AngleSharp, <see cref="Checks.ScanningPageParser"/>); tests count the pages parsed with it.</summary>
    internal Func<Checks.IPageParser>? PageParsers { get; init; }
}
