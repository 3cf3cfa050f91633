using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>The checked site's files and, for each page, the ids and anchor names a fragment can point to.</summary>
internal sealed class SiteIndex
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, AnchorSet> _anchors;
    private readonly ImmutableArray<string> _indexes;
    private readonly Lazy<SuggestionIndex> _urls;
    private readonly bool _htmlWithoutExtension;

    /// <param name="files">Every file of the site, relative to its root.</param>
    /// <param name="anchors">The anchors of each page.</param>
    /// <param name="indexes">The files a folder URL serves, tried in order (<c>index.html</c>).</param>
    /// <param name="htmlWithoutExtension">The host serves <c>a</c> from <c>a.html</c> (<see cref="CheckOptions.ServesHtmlWithoutExtension"/>).</param>
    public SiteIndex(HashSet<string> files, Dictionary<string, AnchorSet> anchors, ImmutableArray<string> indexes, bool htmlWithoutExtension = false)
    {
        _files = files;
        _anchors = anchors;
        _indexes = indexes;

        // Built at the first "did you mean", so a site without broken links never pays for it.
        _urls = new Lazy<SuggestionIndex>(() => new SuggestionIndex(_files.Select(UrlOf)));
        _htmlWithoutExtension = htmlWithoutExtension;
    }

    /// <summary>How many edit distances the "did you mean" hints have cost so far (0 until one is asked for).</summary>
    public long SuggestionComparisons => _urls.IsValueCreated ? _urls.Value.Comparisons : 0;

    /// <summary>The first directory index name, used in messages (<c>index.html</c>).</summary>
    public string IndexName => _indexes.IsDefaultOrEmpty ? "index.html" : _indexes[0];

    /// <summary>
    /// The file a resolved path serves, with the trailing-slash rules of static hosts: <c>a/</c> and <c>""</c> serve
    /// <c>a/index.html</c>; <c>a</c> serves the file <c>a</c>, else on hosts that do so <c>a.html</c>, else (via a
    /// redirect) <c>a/index.html</c>, which sets
    /// <paramref name="missingSlash"/>; <c>a.html/</c> serves nothing.
    /// </summary>
    public string? Find(string path, out bool missingSlash)
    {
        missingSlash = false;
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return IndexOf(path);
        }

        if (_files.Contains(path))
        {
            return path;
        }

        if (_htmlWithoutExtension && _files.Contains(path + ".html"))
        {
            return path + ".html";
        }

        var index = IndexOf(path + "/");
        missingSlash = index is not null;
        return index;
    }

    /// <summary>The anchors of an HTML page, or null for other files.</summary>
    public AnchorSet? AnchorsOf(string path) => _anchors.TryGetValue(path, out var anchors) ? anchors : null;

    /// <summary>The closest existing URL path to a missing one, for "did you mean".</summary>
    public string? Suggest(string path) => path.Length == 0 ? null : _urls.Value.Closest(path);

    // The URL path a file is served at: a folder's index file at the folder.
    private string UrlOf(string file) => _indexes.FirstOrDefault(i => file == i || file.EndsWith("/" + i, StringComparison.Ordinal)) is { } index
        ? file[..^index.Length]
        : file;

    /// <summary>The index file a folder (<c>""</c> or ending in <c>/</c>) serves, or null.</summary>
    public string? IndexOf(string folder) => _indexes.Select(i => folder + i).FirstOrDefault(_files.Contains);
}
