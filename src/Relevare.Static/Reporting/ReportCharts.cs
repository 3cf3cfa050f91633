using System.Globalization;
using System.Net;
using System.Text;
using Relevare.Static.Medical;

namespace Relevare.Static.Reporting;

/// <summary>
/// The report's two charts as inline SVG: geometry in attributes, colours only through classes (the style sheet
/// beside the report), no <c>style</c> attribute, no script. Each chart has a title and a description for screen
/// readers, and every number it shows is also in the pages table.
/// </summary>
internal static class ReportCharts
{
    private const int Width = 720;

    /// <summary>
    /// Bars per month from <paramref name="from"/>'s month through the same month a year later (so a page reviewed
    /// today appears), with "overdue" first and "later" last.
    /// </summary>
    public static string ReviewsByMonth(ContentHealth health, DateOnly from)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var buckets = new List<(string Label, string Long, List<PageHealth> Pages, string Class)>
        {
            ("Overdue", "overdue", [], "bar-overdue"),
        };
        const int months = 13;
        for (var m = 0; m < months; m++)
        {
            var month = first.AddMonths(m);
            buckets.Add((month.ToString("MMM yy", CultureInfo.InvariantCulture), month.ToString("MMMM yyyy", CultureInfo.InvariantCulture), [], "bar-ok"));
        }

        buckets.Add(("Later", "later", [], "bar-ok"));
        foreach (var page in health.Pages.Where(p => p.Review is not null))
        {
            var review = page.Review!;
            var index = review.Status == ReviewStatus.Overdue || review.NextReview < first ? 0
                : Math.Min(months + 1, ((review.NextReview.Year - first.Year) * 12) + review.NextReview.Month - first.Month + 1);
            buckets[index].Pages.Add(page);
        }

        for (var i = 1; i < buckets.Count; i++)
        {
            if (buckets[i].Pages.Any(p => p.Review!.Status == ReviewStatus.DueSoon))
            {
                buckets[i] = buckets[i] with { Class = "bar-due-soon" };
            }
        }

        const int width = 840; // fifteen labelled months need more room than the default width
        const int height = 220;
        const int left = 30;
        const int top = 20;
        const int plot = 150;
        var max = Math.Max(1, buckets.Max(b => b.Pages.Count));
        var slot = (width - left) / buckets.Count;
        var svg = new StringBuilder();
        var description = string.Join("; ", buckets.Where(b => b.Pages.Count > 0).Select(b => $"{b.Long}: {Pages(b.Pages.Count)}"));
        Open(svg, "chart-reviews", width, height, "Reviews falling due by month", description.Length == 0 ? "No page has a review date." : description);
        svg.Append(Invariant($"<line class=\"axis\" x1=\"{left}\" y1=\"{top + plot}\" x2=\"{width}\" y2=\"{top + plot}\"/>\n"));
        for (var i = 0; i < buckets.Count; i++)
        {
            var (label, longLabel, pages, css) = buckets[i];
            var x = left + (i * slot);
            var barHeight = pages.Count * plot / max;
            if (pages.Count > 0)
            {
                svg.Append(Invariant($"<rect class=\"bar {css}\" x=\"{x + 4}\" y=\"{top + plot - barHeight}\" width=\"{slot - 8}\" height=\"{barHeight}\">"))
                    .Append("<title>").Append(Escape($"{longLabel}: {string.Join(", ", pages.Select(p => p.Title))}")).Append("</title></rect>\n");
                svg.Append(Invariant($"<text class=\"bar-value\" x=\"{x + (slot / 2)}\" y=\"{top + plot - barHeight - 4}\" text-anchor=\"middle\">{pages.Count}</text>\n"));
            }

            svg.Append(Invariant($"<text class=\"axis-label\" x=\"{x + (slot / 2)}\" y=\"{top + plot + 18}\" text-anchor=\"middle\">")).Append(Escape(label)).Append("</text>\n");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// One bar per page in English: its Flesch–Kincaid grade against the site's target (a line) and its own limit.
    /// Pages in Spanish are on another scale (INFLESZ, higher is easier) and are shown in the table instead.
    /// </summary>
    public static string Readability(ContentHealth health)
    {
        var pages = health.Pages.Where(p => p.Readability.Words > 0 && p.ReadabilityLanguage == "en").ToList();
        const int labelWidth = 270;
        const int rowHeight = 28;
        const int top = 10;
        var plot = Width - labelWidth - 60;
        var scale = Math.Max(16, Math.Ceiling(pages.Select(p => p.Readability.Grade).DefaultIfEmpty(0).Max()) + 1);
        var height = top + (pages.Count * rowHeight) + 40;
        var target = health.Settings.ReadabilityTargetGrade;
        var svg = new StringBuilder();
        Open(svg, "chart-readability", Width, height, $"Readability per page against the target grade {Grade(target)}",
            pages.Count == 0 ? "No page has text." : string.Join("; ", pages.Select(p => $"{p.Title}: grade {Grade(p.Readability.Grade)}{(p.IsAboveReadabilityLimit ? ", above its limit" : "")}")));
        double X(double grade) => labelWidth + (Math.Clamp(grade, 0, scale) * plot / scale);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var y = top + (i * rowHeight);
            var grade = page.Readability.Grade;
            var css = page.Readability.Words < MedicalPageAnalyzer.MinWordsToGrade ? "bar-ungraded" : page.IsAboveReadabilityLimit ? "bar-over" : "bar-ok";
            svg.Append(Invariant($"<text class=\"row-label\" x=\"{labelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\">")).Append(Escape(Shorten(page.Title, 36))).Append("</text>\n");
            svg.Append(Invariant($"<rect class=\"bar {css}\" x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{X(grade) - labelWidth:0.#}\" height=\"{rowHeight - 8}\">"))
                .Append("<title>").Append(Escape($"{page.Title}: grade {Grade(grade)}, limit {Grade(page.ReadabilityLimit)}")).Append("</title></rect>\n");
            if (page.ReadabilityLimit > target)
            {
                svg.Append(Invariant($"<line class=\"limit\" x1=\"{X(page.ReadabilityLimit):0.#}\" y1=\"{y + 2}\" x2=\"{X(page.ReadabilityLimit):0.#}\" y2=\"{y + rowHeight - 2}\"/>\n"));
            }

            var note = css == "bar-ungraded" ? " (too short to grade)" : "";
            svg.Append(Invariant($"<text class=\"bar-value\" x=\"{X(grade) + 6:0.#}\" y=\"{y + 18}\">")).Append(Escape(Grade(grade) + note)).Append("</text>\n");
        }

        var bottom = top + (pages.Count * rowHeight);
        svg.Append(Invariant($"<line class=\"target\" x1=\"{X(target):0.#}\" y1=\"{top}\" x2=\"{X(target):0.#}\" y2=\"{bottom}\"/>\n"));
        svg.Append(Invariant($"<text class=\"axis-label\" x=\"{X(target):0.#}\" y=\"{bottom + 16}\" text-anchor=\"middle\">target {Grade(target)}</text>\n"));
        svg.Append(Invariant($"<line class=\"axis\" x1=\"{labelWidth}\" y1=\"{bottom}\" x2=\"{labelWidth + plot}\" y2=\"{bottom}\"/>\n"));
        svg.Append(Invariant($"<text class=\"axis-label\" x=\"{labelWidth}\" y=\"{bottom + 32}\">grade 0</text>\n"));
        svg.Append(Invariant($"<text class=\"axis-label\" x=\"{labelWidth + plot}\" y=\"{bottom + 32}\" text-anchor=\"end\">grade {scale}</text>\n"));
        return svg.Append("</svg>").ToString();
    }

    private static void Open(StringBuilder svg, string id, int width, int height, string title, string description) =>
        svg.Append(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n"))
            .Append(Invariant($"<title id=\"{id}-title\">")).Append(Escape(title)).Append("</title>\n")
            .Append(Invariant($"<desc id=\"{id}-desc\">")).Append(Escape(description)).Append("</desc>\n");

    private static string Pages(int n) => n == 1 ? "1 page" : Invariant($"{n} pages");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    internal static string Grade(double grade) => grade.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
