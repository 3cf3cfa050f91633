namespace Relevare.Static.Markdown;

/// <summary>
/// The scheme allowlist for every URL that content can produce: relative URLs, <c>http</c>, <c>https</c>,
/// <c>mailto</c> and <c>tel</c>; for images also <c>data:image/</c> (png, gif, jpeg, webp; never svg).
/// Browsers ignore tabs and newlines inside a URL and leading spaces/control characters, so those are
/// removed before the scheme is read (<c>java&#9;script:</c> is <c>javascript:</c> to a browser).
/// </summary>
internal static class UrlPolicy
{
    private static readonly string[] Allowed = ["http", "https", "mailto", "tel"];
    private static readonly string[] ImageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"];

    /// <summary>The URL's scheme in lowercase, or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = Normalize(url);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var end = cleaned.AsSpan().IndexOfAny('/', '?', '#');
        return end >= 0 && end < colon ? null : cleaned[..colon].ToLowerInvariant();
    }

    /// <summary>True when content may use <paramref name="url"/>.</summary>
    public static bool IsAllowed(string url, bool isImage) => IsAllowed(url, isImage, []);

    /// <summary>
    /// True when content may use <paramref name="url"/>, also allowing the site's own <paramref name="extraSchemes"/>
    /// (site.yml's <c>markdown: link_schemes</c>, which never holds javascript, vbscript or data).
    /// </summary>
    public static bool IsAllowed(string url, bool isImage, IReadOnlyCollection<string> extraSchemes)
    {
        var scheme = SchemeOf(url);
        if (scheme is null)
        {
            return true;
        }

        if (Allowed.Contains(scheme) || (extraSchemes.Contains(scheme) && scheme is not ("javascript" or "vbscript" or "data")))
        {
            return true;
        }

        var cleaned = Normalize(url).ToLowerInvariant();
        return isImage && ImageData.Any(prefix => cleaned.StartsWith(prefix + ";", StringComparison.Ordinal) || cleaned.StartsWith(prefix + ",", StringComparison.Ordinal));
    }

    // Most URLs have nothing to remove (no tab or line break, nothing at or below a space first): they are returned
    // as they are, without the copies the general case makes (it ran for every link of every page, twice).
    private static string Normalize(string url) =>
        (url.Length == 0 || url[0] > ' ') && url.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? url
            : new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).TrimStart(' ', '\0', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007', '\b', '\u000B', '\u000C', '\u000E', '\u000F', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016', '\u0017', '\u0018', '\u0019', '\u001A', '\u001B', '\u001C', '\u001D', '\u001E', '\u001F');
}
