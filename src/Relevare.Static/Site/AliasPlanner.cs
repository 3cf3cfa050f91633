using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;

namespace Relevare.Static.Site;

/// <summary>
/// Turns the pages' <c>aliases</c> (old URLs) into redirects. An alias that is not a usable URL path, or that names
/// the page itself (a redirect to itself loops forever), is an error; collisions with pages, files and other
/// aliases are found with every other output path by the site model.
/// </summary>
internal static partial class AliasPlanner
{
    /// <summary>The redirects of <paramref name="pages"/>, ordered by old URL.</summary>
    public static List<Redirect> Plan(IEnumerable<Page> pages, List<Diagnostic> diagnostics)
    {
        var redirects = new List<Redirect>();
        foreach (var page in pages)
        {
            var meta = page.Source.Metadata;
            if (meta.Aliases.IsDefaultOrEmpty)
            {
                continue; // most pages have none: no set and no lookup for them
            }

            var location = meta.Locations.GetValueOrDefault("aliases", SourceLocation.File(page.Source.Path));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < meta.Aliases.Length; i++)
            {
                var alias = meta.Aliases[i];
                if (HiddenSegment(alias) is { } hidden)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.AliasToHiddenPath, i < meta.AliasLocations.Length ? meta.AliasLocations[i] : location,
                        $"the alias '{alias}' names a hidden path ('{hidden}' starts with '.'): hosts and 'relevare serve' do not serve "
                        + $"such paths, and {OutputMarker.FileName} marks relevare's output folder",
                        "remove the alias, or write the old URL without the leading '.'; files such as /.well-known/security.txt are not pages: set them up on the host"));
                    continue;
                }

                var (url, outputPath, problem) = Normalize(alias);
                if (problem is not null)
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.InvalidAlias, location,
                        $"the alias '{alias}' cannot be published as a redirect: {problem}",
                        "write an old URL of this site as a path, e.g. '/old-migraine-page/' or '/migraine.html'"));
                    continue;
                }

                if (PortablePath.CollisionKey(url) == PortablePath.CollisionKey(page.Url))
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.RedirectLoop, location,
                        $"the alias '{alias}' is this page's own URL {page.Url}: the redirect would lead to itself forever",
                        "remove it: an alias is an old URL the page no longer has"));
                    continue;
                }

                if (seen.Add(PortablePath.CollisionKey(outputPath)))
                {
                    redirects.Add(new Redirect(url, outputPath, page, location));
                }
            }
        }

        return [.. redirects.OrderBy(r => r.From, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The URL and output path of an alias, or why it cannot be one. <c>/a/b</c>, <c>/a/b/</c> and
    /// <c>/a/b/index.html</c> are the folder URL <c>/a/b/</c>; <c>/a/b.html</c> stays a file.
    /// </summary>
    public static (string Url, string OutputPath, string? Problem) Normalize(string alias)
    {
        if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal))
        {
            return ("", "", "it must be a path starting with a single '/', not a full address or a relative path");
        }

        var segments = alias[1..].Split('/');
        if (segments[^1].Length == 0)
        {
            segments = segments[..^1];
        }

        foreach (var segment in segments)
        {
            if (segment is "." or ".." || !Segment().IsMatch(segment))
            {
                return ("", "", $"'{segment}' is not allowed in it (use letters, digits, '-', '_', '.' and '~' between slashes; no query or fragment)");
            }
        }

        if (segments.Length > 0 && segments[^1] == "index.html")
        {
            segments = segments[..^1];
        }

        var isFile = segments.Length > 0 && (segments[^1].EndsWith(".html", StringComparison.OrdinalIgnoreCase) || segments[^1].EndsWith(".htm", StringComparison.OrdinalIgnoreCase));
        var path = string.Join('/', segments);
        var url = isFile ? "/" + path : "/" + string.Concat(segments.Select(s => s + "/"));
        var outputPath = isFile ? path : url[1..] + "index.html";
        return PortablePath.Problem(outputPath) is { } problem ? ("", "", problem) : (url, outputPath, null);
    }

    /// <summary>
    /// The first segment of <paramref name="alias"/> that starts with '.' (other than '.' and '..', which
    /// <see cref="Normalize"/> refuses), or null. Dot-folders are not served (hosts, <c>relevare serve</c>), and the
    /// output folder's marker is one.
    /// </summary>
    public static string? HiddenSegment(string alias) =>
        alias.Split('/').FirstOrDefault(segment => segment.StartsWith('.') && segment is not ("." or ".."));

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex Segment();
}
