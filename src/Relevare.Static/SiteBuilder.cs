using System.Collections.Immutable;
using Relevare.Static.Assets;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Images;
using Relevare.Static.Incremental;
using Relevare.Static.Medical;
using Relevare.Static.Output;
using Relevare.Static.Publishing;
using Relevare.Static.Reporting;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static;

/// <summary>
/// The pipeline, and the only code that calls its stages, in the order they run. Pure: sources come in through
/// <see cref="ISourceFileSystem"/>, the site goes out as a <see cref="BuildResult"/> or, file by file as each is
/// final, through an <see cref="IOutputSink"/>; writing it to disk is the caller's job.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds the site found in <paramref name="source"/>. With a <paramref name="cache"/> (kept by the caller from one
    /// build to the next), pages whose inputs did not change are not validated or rendered again; the result is
    /// the same either way. A <paramref name="progress"/> object, when given, is kept up to date for display. With an
    /// <paramref name="images"/> cache, resized images made by an earlier build (or process) are not made again.
    /// With an <paramref name="output"/> sink, the site's files go there instead of into <see cref="BuildResult.Files"/>
    /// (which is then empty): each content page as soon as it is rendered and checked, the rest once nothing failed.
    /// A build that fails may have handed over pages already: the caller discards them (see <see cref="IOutputSink"/>).
    /// </summary>
    public static BuildResult Build(
        ISourceFileSystem source, BuildOptions options, BuildCache? cache = null, BuildProgress? progress = null, IImageCache? images = null, IOutputSink? output = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();
        var stages = new BuildStages(progress, diagnostics);
        using var session = BuildSession<BuildOptions>.Start(cache, options);

        // 1. Discover the site's files and read site.yml. Configuration errors stop the build here:
        //    without a valid schema nothing else can be checked meaningfully.
        //    The two are independent and both serial: site.yml (with the people and review files) is read on another
        //    thread while content/ is listed. Its findings come after the listing's, as when one ran after the other.
        var (sources, config) = stages.Run("discover", () =>
        {
            var configDiagnostics = new List<Diagnostic>();
            var loading = Task.Run(() => ConfigurationReader.Load(source, options, configDiagnostics));
            var found = ContentDiscovery.Discover(source, diagnostics);
            var loaded = loading.GetAwaiter().GetResult();
            diagnostics.AddRange(configDiagnostics);
            return (found, loaded);
        }, shown: "reading");
        if (config is null)
        {
            return stages.Finish([], 0);
        }

        var memo = session.Configure(config);

        // 2-3. Split and validate every page's front matter (parallel, per page; unchanged files from the memo).
        var pageResults = stages.ForEachPage("front matter", "reading", sources.Pages, path => path, path =>
        {
            var unreadable = new List<Diagnostic>();
            return SourceReader.Read(source, path, unreadable) is { } content
                ? memo.Pages.Get(path, content, bytes => PageReader.Read(config, path, bytes))
                : new(path, null, unreadable);
        });
        var validPages = pageResults.Where(r => r.Value is not null).Select(r => r.Value!).ToList();
        var failed = pageResults.Where(r => r.Value is null).Select(r => r.Path).ToList();

        // 4. Parse the templates once; check that every layout named by site.yml or a page exists. A page whose layout
        //    is missing is reported (on the page or on its content type in site.yml) and then treated as failed, so
        //    links to it are not reported again.
        var (templateFiles, templates, strings, templatesUsable) = stages.Run("templates", () =>
        {
            var files = ReadTemplates(source, sources.Templates, diagnostics);
            var parsed = TemplateSet.Parse(files, diagnostics);
            var words = TemplateStringsLoader.Load(source, sources.Strings, config, diagnostics);
            return (files, parsed, words, LayoutCheck.Check(config, validPages, parsed, diagnostics));
        });
        var withoutLayout = validPages.Where(p => !LayoutCheck.Exists(templates, p.Metadata.Template)).ToHashSet();
        validPages.RemoveAll(withoutLayout.Contains);
        failed.AddRange(withoutLayout.Select(p => p.Path));

        // 5. Read the assets; when publishing, minify style sheets and give assets content-hashed names. Before the
        //    site model because the (hashed) asset names take part in its collision check, and before rendering
        //    because templates and content refer to assets by those names.
        var assets = stages.Run("assets", () => AssetFingerprinter.Process(source, sources.Assets, config.Publishing is not null, diagnostics));

        // 5b. Check every image's header (never its pixels yet) and plan its published files and their names, so
        //     that pages can be rendered with their images' sizes and URLs.
        var imageCatalog = stages.Run("image headers", () => ImageCatalog.Build(source, sources.ContentImages.Concat(sources.Assets), config.Images));

        // 6. Build the site model: the one barrier. URLs, drafts, aliases, listings and collisions are settled here.
        // 6b. Translations against their sources: the version each records, out of date, reviewer's language,
        //     references. Out-of-date ones show their readers a notice, so this comes before any render.
        var (site, translations) = stages.Run("site model", () => BuildSiteModel(config, options, validPages, failed, assets, imageCatalog, strings, diagnostics));

        // 7. Render Markdown (links checked and rewritten; citations, claims, readability and reviews checked) and
        //    then templates; check a health page's output for its disclaimer and JSON-LD (parallel, per page). Each
        //    page is also checked on its own right after rendering, while its HTML is at hand (step 9 does the
        //    checks across pages, and the generated pages). Only what the checks found is kept, not a parsed page.
        //    With an output sink each page's file goes there once checked, and its bytes are dropped; not when the
        //    build has failed already, nor after a page that shows it will fail (a failed build writes nothing it can avoid).
        var checkOptions = new CheckOptions(options.OutputFolder.TrimEnd('/') + "/", config.BaseUrl, config.Checks)
        {
            Clinic = config.Clinic,
            Budget = options.CheckBudget ?? WorkBudget.Time(CheckOptions.CheckTime),
        };
        var checker = new SiteChecker(checkOptions, options.PageParsers);
        var pass = new BuildPass(checker, config, options.Checks);
        var render = new PageRenderStage(
            config, options, site, templates, strings, memo.Renders(site, strings, templateFiles, templatesUsable), memo.Scans, pass, checker, checkOptions,
            keepBodies: cache is not null || config.Publishing is not null, remember: cache is not null, output: diagnostics.Any(d => d.IsError) ? null : output);
        var rendered = stages.ForEachPage("render", "rendering", site.Pages, page => page.Source.Path, render.Render);
        var health = ContentHealthOf(config, options, rendered, translations);

        // 7b. Make the images the pages show (resized, upright, metadata stripped; from the cache when unchanged) and
        //     report problems with them at the Markdown lines that show them.
        //     A person's portrait (people file) is published too, and its problems reported at its line there.
        var (imageFiles, imageStatistics, healthWithImages) = stages.Run("images", () => PublishImages(source, config, imageCatalog, rendered, images, health, diagnostics));
        health = healthWithImages;

        // 8. Publish: redirect pages for aliases; with 'publishing:', the listing, 404 and search pages, sitemap,
        //    robots.txt, feed, manifest, search index, _headers and _redirects; then the CSP check of the output.
        var pages = rendered.Where(r => r.Value?.HasFile == true).Select(r => r.Value!).ToList();
        var published = stages.Run("publish", () => stages.Guarded(
            "publishing", SiteConfigLoader.FileName,
            () => new PublishingStage(site, templates, render.Templates, strings) { ReadGeneratedPage = pass.ReadGenerated }.Publish(pages, diagnostics), []));

        // The levels site.yml's 'checks:' gives codes (the checks of the built pages apply theirs as they run).
        DiagnosticLevels.ApplyInPlace(config.Checks, diagnostics);

        // With errors so far there is nothing to check or to write.
        if (diagnostics.Any(d => d.IsError))
        {
            return stages.Finish([], site.Pages.Length) with { Health = health, Images = imageStatistics, Written = pages.Count(p => p.Written), StoppedWriting = render.StoppedWriting };
        }

        // The pages already written are listed by path only (their checks were made while rendering: see step 9).
        var written = pages.Where(p => p.Written).Select(p => p.Page.OutputPath).ToHashSet(StringComparer.Ordinal);
        var files = pages.Select(p => p.File ?? new OutputFile(p.Page.OutputPath, ReadOnlyMemory<byte>.Empty))
            .Concat(published)
            .Concat(assets.Assets.Select(a => new OutputFile(a.OutputPath, a.Content)))
            .Concat(imageFiles)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();

        // 9. Check the output as a browser sees it (links, fragments, structure, safety); findings about what a
        //    Markdown link produced are reported at its Markdown line. Content pages were checked on their own
        //    while rendering; the generated pages are checked here, then everything across pages.
        //    Last, nothing published may tell where a photo was taken.
        stages.Run("check", () =>
        {
            if (options.Checks)
            {
                diagnostics.AddRange(stages.Counted("checking", files.Count(f => checkOptions.IsPage(f.Path)), advance => checker.Check(files, (file, scan) =>
                {
                    var result = render.Scanned.TryGetValue(file.Path, out var done)
                        ? done
                        : written.Contains(file.Path) ? throw new InvalidOperationException($"the page {file.Path} was written before it was checked")
                        : pass.Generated(file.Path) ?? memo.Scans.Get(file.Path, new ScanInput(file.Content, null), _ => scan());
                    advance();
                    return result;
                }, externalLinks: false)).Diagnostics);
            }

            PublishedImageCheck.Check(files, SourceOfOutput(assets, imageCatalog), diagnostics);
        });

        // 10. Hand back the files to write, or write the rest into the output sink. Nothing more when anything failed
        //     (nor into the sink when the caller fails the build on its warnings).
        DiagnosticLevels.ApplyInPlace(config.Checks, diagnostics);
        var succeeded = !diagnostics.Any(d => d.IsError);
        if (output is null)
        {
            return stages.Finish(succeeded ? files : [], site.Pages.Length) with { Health = health, Images = imageStatistics };
        }

        var publish = succeeded && !(options.WarningsFail && diagnostics.Count > 0);
        if (publish)
        {
            stages.Run("write", () => Parallel.ForEach(files.Where(f => !written.Contains(f.Path)), output.Write), shown: "writing");
        }

        return stages.Finish([], site.Pages.Length) with { Health = health, Images = imageStatistics, Written = publish ? files.Length : written.Count, StoppedWriting = render.StoppedWriting };
    }

    /// <summary>
    /// site.yml (with the people and the review record) and one page, read and validated exactly as a build reads
    /// them: what <c>relevare review</c> fingerprints. Null parts when they have errors (in <paramref name="diagnostics"/>).
    /// </summary>
    internal static (SiteConfig? Config, SourcePage? Page) ReadOnePage(ISourceFileSystem source, string path, List<Diagnostic> diagnostics)
    {
        var config = ConfigurationReader.Load(source, new BuildOptions(), diagnostics);
        if (config is null || !source.FileExists(path))
        {
            return (config, null);
        }

        var result = PageReader.Read(config, path, source.ReadAllBytes(path));
        diagnostics.AddRange(result.Diagnostics);
        return (config, result.Value);
    }

    // Templates are decoded as strictly as content: a BOM from a Windows editor would otherwise land in the
    // middle of every page (U+FEFF in <head> ends the head early), and invalid UTF-8 would be replaced silently.
    // An undecodable template is passed on as null: it exists (so it is not also reported missing) but is unusable.
    private static List<KeyValuePair<string, string?>> ReadTemplates(ISourceFileSystem source, IEnumerable<string> paths, List<Diagnostic> diagnostics) =>
        paths.Select(path => KeyValuePair.Create(path, SourceReader.Read(source, path, diagnostics) is { } bytes ? SourceText.Decode(path, bytes, diagnostics) : null)).ToList();

    private static (SiteModel Site, ImmutableArray<TranslationRow> Translations) BuildSiteModel(
        SiteConfig config, BuildOptions options, List<SourcePage> pages, List<string> failed, AssetManifest assets, ImmutableDictionary<string, ImageEntry> images, TemplateStrings strings, List<Diagnostic> diagnostics)
    {
        var site = new SiteModelBuilder(config, options.IncludeDrafts).Build(pages, failed, assets, diagnostics);
        site = site with { LinkTargets = site.LinkTargets with { Images = images }, Listings = strings.NameSections(site.Listings) };
        PeopleFile.CheckBios(config.Medical, site.Pages.Select(p => p.Url), diagnostics);
        var translations = TranslationReview.Check(site, diagnostics);
        return (site with { OutdatedTranslations = TranslationReview.Notices(site, translations), TranslationsAwaitingSignOff = TranslationReview.AwaitingSignOff(translations) }, translations);
    }

    private static ContentHealth? ContentHealthOf(SiteConfig config, BuildOptions options, PageResult<RenderedPage>[] rendered, ImmutableArray<TranslationRow> translations) =>
        config.Medical is { } settings
            ? new ContentHealth(config.Title, options.Today, settings, [.. rendered.Select(r => r.Value?.Health).OfType<PageHealth>().OrderBy(h => h.Path, StringComparer.Ordinal)])
            {
                OtherLanguages = [.. config.AllLanguages.Where(l => !l.IsDefault).Select(l => l.Tag)],
                Translations = translations,
            }
            : null;

    private static (ImmutableArray<OutputFile> Files, ImageStatistics Statistics, ContentHealth? Health) PublishImages(
        ISourceFileSystem source, SiteConfig config, ImmutableDictionary<string, ImageEntry> catalog, PageResult<RenderedPage>[] rendered, IImageCache? cache, ContentHealth? health, List<Diagnostic> diagnostics)
    {
        var people = config.Medical?.People?.Values ?? [];
        var portraits = people.Where(p => p.Portrait is not null).Select(p => new ImageReference(p.Portrait!, p.PortraitLocation ?? p.Location)).ToList();
        var (files, statistics) = ImagePublisher.Publish(
            source, catalog, rendered.SelectMany(r => r.Value?.Body.Images ?? []).Concat(portraits), config.Images, cache, diagnostics);
        if (health is not null)
        {
            var bodies = rendered.Where(r => r.Value is not null).ToDictionary(r => r.Value!.Page.Source.Path, r => r.Value!.Body, StringComparer.Ordinal);
            health = PageImageWeights.Add(
                health,
                page => (bodies.TryGetValue(page.Path, out var body) ? body.Images.Select(i => i.SourcePath) : [])
                    .Concat(people.Where(p => p.Portrait is not null && p.Bio == page.Url).Select(p => p.Portrait!)),
                catalog,
                files);
        }

        return (files, statistics, health);
    }

    // The source file of a published asset or image, for findings about it.
    private static Func<string, string> SourceOfOutput(AssetManifest assets, ImmutableDictionary<string, ImageEntry> catalog)
    {
        var sourceOfAsset = assets.Assets.ToDictionary(a => a.OutputPath, a => a.SourcePath, StringComparer.Ordinal);
        var sourceOfImage = catalog.Values.SelectMany(e => e.Variants.Select(v => (v.OutputPath, e.SourcePath))).DistinctBy(p => p.OutputPath)
            .ToDictionary(p => p.OutputPath, p => p.SourcePath, StringComparer.Ordinal);
        return path => sourceOfAsset.GetValueOrDefault(path) ?? sourceOfImage.GetValueOrDefault(path) ?? path;
    }
}
