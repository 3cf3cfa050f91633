using Relevare.Static.Markdown;
using Relevare.Static.Yaml;

namespace Relevare.Static.Checks;

/// <summary>
/// Resolves URLs the way a browser would for a site served from its root: relative to the page's folder,
/// root-relative from the site root, and absolute URLs under the base URL as internal.
/// </summary>
internal sealed class UrlResolver
{
    private readonly Uri? _baseUrl;

    public UrlResolver(Uri? baseUrl) => _baseUrl = baseUrl;

    /// <summary>
    /// Resolves <paramref name="url"/> found on the page at <paramref name="pagePath"/>. A page with a
    /// <c>&lt;base href&gt;</c> passes the base instead: its resolved path (<c>folder/</c>) for a base inside the site,
    /// or <paramref name="absoluteBase"/> for one elsewhere, as browsers resolve every relative URL against it.
    /// </summary>
    public ResolvedUrl Resolve(string pagePath, string url, Uri? absoluteBase = null)
    {
        // Browsers strip leading and trailing ASCII whitespace from URL attributes.
        var text = Trim(url);
        if (absoluteBase is not null && SchemeOf(text) is null && !text.StartsWith("//", StringComparison.Ordinal)
            && Uri.TryCreate(absoluteBase, text, out var rebased))
        {
            text = rebased.AbsoluteUri;
        }

        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = (_baseUrl?.Scheme ?? "https") + ":" + text;
        }

        var scheme = SchemeOf(text);
        if (scheme is "http" or "https")
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var absolute))
            {
                return new ResolvedUrl(UrlKind.External, "", null, scheme, null);
            }

            return UnderBase(absolute) is { } relative
                ? Relative("index.html", "/" + relative + absolute.Query + absolute.Fragment)
                : new ResolvedUrl(UrlKind.External, "", null, scheme, absolute);
        }

        return scheme is not null
            ? new ResolvedUrl(UrlKind.OtherScheme, "", null, scheme, null)
            : Relative(pagePath, text);
    }

    /// <summary>
    /// The URL's scheme in lowercase, or null for a relative URL. Like browsers, only a letter followed by letters,
    /// digits, <c>+</c>, <c>-</c> or <c>.</c> is a scheme: <c>(https://…)</c> is a relative path.
    /// </summary>
    public static string? SchemeOf(string url) => UrlPolicy.SchemeOf(url) is { } scheme && Patterns.UrlScheme().IsMatch(scheme) ? scheme : null;

    /// <summary>The URL without the ASCII whitespace browsers strip from both ends of a URL attribute.</summary>
    public static string Trim(string url) => url.Trim(' ', '\t', '\n', '\r', '\f');

    /// <summary>The directory of a page path with a trailing slash (<c>""</c> at the root).</summary>
    public static string FolderOf(string pagePath)
    {
        var slash = pagePath.LastIndexOf('/');
        return slash < 0 ? "" : pagePath[..(slash + 1)];
    }

    private string? UnderBase(Uri absolute)
    {
        // http://host/ and https://host/ are the same site (the http one is flagged as insecure on its own).
        if (_baseUrl is null
            || !string.Equals(absolute.Host, _baseUrl.Host, StringComparison.OrdinalIgnoreCase)
            || (absolute.Scheme == _baseUrl.Scheme && absolute.Port != _baseUrl.Port)
            || !absolute.AbsolutePath.StartsWith(_baseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        return absolute.AbsolutePath[_baseUrl.AbsolutePath.Length..];
    }

    private static ResolvedUrl Relative(string pagePath, string text)
    {
        string? fragment = null;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = Uri.UnescapeDataString(text[(hash + 1)..]);
            text = text[..hash];
        }

        var query = text.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            text = text[..query];
        }

        if (text.Length == 0)
        {
            return new ResolvedUrl(UrlKind.Internal, pagePath, fragment, null, null);
        }

        var segments = new List<string>();
        if (!text.StartsWith('/'))
        {
            segments.AddRange(FolderOf(pagePath).Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        var parts = text.Split('/');
        var trailingSlash = text.EndsWith('/') || parts[^1] is "." or "..";
        foreach (var part in parts)
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return new ResolvedUrl(UrlKind.OutsideSite, "", fragment, null, null);
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(Uri.UnescapeDataString(part));
                    break;
            }
        }

        var path = string.Join('/', segments);
        if (trailingSlash && path.Length > 0)
        {
            path += "/";
        }

        return new ResolvedUrl(UrlKind.Internal, path, fragment, null, null);
    }
}
