namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>A site written to disk by <c>relevare build</c>, and the URL path of each of its HTML pages.</summary>
internal sealed record BuiltSite(string Root, IReadOnlyList<string> Pages)
{
    /// <summary>Lists the pages of the site in <paramref name="root"/>: <c>about/index.html</c> is <c>/about/</c>.</summary>
    public static BuiltSite At(string root)
    {
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => !relative.StartsWith('.'))
            .Select(relative => "/" + (relative == "index.html" ? ""
                : relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length]
                : relative))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new BuiltSite(root, pages);
    }

    /// <summary>The file that serves <paramref name="page"/> (a path from <see cref="Pages"/>).</summary>
    public string FileOf(string page)
    {
        var relative = page.TrimStart('/');
        return Path.Combine(Root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
    }
}
