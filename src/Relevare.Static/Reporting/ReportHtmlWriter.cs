using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Medical;
using Relevare.Static.Readability;

namespace Relevare.Static.Reporting;

/// <summary>
/// The report page: one static HTML file for editors, readable straight from the disk. It loads nothing from
/// elsewhere, has no script and no inline style (classes only, with the style sheet beside it), so it also
/// passes a strict Content-Security-Policy when published.
/// </summary>
internal static class ReportHtmlWriter
{
    public static string Write(ContentHealth health, ImmutableArray<Diagnostic> diagnostics, ReportTotals totals)
    {
        var settings = health.Settings;
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Content health — ").Append(Escape(health.SiteTitle)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(ReportFiles.CssFileName).Append("\">\n</head>\n<body>\n");
        html.Append("<header class=\"report-header\">\n<h1>Content health</h1>\n<p>").Append(Escape(health.SiteTitle));
        if (health.Today is { } today)
        {
            html.Append(" · as of <time datetime=\"").Append(Dates.Iso(today)).Append("\">").Append(Dates.Text(today)).Append("</time>");
        }

        html.Append(Invariant($" · readability target: grade {ReportCharts.Grade(settings.ReadabilityTargetGrade)} (Flesch–Kincaid)"))
            .Append(health.Pages.Any(p => p.ReadabilityLanguage == "es") ? Invariant($", INFLESZ {ReportCharts.Grade(settings.ReadabilityTargetInflesz)} or more in Spanish") : "")
            .Append(Invariant($" · reviews every {settings.ReviewIntervalMonths} months, flagged {settings.ReviewWarningDays} days ahead</p>\n</header>\n<main>\n"));

        Totals(html, totals);
        Pages(html, health, diagnostics);
        ReportTranslations.Append(html, health);
        ReportReviewHistory.Append(html, health);
        ReportImages.Append(html, health);
        html.Append("<section aria-labelledby=\"due-heading\">\n<h2 id=\"due-heading\">Reviews falling due by month</h2>\n<figure>\n")
            .Append(ReportCharts.ReviewsByMonth(health, health.Today ?? FirstReview(health)))
            .Append("\n<figcaption>Pages whose next review falls in each month; overdue reviews are counted first.</figcaption>\n</figure>\n</section>\n");
        html.Append("<section aria-labelledby=\"readability-heading\">\n<h2 id=\"readability-heading\">Readability per page</h2>\n<figure>\n")
            .Append(ReportCharts.Readability(health))
            .Append("\n<figcaption>Flesch–Kincaid grade of each page's main text. The line marks the site's target; a short mark on a bar is that page's own justified limit.</figcaption>\n</figure>\n</section>\n");
        Diagnostics(html, diagnostics);
        html.Append("</main>\n<footer class=\"report-footer\">\n<p>Made by <code>relevare report</code>. The same data for tools: <a href=\"")
            .Append(ReportFiles.JsonFileName).Append("\">").Append(ReportFiles.JsonFileName).Append("</a>.</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Totals(StringBuilder html, ReportTotals totals)
    {
        html.Append("<section aria-labelledby=\"totals-heading\">\n<h2 id=\"totals-heading\">Totals</h2>\n<dl class=\"totals\">\n");
        void Item(string label, int value, string? css = null) =>
            html.Append(css is null ? "<div>" : $"<div class=\"{css}\">").Append("<dt>").Append(label).Append("</dt><dd>")
                .Append(value.ToString(CultureInfo.InvariantCulture)).Append("</dd></div>\n");
        Item("Pages", totals.Pages);
        Item("Health pages", totals.HealthPages);
        Item("Reviews up to date", totals.ReviewsOk, "status-ok");
        Item("Reviews due soon", totals.ReviewsDueSoon, totals.ReviewsDueSoon > 0 ? "status-due-soon" : null);
        Item("Reviews overdue", totals.ReviewsOverdue, totals.ReviewsOverdue > 0 ? "status-overdue" : null);
        Item("Pages above their readability limit", totals.AboveReadabilityLimit, totals.AboveReadabilityLimit > 0 ? "status-due-soon" : null);
        Item("Citations", totals.Citations);
        Item("References", totals.References);
        Item("Errors", totals.Errors, totals.Errors > 0 ? "status-overdue" : null);
        Item("Warnings", totals.Warnings, totals.Warnings > 0 ? "status-due-soon" : null);
        html.Append("</dl>\n</section>\n");
    }

    // Six columns with plain labels and fixed widths, so the table fits a 1280 px screen with its last column
    // ("Problems to fix") in view; long paths wrap inside their cell instead of widening the table.
    private static void Pages(StringBuilder html, ContentHealth health, ImmutableArray<Diagnostic> diagnostics)
    {
        html.Append("<section aria-labelledby=\"pages-heading\">\n<h2 id=\"pages-heading\">Pages</h2>\n<div class=\"table-wrap\">\n<table class=\"pages-table\">\n")
            .Append("<colgroup><col class=\"col-page\"><col class=\"col-people\"><col class=\"col-review\"><col class=\"col-reading\"><col class=\"col-sources\"><col class=\"col-problems\"></colgroup>\n")
            .Append("<thead>\n<tr><th scope=\"col\">Page</th><th scope=\"col\">Written and checked by</th><th scope=\"col\">Medical review</th>")
            .Append("<th scope=\"col\">Reading level</th><th scope=\"col\">Sources cited</th><th scope=\"col\">Problems to fix (open diagnostics)</th></tr>\n</thead>\n<tbody>\n");
        foreach (var page in health.Pages)
        {
            var open = diagnostics.Where(d => d.Path == page.Path).ToList();
            html.Append("<tr>\n<th scope=\"row\"><span class=\"page-title\">").Append(Escape(page.Title)).Append("</span><br><code>")
                .Append(Escape(page.Path)).Append("</code><br><span class=\"note\">").Append(Escape(page.Type))
                .Append(page.IsHealthPage ? " · health page" : "").Append("</span></th>\n");
            html.Append("<td>").Append(Person("Written by", page.Author)).Append("<br>").Append(Person("Checked by", page.Reviewer)).Append("</td>\n");
            html.Append("<td><span class=\"status status-").Append(ReportStatus.Code(page)).Append("\">").Append(ReportStatus.Text(page)).Append("</span>");
            if (ReportStatus.When(page) is { Length: > 0 } when)
            {
                html.Append(" <span class=\"note\">").Append(when).Append("</span>");
            }

            if (page.Review is { } review)
            {
                html.Append("<br><span class=\"note\">Reviewed ").Append(Date(review.Reviewed)).Append("<br>next review ").Append(Date(review.NextReview)).Append("</span>");
            }

            html.Append("</td>\n");
            ReadingLevel(html, page);
            html.Append("<td>").Append(page.CitationCount.ToString(CultureInfo.InvariantCulture));
            if (!page.CitedKeys.IsEmpty)
            {
                html.Append(" <span class=\"note\">").Append(Escape(string.Join(", ", page.CitedKeys))).Append("</span>");
            }

            html.Append("</td>\n");
            Problems(html, open, diagnostics);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    // A page in Spanish: its INFLESZ score and band, higher is easier, and Fernández-Huerta beside it.
    private static void SpanishReadingLevel(StringBuilder html, PageHealth page, bool graded)
    {
        var score = page.Readability.Inflesz;
        html.Append("INFLESZ ").Append(ReportCharts.Grade(score)).Append(" (<span lang=\"es\">").Append(InfleszBand.Of(score)).Append("</span>)")
            .Append(page.IsAboveReadabilityLimit ? " <span class=\"flag\">too hard: aim for " + ReportCharts.Grade(page.ReadabilityLimit) + " or more</span>" : "")
            .Append(!graded ? " <span class=\"note\">too short to grade</span>" : "")
            .Append("<br><span class=\"note\">").Append(page.Readability.Words.ToString(CultureInfo.InvariantCulture)).Append(" words · Fernández-Huerta ")
            .Append(ReportCharts.Grade(page.Readability.FernandezHuerta)).Append("</span>")
            .Append(page.ReadabilityExemptionReason is { } reason ? "<br><span class=\"note\">allowed down to " + ReportCharts.Grade(page.ReadabilityLimit) + ": " + Escape(reason) + "</span>" : "");
        HardSentences(html, page, "es", "INFLESZ");
    }

    private static string Person(string label, string? name) => $"{label}: " + (name is null ? "—" : Escape(name));

    private static void ReadingLevel(StringBuilder html, PageHealth page)
    {
        var graded = page.Readability.Words >= MedicalPageAnalyzer.MinWordsToGrade;
        html.Append("<td").Append(page.IsAboveReadabilityLimit ? " class=\"over-limit\"" : "").Append('>');
        if (page.Readability.Words == 0 || page.ReadabilityLanguage is null)
        {
            html.Append(page.ReadabilityLanguage is null ? "— <span class=\"note\">no readability formula for this language</span></td>\n" : "—</td>\n");
            return;
        }

        if (page.ReadabilityLanguage == "es")
        {
            SpanishReadingLevel(html, page, graded);
            return;
        }

        html.Append("School grade ").Append(ReportCharts.Grade(page.Readability.Grade))
            .Append(page.IsAboveReadabilityLimit ? " <span class=\"flag\">too hard: aim for " + ReportCharts.Grade(page.ReadabilityLimit) + " or lower</span>" : "")
            .Append(!graded ? " <span class=\"note\">too short to grade</span>" : "")
            .Append("<br><span class=\"note\">").Append(page.Readability.Words.ToString(CultureInfo.InvariantCulture)).Append(" words · SMOG ")
            .Append(ReportCharts.Grade(page.Readability.Smog)).Append("</span>")
            .Append(page.ReadabilityExemptionReason is { } reason ? "<br><span class=\"note\">allowed up to " + ReportCharts.Grade(page.ReadabilityLimit) + ": " + Escape(reason) + "</span>" : "");
        HardSentences(html, page, null, "grade");
    }

    // The sentences to rewrite first, each with its line and its own score; then the end of the reading-level cell.
    // Excerpts in a language other than the report's (English) carry their lang.
    private static void HardSentences(StringBuilder html, PageHealth page, string? lang, string scoreName)
    {
        if (!page.HardestSentences.IsEmpty)
        {
            html.Append("<br><span class=\"note\">Rewrite first:</span><ol class=\"hard-sentences\">");
            foreach (var sentence in page.HardestSentences)
            {
                html.Append("<li>line ").Append(sentence.Line.ToString(CultureInfo.InvariantCulture)).Append(": “")
                    .Append(lang is null ? "" : $"<span lang=\"{lang}\">").Append(Escape(sentence.Excerpt)).Append(lang is null ? "" : "</span>")
                    .Append("” <span class=\"note\">").Append(scoreName).Append(' ').Append(ReportCharts.Grade(sentence.Grade)).Append("</span></li>");
            }

            html.Append("</ol>");
        }

        html.Append("</td>\n");
    }

    private static void Problems(StringBuilder html, List<Diagnostic> open, ImmutableArray<Diagnostic> diagnostics)
    {
        if (open.Count == 0)
        {
            html.Append("<td>None</td>\n");
            return;
        }

        var errors = open.Count(d => d.IsError);
        var warnings = open.Count - errors;
        var summary = string.Join(", ", new[] { Count(errors, "error"), Count(warnings, "warning") }.Where(c => c.Length > 0));
        html.Append("<td><span class=\"status status-").Append(errors > 0 ? "overdue" : "due-soon").Append("\">").Append(summary).Append("</span>")
            .Append("<ul class=\"open-diagnostics\">");
        foreach (var d in open)
        {
            // Short here, in full (with the hint) in the list below, which the code links to.
            html.Append("<li>").Append(Severity(d)).Append(" <a href=\"#diagnostic-")
                .Append(diagnostics.IndexOf(d).ToString(CultureInfo.InvariantCulture)).Append("\">").Append(d.Code).Append("</a> line ")
                .Append(Math.Max(d.Line, 1).ToString(CultureInfo.InvariantCulture)).Append("</li>");
        }

        html.Append("</ul></td>\n");
    }

    private static string Count(int count, string noun) => count switch
    {
        0 => "",
        1 => $"1 {noun}",
        _ => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s",
    };

    private static void Diagnostics(StringBuilder html, ImmutableArray<Diagnostic> diagnostics)
    {
        html.Append("<section aria-labelledby=\"diagnostics-heading\">\n<h2 id=\"diagnostics-heading\">Open diagnostics</h2>\n");
        if (diagnostics.IsEmpty)
        {
            html.Append("<p>None: the build reports no errors and no warnings.</p>\n</section>\n");
            return;
        }

        html.Append("<ul class=\"diagnostics\">\n");
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var d = diagnostics[i];
            html.Append("<li id=\"diagnostic-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Severity(d)).Append(" <code>").Append(Escape(d.Location)).Append("</code> ").Append(d.Code).Append(": ")
                .Append(Escape(d.Message));
            if (d.Hint is not null)
            {
                html.Append("<br><span class=\"note\">").Append(Escape(d.Hint)).Append("</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static string Severity(Diagnostic d) =>
        d.IsError ? "<span class=\"severity severity-error\">error</span>" : "<span class=\"severity severity-warning\">warning</span>";

    private static string Date(DateOnly? date) =>
        date is { } d ? $"<time datetime=\"{Dates.Iso(d)}\">{d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}</time>" : "—";

    private static DateOnly FirstReview(ContentHealth health) =>
        health.Pages.Select(p => p.Review?.NextReview).OfType<DateOnly>().DefaultIfEmpty(new DateOnly(2000, 1, 1)).Min();

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
