using System.Globalization;
using System.Net;
using System.Text;
using Relevare.Static.FrontMatter;
using Relevare.Static.Medical;

namespace Relevare.Static.Reporting;

/// <summary>
/// The report's "Review history" section: every health page with its sign-offs from the review record (reviews
/// and recorded editorial changes, oldest first), and a page changed since its last sign-off in red. Its own
/// section, apart from the pages table, so the two can change independently.
/// </summary>
internal static class ReportReviewHistory
{
    public static void Append(StringBuilder html, ContentHealth health)
    {
        var pages = health.Pages.Where(p => p.IsHealthPage).ToList();
        html.Append("<section aria-labelledby=\"history-heading\">\n<h2 id=\"history-heading\">Review history</h2>\n");
        if (pages.Count == 0)
        {
            html.Append("<p>No health pages.</p>\n</section>\n");
            return;
        }

        html.Append("<div class=\"table-wrap\">\n<table class=\"review-history\">\n<thead>\n<tr><th scope=\"col\">Health page</th><th scope=\"col\">Now</th><th scope=\"col\">Sign-offs, oldest first</th></tr>\n</thead>\n<tbody>\n");
        foreach (var page in pages)
        {
            html.Append("<tr").Append(page.ChangedSinceReview ? " class=\"changed-since-review\"" : "").Append(">\n<th scope=\"row\"><span class=\"page-title\">")
                .Append(Escape(page.Title)).Append("</span><br><code>").Append(Escape(page.Path)).Append("</code></th>\n<td>");
            html.Append(page.ChangedSinceReview
                ? "<span class=\"status status-overdue\">changed since its last review</span> <span class=\"note\">the page does not show its review until it is signed off again</span>"
                : page.History.IsEmpty ? (page.Review is null ? "<span class=\"status status-overdue\">not reviewed</span>" : "<span class=\"status\">no sign-off recorded</span> <span class=\"note\">reviewed date from the front matter only</span>")
                : "<span class=\"status status-ok\">as signed off</span>");
            html.Append("</td>\n<td>");
            if (page.History.IsEmpty)
            {
                html.Append('—');
            }
            else
            {
                html.Append("<ol class=\"sign-offs\">");
                foreach (var entry in page.History)
                {
                    html.Append("<li><time datetime=\"").Append(Dates.Iso(entry.Date)).Append("\">").Append(entry.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)).Append("</time> ")
                        .Append(entry.IsReview ? "reviewed by " : "editorial change (" + Escape(entry.Editorial!) + ") by ")
                        .Append(Escape(entry.Person)).Append("</li>");
                }

                html.Append("</ol>");
            }

            html.Append("</td>\n</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
