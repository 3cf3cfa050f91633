using System.Collections.Immutable;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Markdown;

namespace Relevare.Static.Site;

/// <summary>
/// Places pages: drops drafts (unless asked for), gives each page its pretty URL, and finds every output-path
/// collision — with all the sources involved — before anything is written.
/// </summary>
internal sealed class SiteModelBuilder
{
    private readonly SiteConfig _config;
    private readonly bool _includeDrafts;

    public SiteModelBuilder(SiteConfig config, bool includeDrafts)
    {
        _config = config;
        _includeDrafts = includeDrafts;
    }

    /// <summary>
    /// Builds the model. <paramref name="failed"/> are content files that exist but did not validate (links to them
    /// are not reported again); <paramref name="assetOutputs"/> are the asset paths already
    /// claimed in the output.
    /// </summary>
    public SiteModel Build(IReadOnlyList<SourcePage> sources, IReadOnlyCollection<string> failed, IReadOnlyCollection<string> assetOutputs, List<Diagnostic> diagnostics)
    {
        var broken = failed.ToHashSet(StringComparer.Ordinal);
        var drafts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var asset in assetOutputs)
        {
            if (PortablePath.Problem(asset) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.InvalidSlug, SourceLocation.File(asset),
                    $"this file cannot be published: {problem}",
                    "rename it with letters, digits, '-', '_' and '.' only"));
            }
        }

        var pages = new List<Page>();
        foreach (var source in sources)
        {
            if (source.Metadata.Draft && !_includeDrafts)
            {
                drafts.Add(source.Path);
                continue;
            }

            if (UrlOf(source, diagnostics) is { } url)
            {
                pages.Add(new Page(source, url, url.TrimStart('/') + "index.html"));
            }
            else
            {
                broken.Add(source.Path);
            }
        }

        var colliding = FindCollisions(pages, assetOutputs, diagnostics);
        foreach (var page in colliding)
        {
            broken.Add(page.Source.Path);
        }

        var published = pages.Where(p => !colliding.Contains(p))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToImmutableArray();
        var targets = new LinkTargets(
            published.ToImmutableDictionary(p => p.Source.Path, p => p.Url, StringComparer.Ordinal),
            drafts.ToImmutableHashSet(StringComparer.Ordinal),
            broken.ToImmutableHashSet(StringComparer.Ordinal));
        return new SiteModel(_config, published, targets);
    }

    private static string? UrlOf(SourcePage source, List<Diagnostic> diagnostics)
    {
        var segments = source.Path.Split('/')[1..]; // drop "content"
        var folders = segments[..^1];
        var stem = segments[^1][..^".md".Length];
        foreach (var folder in folders.Where(f => !FrontMatterValidator.Slug().IsMatch(f)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidSlug, SourceLocation.File(source.Path),
                $"the folder name '{folder}' cannot be part of a URL",
                "rename the folder with lowercase letters, digits and single hyphens"));
            return null;
        }

        var isIndex = stem == "index";
        var last = source.Metadata.Slug ?? (isIndex ? null : stem);
        if (last is not null && !FrontMatterValidator.Slug().IsMatch(last))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidSlug, SourceLocation.File(source.Path),
                $"the file name '{stem}' cannot be a URL",
                "rename the file with lowercase letters, digits and single hyphens (e.g. 'what-to-expect.md'), or set 'slug:' in the front matter"));
            return null;
        }

        var parts = last is null ? folders : [.. folders, last];
        var url = "/" + string.Concat(parts.Select(p => p + "/"));
        if (PortablePath.Problem(url.TrimStart('/') + "index.html") is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidSlug, SourceLocation.File(source.Path),
                $"the page's URL {url} cannot be published: {problem}",
                "choose a shorter or different file name or 'slug:'"));
            return null;
        }

        return url;
    }

    private static HashSet<Page> FindCollisions(List<Page> pages, IReadOnlyCollection<string> assetOutputs, List<Diagnostic> diagnostics)
    {
        // Every file that will be written, keyed so that paths equal on Windows/macOS (case, NFC/NFD) collide too.
        var outputs = pages.Select(p => (Key: PortablePath.CollisionKey(p.OutputPath), Source: p.Source.Path, Page: (Page?)p))
            .Concat(assetOutputs.Where(a => PortablePath.Problem(a) is null) // refused ones are reported already
                .Select(a => (Key: PortablePath.CollisionKey(a), Source: a, Page: (Page?)null)));
        var colliding = new HashSet<Page>();
        foreach (var group in outputs.GroupBy(o => o.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.OrderBy(m => m.Source, StringComparer.Ordinal).ToList();
            var differInCaseOrForm = members.Select(m => m.Page?.OutputPath ?? m.Source).Distinct(StringComparer.Ordinal).Count() > 1;
            var why = differInCaseOrForm ? " (paths that differ only in letter case or Unicode form are the same file on Windows and macOS)" : "";
            foreach (var member in members)
            {
                var others = string.Join(", ", members.Where(o => o.Source != member.Source).Select(o => o.Source));
                var location = member.Page is { } page && page.Source.Metadata.Locations.TryGetValue("slug", out var slug)
                    ? slug
                    : SourceLocation.File(member.Source);
                var what = member.Page is { } p ? $"the URL {p.Url}" : $"the file {member.Source}";
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.UrlCollision, location,
                    $"{what} collides with {others}{why}",
                    member.Page is null ? "rename one of the files" : "give one of the pages a different 'slug:' or rename its file"));
                if (member.Page is not null)
                {
                    colliding.Add(member.Page);
                }
            }
        }

        return colliding;
    }
}
