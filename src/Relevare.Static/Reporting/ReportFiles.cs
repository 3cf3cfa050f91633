namespace Relevare.Static.Reporting;

/// <summary>The content-health report: an HTML page, its style sheet (beside it, so the page needs no inline
/// styles under a strict CSP) and the same data as JSON.</summary>
public sealed record ReportFiles(string Html, string Css, string Json)
{
    /// <summary>The report page's file name.</summary>
    public const string HtmlFileName = "content-health.html";

    /// <summary>The style sheet's file name (linked from the page).</summary>
    public const string CssFileName = "content-health.css";

    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "content-health.json";
}
