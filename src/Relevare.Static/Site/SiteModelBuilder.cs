using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Relevare.Static.Assets;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;
using Relevare.Static.Output;
using Relevare.Static.Yaml;

namespace Relevare.Static.Site;

/// <summary>
/// Places pages: drops drafts (unless asked for), gives each page its pretty URL, plans the redirects of their
/// aliases and (when publishing) the listing pages, and finds every output-path collision — pages, assets,
/// redirects, listings and generated files, with all the sources involved — before anything is written.
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
    /// How the pages are placed (each page's URL, output path and collision key): by default on all cores, 256 pages at
    /// a time (placing one costs about a microsecond). Tests pass other orders; the model is the same with any.
    /// </summary>
    public IndexRunner Placing { get; init; } = IndexRunners.Parallel(256);

    /// <summary>Builds the model with assets published as they are (for callers that have only their paths).</summary>
    public SiteModel Build(IReadOnlyList<SourcePage> sources, IReadOnlyCollection<string> failed, IReadOnlyCollection<string> assetOutputs, List<Diagnostic> diagnostics) =>
        Build(sources, failed, new AssetManifest(assetOutputs.Select(p => new PublishedAsset(p, p, "", ReadOnlyMemory<byte>.Empty, IsFingerprinted: false))), diagnostics);

    /// <summary>
    /// Builds the model. <paramref name="failed"/> are content files that exist but did not validate (links to them
    /// are not reported again); <paramref name="assets"/> are the assets as they will be published.
    /// </summary>
    public SiteModel Build(IReadOnlyList<SourcePage> sources, IReadOnlyCollection<string> failed, AssetManifest assets, List<Diagnostic> diagnostics)
    {
        var broken = failed.ToHashSet(StringComparer.Ordinal);
        var drafts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var asset in assets.Assets)
        {
            if (PortablePath.Problem(asset.OutputPath) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.InvalidSlug, SourceLocation.File(asset.SourcePath),
                    $"this file cannot be published: {problem}",
                    "rename it with letters, digits, '-', '_' and '.' only"));
            }
        }

        var pages = new List<Page>(sources.Count);
        var pageKeys = new List<string>(sources.Count);
        var placed = Place(sources);
        for (var i = 0; i < sources.Count; i++)
        {
            switch (placed[i])
            {
                case (null, _, null):
                    drafts.Add(sources[i].Path);
                    break;
                case ({ } page, { } key, _):
                    pages.Add(page);
                    pageKeys.Add(key);
                    break;
                case (_, _, { } problem):
                    diagnostics.Add(problem);
                    broken.Add(sources[i].Path);
                    break;
            }
        }

        // Old URLs always become redirects; listings and the generated files exist only when the site publishes.
        var redirects = AliasPlanner.Plan(pages, diagnostics);
        var publishing = _config.Publishing;
        var listings = publishing is null ? [] : PlanListings(publishing, pages, diagnostics);
        var claims = pages.Select((page, i) => (OutputClaim.Of(page), pageKeys[i])) // the pages' keys were made with their URLs
            .Concat(assets.Assets.Where(a => PortablePath.Problem(a.OutputPath) is null).Select(OutputClaim.Of) // refused ones are reported already
                .Concat(redirects.Select(OutputClaim.Of))
                .Concat(listings.Select(l => OutputClaim.Generated(l.OutputPath, $"the listing page {l.Url}", publishing!.Location)))
                .Concat(publishing is null ? [] : PublishedPaths.GeneratedFor(_config.Languages).Select(g => OutputClaim.Generated(g.Path, g.What, publishing.Location)))
                .Append(OutputClaim.Marker)
                .Select(claim => (claim, PortablePath.CollisionKey(claim.Path))));
        var colliding = FindCollisions([.. claims], diagnostics);
        foreach (var page in colliding)
        {
            broken.Add(page.Source.Path);
        }

        var published = pages.Where(p => !colliding.Contains(p))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToImmutableArray();
        var targets = new LinkTargets(
            published.ToFrozenDictionary(p => p.Source.Path, p => p.Url, StringComparer.Ordinal),
            drafts.ToImmutableHashSet(StringComparer.Ordinal),
            broken.ToImmutableHashSet(StringComparer.Ordinal))
        {
            AssetUrls = assets.RenamedUrls,
        };
        TranslationGroups.ReportUndeclaredFolders(_config, pages, diagnostics);
        return new SiteModel(_config, published, targets)
        {
            TranslationGroups = TranslationGroups.Build(_config, pages, published, diagnostics),
            Assets = assets,
            Redirects = [.. redirects.Where(r => !colliding.Contains(r.Target))],
            Listings = [.. listings.Select(l => l with { Items = [.. l.Items.Where(p => !colliding.Contains(p))] })],
        };
    }

    // One set of listings per language, each under its language's folder (/es/conditions/, /es/topics/migrana/).
    private List<Listing> PlanListings(PublishingConfig publishing, List<Page> pages, List<Diagnostic> diagnostics)
    {
        if (!_config.IsMultilingual)
        {
            return ListingPlanner.Plan(publishing, pages, diagnostics);
        }

        return [.. _config.AllLanguages
            .SelectMany(language => ListingPlanner.Plan(
                publishing, [.. pages.Where(p => _config.LanguageOf(p.Source) == language)], language.RootUrl, language.IsDefault ? "" : language.Tag, diagnostics))
            .OrderBy(l => l.Url, StringComparer.Ordinal)];
    }

    // Every page placed on its own: its URL depends on nothing but the page, so the pages are placed on all cores,
    // each into its own slot (the results, and so the findings, stay in the pages' order whatever the threads do).
    // A slot holds the page and its output path's collision key, or the finding that says why it has no URL, or
    // nothing for a draft left out.
    private (Page? Page, string? CollisionKey, Diagnostic? Problem)[] Place(IReadOnlyList<SourcePage> sources)
    {
        var placed = new (Page?, string?, Diagnostic?)[sources.Count];
        Placing(sources.Count, i => placed[i] = PlaceOne(sources[i]));
        return placed;
    }

    private (Page?, string?, Diagnostic?) PlaceOne(SourcePage source)
    {
        if (source.Metadata.Draft && !_includeDrafts)
        {
            return (null, null, null);
        }

        var (url, outputPath, problem) = UrlOf(source, _config.SlugifyFileNames);
        return problem is null
            ? (new Page(source, url, outputPath) { HomeUrl = _config.LanguageOf(source).RootUrl }, PortablePath.CollisionKey(outputPath), null)
            : (null, null, problem);
    }

    // The page's URL and output path (url without its leading slash, then index.html), or why it has none.
    private static (string Url, string OutputPath, Diagnostic? Problem) UrlOf(SourcePage source, bool slugify)
    {
        var segments = source.Path.Split('/')[1..]; // drop "content"
        var folders = segments[..^1];
        var stem = segments[^1][..^".md".Length];

        // file_names: slugify — 'Getting_Started/Install.NET.md' is published at /getting-started/install-net/.
        // Names that give no slug at all (only punctuation, or letters outside Latin) are still reported.
        if (slugify)
        {
            folders = [.. folders.Select(f => FileNameSlug.Of(f) is { Length: > 0 } slug ? slug : f)];
            stem = FileNameSlug.Of(stem) is { Length: > 0 } slugged ? slugged : stem;
        }
        if (folders.FirstOrDefault(f => !Patterns.Slug().IsMatch(f)) is { } folder)
        {
            return ("", "", Diagnostic.Error(
                DiagnosticCodes.InvalidSlug, SourceLocation.File(source.Path),
                $"the folder name '{folder}' cannot be part of a URL",
                "rename the folder with lowercase letters, digits and single hyphens"));
        }

        var isIndex = stem == "index";
        var last = source.Metadata.Slug ?? (isIndex ? null : stem);
        if (last is not null && !Patterns.Slug().IsMatch(last))
        {
            return ("", "", Diagnostic.Error(
                DiagnosticCodes.InvalidSlug, SourceLocation.File(source.Path),
                $"the file name '{stem}' cannot be a URL",
                "rename the file with lowercase letters, digits and single hyphens (e.g. 'what-to-expect.md'), or set 'slug:' in the front matter"));
        }

        var parts = last is null ? folders : [.. folders, last];
        var url = parts.Length == 0 ? "/" : $"/{string.Join('/', parts)}/";
        var outputPath = url.TrimStart('/') + "index.html";
        if (PortablePath.Problem(outputPath) is { } problem)
        {
            return ("", "", Diagnostic.Error(
                DiagnosticCodes.InvalidSlug, SourceLocation.File(source.Path),
                $"the page's URL {url} cannot be published: {problem}",
                "choose a shorter or different file name or 'slug:'"));
        }

        return (url, outputPath, null);
    }

    private static HashSet<Page> FindCollisions(List<(OutputClaim Claim, string Key)> all, List<Diagnostic> diagnostics)
    {
        // Every file that will be written, keyed so that paths equal on Windows/macOS (case, NFC/NFD) collide too.
        // The key is computed once per claim (it normalizes Unicode): this runs over every page of the site. Each key
        // leads to its first claim; only keys claimed more than once get a list of their claims (in the claims' order).
        var first = new Dictionary<string, int>(all.Count, StringComparer.Ordinal);
        var shared = new SortedDictionary<int, List<OutputClaim>>();
        for (var i = 0; i < all.Count; i++)
        {
            ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(first, all[i].Key, out var claimed);
            if (!claimed)
            {
                at = i;
            }
            else if (shared.TryGetValue(at, out var members))
            {
                members.Add(all[i].Claim);
            }
            else
            {
                shared[at] = [all[at].Claim, all[i].Claim];
            }
        }

        var colliding = new HashSet<Page>();
        foreach (var group in shared.Values) // in the order of their keys' first claims
        {
            var members = group.OrderBy(m => m.Source, StringComparer.Ordinal).ToList();
            var differInCaseOrForm = members.Select(m => m.Path).Distinct(StringComparer.Ordinal).Count() > 1;
            var why = differInCaseOrForm ? " (paths that differ only in letter case or Unicode form are the same file on Windows and macOS)" : "";

            // A generated file is reported only when nothing an editor wrote is involved: the fix is on the other side.
            var reported = members.Where(m => !m.IsGenerated).ToList();
            foreach (var member in reported.Count > 0 ? reported : members.Take(1))
            {
                var others = string.Join(", ", members.Where(o => !ReferenceEquals(o, member)).Select(o => o.Source));
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UrlCollision, member.Location, $"{member.What} collides with {others}{why}", member.Hint));
            }

            foreach (var member in members.Where(m => m.Page is not null))
            {
                colliding.Add(member.Page!);
            }
        }

        // A file and a folder cannot have one name: 'a.xml' (a file) and 'a.xml/index.html' (an alias /a.xml/).
        var files = first.GetAlternateLookup<ReadOnlySpan<char>>(); // a folder's key is looked up without a string for it
        foreach (var (claim, key) in all)
        {
            for (var slash = key.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = key.IndexOf('/', slash + 1))
            {
                if (!files.TryGetValue(key.AsSpan(0, slash), out var fileAt))
                {
                    continue;
                }

                var file = all[fileAt].Claim;

                foreach (var member in new[] { claim, file }.Where(m => !m.IsGenerated).DefaultIfEmpty(claim))
                {
                    var other = ReferenceEquals(member, claim) ? file : claim;
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.UrlCollision, member.Location,
                        $"{member.What} collides with {other.Source}: one needs a file named '{file.Path}', the other a folder of that name",
                        member.Hint));
                }

                foreach (var page in new[] { claim.Page, file.Page }.OfType<Page>())
                {
                    colliding.Add(page);
                }
            }
        }

        return colliding;
    }

    /// <summary>
    /// One output path and who claims it, described for collision messages. A page's description and place are made
    /// only when a collision is reported (<paramref name="WhatText"/> and <paramref name="At"/> null): this runs over
    /// every page of the site, and collisions are rare.
    /// </summary>
    private sealed record OutputClaim(string Path, string Source, string? WhatText, SourceLocation? At, string Hint, Page? Page, bool IsGenerated)
    {
        public string What => WhatText ?? $"the URL {Page!.Url}";

        public SourceLocation Location => At
            ?? (Page!.Source.Metadata.Locations.TryGetValue("slug", out var slug) ? slug : SourceLocation.File(Page.Source.Path));

        public static OutputClaim Of(Page page) => new(
            page.OutputPath,
            page.Source.Path,
            null,
            null,
            "give one of the pages a different 'slug:' or rename its file",
            page,
            IsGenerated: false);

        public static OutputClaim Of(PublishedAsset asset) => new(
            asset.OutputPath, asset.SourcePath, $"the file {asset.SourcePath}", SourceLocation.File(asset.SourcePath), "rename one of the files", null, IsGenerated: false);

        public static OutputClaim Of(Redirect redirect) => new(
            redirect.OutputPath,
            $"the alias {redirect.From} of {redirect.Target.Source.Path}",
            $"the alias {redirect.From}",
            redirect.Location,
            "remove the alias or change it: an alias is an old URL that no page or file uses now",
            null,
            IsGenerated: false);

        /// <summary>The output folder's marker file, which every build writes: nothing else may have its path.</summary>
        public static readonly OutputClaim Marker = new(
            OutputMarker.FileName,
            $"relevare's marker of the output folder ({OutputMarker.FileName})",
            "the output folder's marker",
            SourceLocation.File(OutputMarker.FileName),
            $"rename what uses the path {OutputMarker.FileName}: relevare writes its marker there",
            null,
            IsGenerated: true);

        public static OutputClaim Generated(string path, string what, SourceLocation location) => new(
            path,
            $"{what} that 'publishing' in site.yml generates",
            what,
            location,
            "rename the page, file or folder that uses this URL: publishing needs it",
            null,
            IsGenerated: true);
    }
}
