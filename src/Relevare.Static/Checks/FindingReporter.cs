using System.Globalization;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// Turns findings into diagnostics: applies the configured level and data-check-ignore, and reports an element
/// that came from a Markdown link at the Markdown line (keeping the HTML place in the message).
/// </summary>
internal sealed class FindingReporter
{
    private readonly CheckOptions _options;

    public FindingReporter(CheckOptions options) => _options = options;

    /// <summary>The diagnostic, or null when the check is off or ignored here.</summary>
    public Diagnostic? Create(string code, FindingSite site, string message, string? hint) =>
        site.Ignore.Covers(code) || Severity(code) is not { } severity ? null : Create(severity, code, site, message, hint);

    /// <summary>
    /// The diagnostic, or null when the check is off or ignored here; <paramref name="hint"/> is computed only for a
    /// finding that is reported (a "did you mean" can cost a search of the whole site).
    /// </summary>
    public Diagnostic? Create(string code, FindingSite site, string message, Func<string?> hint)
        => site.Ignore.Covers(code) || Severity(code) is not { } severity ? null : Create(severity, code, site, message, hint());

    private Diagnostic Create(DiagnosticSeverity severity, string code, FindingSite site, string message, string? hint)
    {
        var html = _options.PathPrefix + site.HtmlPath;
        if (site.Markdown is { } markdown)
        {
            return new Diagnostic(
                severity, code, markdown.Path, markdown.Line, markdown.Column,
                string.Create(CultureInfo.InvariantCulture, $"{message} (in {html}:{site.Line}:{site.Column})"), hint);
        }

        var from = site.SourcePage is null ? ""
            : site.FromMarkdown ? $" (from the Markdown of {site.SourcePage})"
            : $" (page built from {site.SourcePage})";
        return new Diagnostic(severity, code, html, site.Line, site.Column, message + from, hint);
    }

    /// <summary>
    /// A finding of a rule outside the configurable checks (its severity fixed, e.g. a <c>tel:</c> link that cannot
    /// be dialled), placed like <c>Create</c>: at its Markdown line when the element came from Markdown.
    /// </summary>
    public Diagnostic CreateFixed(DiagnosticSeverity severity, string code, FindingSite site, string message, string? hint)
    {
        var html = _options.PathPrefix + site.HtmlPath;
        return site.Markdown is { } markdown
            ? new Diagnostic(severity, code, markdown.Path, markdown.Line, markdown.Column, string.Create(CultureInfo.InvariantCulture, $"{message} (in {html}:{site.Line}:{site.Column})"), hint)
            : new Diagnostic(severity, code, html, site.Line, site.Column, message + (site.SourcePage is null ? "" : $" (page built from {site.SourcePage})"), hint);
    }

    /// <summary>A finding about a whole page: at its source file in a build, else at the HTML file.</summary>
    public Diagnostic? CreateForPage(string code, FindingSite page, string message, string? hint)
    {
        if (page.Ignore.Covers(code) || Severity(code) is not { } severity)
        {
            return null;
        }

        var html = _options.PathPrefix + page.HtmlPath;
        return page.SourcePage is { } source
            ? new Diagnostic(severity, code, source, 1, 1, $"{message} (page {html})", hint)
            : new Diagnostic(severity, code, html, 1, 1, message, hint);
    }

    private DiagnosticSeverity? Severity(string code) => _options.LevelOf(code) switch
    {
        CheckLevel.Error => DiagnosticSeverity.Error,
        CheckLevel.Warning => DiagnosticSeverity.Warning,
        _ => null,
    };
}
