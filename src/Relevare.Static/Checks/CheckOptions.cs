using System.Collections.Immutable;

namespace Relevare.Static.Checks;

/// <summary>What a check run needs besides the files.</summary>
/// <param name="PathPrefix">
/// Put before every HTML path in diagnostics so they are clickable from where the user runs relevare
/// (e.g. <c>_site/</c>); empty for paths relative to the checked folder.
/// </param>
/// <param name="BaseUrl">The site's public URL: absolute URLs under it (canonical, og:url) are internal. Or null.</param>
/// <param name="Levels">Levels that differ from the defaults, by code (site.yml <c>checks:</c>).</param>
/// <param name="Origins">
/// For a build: each page's output path → where it came from, so findings about elements the Markdown produced
/// are reported at the Markdown line. Empty for <c>relevare check</c>.
/// </param>
internal sealed record CheckOptions(
    string PathPrefix,
    Uri? BaseUrl,
    ImmutableSortedDictionary<string, CheckLevel> Levels,
    ImmutableDictionary<string, PageOrigin> Origins)
{
    /// <summary>Defaults: no prefix, no base URL, default levels, no origins.</summary>
    public static CheckOptions Default { get; } = new(
        "", null, ImmutableSortedDictionary<string, CheckLevel>.Empty, ImmutableDictionary<string, PageOrigin>.Empty);

    /// <summary>The level <paramref name="code"/> runs at.</summary>
    public CheckLevel LevelOf(string code) =>
        Levels.TryGetValue(code, out var level) ? level : CheckRules.All[code].DefaultLevel;
}
