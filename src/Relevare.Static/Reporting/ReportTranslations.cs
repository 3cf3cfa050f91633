using System.Net;
using System.Text;
using System.Text.Json;
using Relevare.Static.Configuration;
using Relevare.Static.FrontMatter;
using Relevare.Static.Medical;

namespace Relevare.Static.Reporting;

/// <summary>
/// The report's "Translations" section: each page of the default language against each other language — current,
/// out of date since a date, waiting for the source's sign-off, pending review, not recorded, or missing — and the
/// same rows in the JSON report.
/// Only for a site with more than one language.
/// </summary>
internal static class ReportTranslations
{
    /// <summary>The state as the report says it, e.g. <c>out of date since 2026-12-01</c>.</summary>
    public static string Describe(TranslationCell cell) => cell.State switch
    {
        TranslationState.Current => "current",
        TranslationState.OutOfDate => cell.Since is { } since ? $"out of date since {Dates.Iso(since)}" : "out of date",
        TranslationState.SourceChangePending => "current; the source's change awaits sign-off",
        TranslationState.PendingReview when cell.AwaitsReviewerForLanguage => $"pending review: awaiting a reviewer who reads {cell.Language} (nobody in {PeopleFile.Path} lists it in 'languages')",
        TranslationState.PendingReview => "pending review",
        TranslationState.NotRecorded => "source version not recorded",
        _ => "missing",
    };

    public static void Append(StringBuilder html, ContentHealth health)
    {
        if (health.OtherLanguages.IsEmpty)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"translations-heading\">\n<h2 id=\"translations-heading\">Translations</h2>\n")
            .Append("<div class=\"table-wrap\">\n<table class=\"translations\">\n<thead>\n<tr><th scope=\"col\">Page</th>");
        foreach (var language in health.OtherLanguages)
        {
            html.Append("<th scope=\"col\"><code>").Append(Escape(language)).Append("</code></th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in health.Translations)
        {
            html.Append("<tr>\n<th scope=\"row\"><span class=\"page-title\">").Append(Escape(row.Title)).Append("</span><br><code>")
                .Append(Escape(row.Path)).Append("</code></th>\n");
            foreach (var cell in row.Cells)
            {
                var css = cell.State switch
                {
                    TranslationState.Current => "status status-ok",
                    TranslationState.Missing => "status",
                    TranslationState.PendingReview or TranslationState.NotRecorded or TranslationState.SourceChangePending => "status status-due-soon",
                    _ => "status status-overdue",
                };
                html.Append("<td><span class=\"").Append(css).Append("\">").Append(Escape(Describe(cell))).Append("</span>");
                if (cell.Path is { } path)
                {
                    html.Append("<br><code>").Append(Escape(path)).Append("</code>");
                }

                html.Append("</td>\n");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    public static void Write(Utf8JsonWriter json, ContentHealth health)
    {
        if (health.OtherLanguages.IsEmpty)
        {
            return;
        }

        json.WriteStartArray("translations");
        foreach (var row in health.Translations)
        {
            json.WriteStartObject();
            json.WriteString("path", row.Path);
            json.WriteString("url", row.Url);
            json.WriteString("title", row.Title);
            json.WriteStartObject("languages");
            foreach (var cell in row.Cells)
            {
                json.WriteStartObject(cell.Language);
                json.WriteString("status", cell.State switch
                {
                    TranslationState.Current => "current",
                    TranslationState.OutOfDate => "out_of_date",
                    TranslationState.PendingReview => "pending_review",
                    TranslationState.NotRecorded => "not_recorded",
                    TranslationState.SourceChangePending => "source_change_pending",
                    _ => "missing",
                });
                if (cell.Since is { } since)
                {
                    json.WriteString("since", Dates.Iso(since));
                }

                if (cell.AwaitsReviewerForLanguage)
                {
                    json.WriteBoolean("awaiting_reviewer_for_language", true);
                }

                if (cell.Path is { } path)
                {
                    json.WriteString("path", path);
                    json.WriteString("url", cell.Url);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
