using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Relevare.Static.Medical;

namespace Relevare.Static.Reporting;

/// <summary>
/// The report's "Pictures and their weight" section: every page that shows pictures, each picture with how many files
/// it is published as, the largest of them (the most a patient downloads for it, on a wide screen) and all of them
/// together, and per page the total of the largest files. Its own section, apart from the pages table, so the two
/// can change independently.
/// </summary>
internal static class ReportImages
{
    /// <summary>The section of the report page.</summary>
    public static void Append(StringBuilder html, ContentHealth health)
    {
        var pages = health.Pages.Where(p => !p.Images.IsEmpty).ToList();
        html.Append("<section aria-labelledby=\"images-heading\">\n<h2 id=\"images-heading\">Pictures and their weight</h2>\n");
        if (pages.Count == 0)
        {
            html.Append("<p>No page shows a picture.</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"note\">What a patient downloads: a browser takes one file of each picture, the size its screen needs; ")
            .Append("the largest file is the most that can be. Keep a page's total small for patients on slow phone connections.</p>\n")
            .Append("<div class=\"table-wrap\">\n<table class=\"images-table\">\n<thead>\n<tr><th scope=\"col\">Page</th><th scope=\"col\">Picture</th>")
            .Append("<th scope=\"col\">Files</th><th scope=\"col\">Largest file</th><th scope=\"col\">All files</th></tr>\n</thead>\n");
        foreach (var page in pages)
        {
            html.Append("<tbody>\n");
            for (var i = 0; i < page.Images.Length; i++)
            {
                var image = page.Images[i];
                html.Append("<tr>");
                if (i == 0)
                {
                    html.Append("<th scope=\"rowgroup\" rowspan=\"").Append(Number(page.Images.Length + 1)).Append("\"><span class=\"page-title\">")
                        .Append(Escape(page.Title)).Append("</span><br><code>").Append(Escape(page.Path)).Append("</code></th>");
                }

                html.Append("<td><code>").Append(Escape(image.SourcePath)).Append("</code></td><td class=\"num\">").Append(Number(image.Files))
                    .Append("</td><td class=\"num\">").Append(Bytes(image.LargestBytes)).Append("</td><td class=\"num\">").Append(Bytes(image.TotalBytes)).Append("</td></tr>\n");
            }

            html.Append("<tr class=\"images-total\"><td>Page total (").Append(Number(page.Images.Length)).Append(page.Images.Length == 1 ? " picture" : " pictures")
                .Append(")</td><td class=\"num\">").Append(Number(page.Images.Sum(i => i.Files))).Append("</td><td class=\"num\">").Append(Bytes(page.ImageBytes))
                .Append("</td><td class=\"num\">").Append(Bytes(page.Images.Sum(i => i.TotalBytes))).Append("</td></tr>\n</tbody>\n");
        }

        html.Append("</table>\n</div>\n</section>\n");
    }

    /// <summary>A page's <c>images</c> array and <c>image_bytes</c> total in the report's JSON.</summary>
    public static void Write(Utf8JsonWriter json, PageHealth page)
    {
        json.WriteStartArray("images");
        foreach (var image in page.Images)
        {
            json.WriteStartObject();
            json.WriteString("path", image.SourcePath);
            json.WriteNumber("files", image.Files);
            json.WriteNumber("largest_bytes", image.LargestBytes);
            json.WriteNumber("total_bytes", image.TotalBytes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("image_bytes", page.ImageBytes);
    }

    /// <summary>A size as an editor reads it: bytes below 1 KB, else KB (or MB) with one decimal, 1 KB = 1,024 bytes.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB"),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
