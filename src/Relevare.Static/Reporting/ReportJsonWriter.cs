using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Medical;
using Relevare.Static.Readability;

namespace Relevare.Static.Reporting;

/// <summary>The report's data as JSON, for tools and dashboards (the names are documented in docs/cli.md).</summary>
internal static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(ContentHealth health, ImmutableArray<Diagnostic> diagnostics, ReportTotals totals)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var settings = health.Settings;
            json.WriteStartObject();
            json.WriteString("site", health.SiteTitle);
            Date(json, "today", health.Today);
            json.WriteStartObject("settings");
            json.WriteStartArray("health_types");
            foreach (var type in settings.HealthTypes)
            {
                json.WriteStringValue(type);
            }

            json.WriteEndArray();
            json.WriteNumber("review_interval_months", settings.ReviewIntervalMonths);
            json.WriteNumber("review_warning_days", settings.ReviewWarningDays);
            json.WriteNumber("readability_target_grade", settings.ReadabilityTargetGrade);
            json.WriteNumber("readability_target_inflesz", settings.ReadabilityTargetInflesz);
            json.WriteNumber("readability_min_words", MedicalPageAnalyzer.MinWordsToGrade);
            json.WriteEndObject();

            json.WriteStartObject("totals");
            json.WriteNumber("pages", totals.Pages);
            json.WriteNumber("health_pages", totals.HealthPages);
            json.WriteNumber("reviews_ok", totals.ReviewsOk);
            json.WriteNumber("reviews_due_soon", totals.ReviewsDueSoon);
            json.WriteNumber("reviews_overdue", totals.ReviewsOverdue);
            json.WriteNumber("health_pages_not_reviewed", totals.NotReviewed);
            json.WriteNumber("above_readability_limit", totals.AboveReadabilityLimit);
            json.WriteNumber("citations", totals.Citations);
            json.WriteNumber("references", totals.References);
            json.WriteNumber("errors", totals.Errors);
            json.WriteNumber("warnings", totals.Warnings);
            json.WriteEndObject();

            json.WriteStartArray("pages");
            foreach (var page in health.Pages)
            {
                Page(json, page, diagnostics.Where(d => d.Path == page.Path));
            }

            json.WriteEndArray();
            ReportTranslations.Write(json, health);
            var paths = health.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
            json.WriteStartArray("other_diagnostics");
            foreach (var d in diagnostics.Where(d => !paths.Contains(d.Path)))
            {
                Diagnostic(json, d, withPath: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Page(Utf8JsonWriter json, PageHealth page, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartObject();
        json.WriteString("path", page.Path);
        json.WriteString("url", page.Url);
        json.WriteString("title", page.Title);
        json.WriteString("type", page.Type);
        json.WriteBoolean("health_page", page.IsHealthPage);
        Text(json, "author", page.Author);
        Text(json, "reviewer", page.Reviewer);
        Date(json, "reviewed", page.Review?.Reviewed);
        Date(json, "next_review", page.Review?.NextReview);
        json.WriteString("review_status", ReportStatus.Code(page));
        if (page.Review?.DaysUntilDue is { } days)
        {
            json.WriteNumber("days_until_due", days);
        }
        else
        {
            json.WriteNull("days_until_due");
        }

        json.WriteBoolean("changed_since_review", page.ChangedSinceReview);
        json.WriteStartArray("review_history");
        foreach (var entry in page.History)
        {
            json.WriteStartObject();
            json.WriteString("date", Dates.Iso(entry.Date));
            json.WriteString("kind", entry.IsReview ? "review" : "editorial");
            json.WriteString(entry.IsReview ? "reviewer" : "by", entry.Person);
            Text(json, "editorial", entry.Editorial);
            json.WriteString("content", entry.Content);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var score = page.Readability;
        json.WriteStartObject("readability");
        Text(json, "language", page.ReadabilityLanguage);
        if (page.ReadabilityLanguage == "es")
        {
            json.WriteNumber("inflesz", score.Inflesz);
            json.WriteString("inflesz_band", InfleszBand.Of(score.Inflesz));
            json.WriteNumber("fernandez_huerta", score.FernandezHuerta);
        }
        else
        {
            json.WriteNumber("grade", score.Grade);
            json.WriteNumber("smog", score.Smog);
        }

        json.WriteNumber("words", score.Words);
        json.WriteNumber("sentences", score.Sentences);
        json.WriteNumber("syllables", score.Syllables);
        json.WriteNumber("polysyllables", score.Polysyllables);
        json.WriteNumber("limit", page.ReadabilityLimit);
        json.WriteBoolean("graded", page.IsGraded);
        json.WriteBoolean("above_limit", page.IsAboveReadabilityLimit);
        Text(json, "exemption_reason", page.ReadabilityExemptionReason);
        json.WriteEndObject();

        json.WriteStartObject("citations");
        json.WriteNumber("count", page.CitationCount);
        json.WriteNumber("references", page.ReferenceCount);
        json.WriteStartArray("keys");
        foreach (var key in page.CitedKeys)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteEndObject();

        ReportImages.Write(json, page);
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            Diagnostic(json, d, withPath: false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Diagnostic(Utf8JsonWriter json, Diagnostic d, bool withPath)
    {
        json.WriteStartObject();
        json.WriteString("severity", d.IsError ? "error" : "warning");
        json.WriteString("code", d.Code);
        if (withPath)
        {
            json.WriteString("path", d.Path);
        }

        json.WriteNumber("line", Math.Max(d.Line, 1));
        json.WriteNumber("column", Math.Max(d.Column, 1));
        json.WriteString("message", d.Message);
        Text(json, "hint", d.Hint);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? value) => Text(json, name, value is { } d ? Dates.Iso(d) : null);
}
