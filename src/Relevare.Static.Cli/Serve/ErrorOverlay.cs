using System.Globalization;
using System.Net;
using System.Text;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// The page shown instead of any page while the latest build has errors: every problem with its file, line and
/// column (escaped: messages quote the content), and the live-reload script, so the page comes back by itself
/// once the mistake is fixed. Assets keep coming from the last good build meanwhile. Its style is an external
/// same-origin stylesheet, like the script, so a strict Content-Security-Policy allows the page.
/// </summary>
internal static class ErrorOverlay
{
    public const string StylePath = "/__relevare/overlay.css";

    public const string Style = """
        body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#1d1f21;color:#eee}
        main{max-width:60rem;margin:0 auto;padding:2rem 1rem}
        h1{color:#ff8a80;font-size:1.5rem;margin:0 0 1rem}
        ol{padding:0;list-style:none}
        li{margin:0 0 1rem;padding:.75rem 1rem;background:#2b2d30;border-left:4px solid #ff8a80}
        li.warning{border-color:#ffd54f}
        code{font:14px/1.4 ui-monospace,monospace;color:#8ab4f8}
        .hint,p.note{color:#bbb}

        """;

    public static byte[] Render(IReadOnlyList<Diagnostic> problems, string buildId)
    {
        var errors = problems.Count(d => d.IsError);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Build failed — relevare serve</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"{StylePath}\">\n")
            .Append("</head>\n<body>\n<main>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>Build failed: {errors} {(errors == 1 ? "error" : "errors")}</h1>\n")
            .Append("<ol>\n");
        foreach (var d in problems)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"{(d.IsError ? "error" : "warning")}\"><code>{E(d.Location)}</code> ")
                .Append(CultureInfo.InvariantCulture, $"<strong>{(d.IsError ? "error" : "warning")} {E(d.Code)}</strong>: {E(d.Message)}");
            if (d.Hint is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<br><span class=\"hint\">hint: {E(d.Hint)}</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n")
            .Append("<p class=\"note\">Save a fix and this page reloads by itself. Until then the server keeps the last good version of the site (its images and styles are still served).</p>\n")
            .Append("</main>\n")
            .Append(LiveReload.Tag(buildId))
            .Append("\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
