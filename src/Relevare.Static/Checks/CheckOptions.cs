using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Configuration;

namespace Relevare.Static.Checks;

/// <summary>What a check run needs besides the files.</summary>
/// <param name="PathPrefix">
/// Put before every HTML path in diagnostics so they are clickable from where the user runs relevare
/// (e.g. <c>_site/</c>); empty for paths relative to the checked folder.
/// </param>
/// <param name="BaseUrl">The site's public URL: absolute URLs under it (canonical, og:url) are internal. Or null.</param>
/// <param name="Levels">Levels that differ from the defaults, by code (site.yml <c>checks:</c>, <c>--only</c>, <c>--skip</c>).</param>
internal sealed record CheckOptions(
    string PathPrefix,
    Uri? BaseUrl,
    ImmutableSortedDictionary<string, CheckLevel> Levels)
{
    /// <summary>Defaults: no prefix, no base URL, default levels.</summary>
    public static CheckOptions Default { get; } = new("", null, ImmutableSortedDictionary<string, CheckLevel>.Empty);

    /// <summary>
    /// URLs that are not checked at all, by regular expression (a match anywhere in the attribute's value counts):
    /// no existence, fragment, scheme or external check (<c>--ignore-url</c>).
    /// </summary>
    public ImmutableArray<Regex> IgnoreUrls { get; init; } = [];

    /// <summary>Relative and root-relative URLs that are not checked, written exactly as in the page (<c>--ignore-internal-url</c>).</summary>
    public ImmutableHashSet<string> IgnoreInternalUrls { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>
    /// Folders whose pages are not checked, by regular expression against the page's folder with a trailing slash
    /// (<c>blog/2019/</c>; <c>./</c> for the root). Their files and ids still count as link targets (<c>--ignore-dir</c>).
    /// </summary>
    public ImmutableArray<Regex> IgnoreDirs { get; init; } = [];

    /// <summary>The files a folder URL (<c>/about/</c>) serves, tried in order (<c>--directory-index</c>).</summary>
    public ImmutableArray<string> DirectoryIndexes { get; init; } = ["index.html"];

    /// <summary>
    /// True when the host serves <c>/page</c> from <c>page.html</c> (GitHub Pages, Netlify, Cloudflare Pages:
    /// <c>--host</c>): an extensionless link to an existing <c>.html</c> file is then not broken.
    /// </summary>
    public bool ServesHtmlWithoutExtension { get; init; }

    /// <summary>The extensions of the files that are pages, i.e. parsed and checked; other files are only link targets (<c>--page-extension</c>).</summary>
    public ImmutableArray<string> PageExtensions { get; init; } = [".html", ".htm"];

    /// <summary>The clinic's contact details from site.yml: every <c>tel:</c> link must dial its phone. Null for a folder of HTML alone.</summary>
    public Relevare.Static.Configuration.ClinicInfo? Clinic { get; init; }

    /// <summary>How long checking one page on its own may take before it is reported instead (RS0008).</summary>
    public static TimeSpan CheckTime => TimeSpan.FromSeconds(10);

    /// <summary>How much checking one page may cost: time in a build or a check run, elements visited in tests.</summary>
    public Diagnostics.WorkBudget Budget { get; init; } = Diagnostics.WorkBudget.Time(CheckTime);

    /// <summary>The level <paramref name="code"/> runs at.</summary>
    public CheckLevel LevelOf(string code) =>
        Levels.TryGetValue(code, out var level) ? level : CheckRules.All[code].DefaultLevel;

    /// <summary>True for the files the checker parses as pages.</summary>
    public bool IsPage(string path)
    {
        // Loops, not Any: asked several times per page and for every URL a page links to (a lambda capturing the
        // argument allocates at every call).
        foreach (var extension in PageExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="url"/> (as written in the page) is not to be checked.</summary>
    public bool IsIgnored(string url)
    {
        foreach (var pattern in IgnoreUrls)
        {
            if (pattern.IsMatch(url))
            {
                return true;
            }
        }

        return IgnoreInternalUrls.Count > 0 && UrlResolver.SchemeOf(url) is null && !url.TrimStart().StartsWith("//", StringComparison.Ordinal)
            && (IgnoreInternalUrls.Contains(url) || IgnoreInternalUrls.Contains(url.Trim()));
    }

    /// <summary>True when the pages in <paramref name="pagePath"/>'s folder are not checked.</summary>
    public bool IsInIgnoredDir(string pagePath)
    {
        var folder = UrlResolver.FolderOf(pagePath);
        var tested = folder.Length == 0 ? "./" : folder;
        return IgnoreDirs.Any(r => r.IsMatch(tested));
    }
}
