using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>The checked site's files and, for each page, the ids and anchor names a fragment can point to.</summary>
internal sealed class SiteIndex
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, ImmutableHashSet<string>> _anchors;

    public SiteIndex(HashSet<string> files, Dictionary<string, ImmutableHashSet<string>> anchors)
    {
        _files = files;
        _anchors = anchors;
    }

    /// <summary>
    /// The file a resolved path serves, with the trailing-slash rules of static hosts: <c>a/</c> and <c>""</c> serve
    /// <c>a/index.html</c>; <c>a</c> serves the file <c>a</c>, else (via a redirect) <c>a/index.html</c>, which sets
    /// <paramref name="missingSlash"/>; <c>a.html/</c> serves nothing.
    /// </summary>
    public string? Find(string path, out bool missingSlash)
    {
        missingSlash = false;
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return _files.Contains(path + "index.html") ? path + "index.html" : null;
        }

        if (_files.Contains(path))
        {
            return path;
        }

        missingSlash = _files.Contains(path + "/index.html");
        return missingSlash ? path + "/index.html" : null;
    }

    /// <summary>The anchors of an HTML page, or null for other files.</summary>
    public ImmutableHashSet<string>? AnchorsOf(string path) => _anchors.GetValueOrDefault(path);

    /// <summary>The closest existing URL path to a missing one, for "did you mean".</summary>
    public string? Suggest(string path)
    {
        var candidates = _files.Select(f => f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f);
        return path.Length == 0 ? null : Suggestions.Closest(path, candidates);
    }
}
