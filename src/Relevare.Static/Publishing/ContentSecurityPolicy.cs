using Relevare.Static.Assets;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Publishing;

/// <summary>
/// The site's Content-Security-Policy, and a check that an output file obeys it. The policy allows only this
/// site's own files (no inline script or style, no style attributes, nothing from other sites except
/// <c>data:</c> images), so the check looks for exactly what a browser would block.
/// </summary>
internal static class ContentSecurityPolicy
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private const int MaxReported = 5;

    /// <summary>
    /// The page checks that run after publishing report inline styles and scripts themselves: the policy check lists
    /// them only if <paramref name="levels"/> (site.yml's <c>checks:</c>) lower those checks below errors, so every
    /// breach of the policy still fails.
    /// </summary>
    public static Func<string, bool> ReportedByPageChecks(IReadOnlyDictionary<string, CheckLevel> levels) =>
        code => (levels.TryGetValue(code, out var level) ? level : CheckRules.All[code].DefaultLevel) == CheckLevel.Error;

    /// <summary>The finding for a page or style sheet that breaks the policy (RS0803), or null when nothing does.</summary>
    /// <param name="location">Where to report it: the page's source in a build, the HTML file in <c>relevare check</c>.</param>
    /// <param name="what">"this page" or "this style sheet".</param>
    /// <param name="violations">What the policy blocks there.</param>
    public static Diagnostic? Finding(SourceLocation location, string what, IReadOnlyList<string> violations) =>
        violations.Count == 0 ? null : Diagnostic.Error(
            DiagnosticCodes.ContentSecurityPolicy, location,
            $"{what} breaks the site's Content-Security-Policy, so browsers would block part of it: {string.Join("; ", violations)}",
            "put styles in assets/css/ and scripts in assets/js/ (loaded with src, no style= or on…= attributes), and load images, fonts and scripts from this site only");

    /// <summary>
    /// Adds <paramref name="problem"/> to <paramref name="found"/> once, up to five, unless a page check whose code is
    /// <paramref name="checkCode"/> reports it itself (<paramref name="reportedElsewhere"/>).
    /// </summary>
    internal static void Add(List<string> found, Func<string, bool> reportedElsewhere, string problem, string? checkCode = null)
    {
        if (checkCode is not null && reportedElsewhere(checkCode))
        {
            return;
        }

        if (!found.Contains(problem) && found.Count < MaxReported)
        {
            found.Add(problem);
        }
    }

    /// <summary>What in a style sheet the policy blocks: references to other sites.</summary>
    public static List<string> StyleSheetViolations(string css, Uri baseUrl) =>
        [.. CssReferences.Find(css)
            .Where(url => !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !IsSameOrigin(url, baseUrl))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxReported)
            .Select(url => $"url({Shorten(url)}) loads a file from another site")];

    /// <summary>True for a URL of this site: relative, root-relative, or absolute on the base URL's origin.</summary>
    public static bool IsSameOrigin(string url, Uri baseUrl)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return Uri.TryCreate(baseUrl.Scheme + ":" + trimmed, UriKind.Absolute, out var protocolRelative) && SameOrigin(protocolRelative, baseUrl);
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // relative
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && SameOrigin(absolute, baseUrl);
    }

    private static bool SameOrigin(Uri url, Uri baseUrl) =>
        string.Equals(url.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase)
        && url.Port == baseUrl.Port;

    /// <summary>A URL short enough for the policy's finding.</summary>
    internal static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";
}
