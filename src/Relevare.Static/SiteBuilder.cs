using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Relevare.Static.Assets;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.FrontMatter;
using Relevare.Static.Images;
using Relevare.Static.Incremental;
using Relevare.Static.Markdown;
using Relevare.Static.Medical;
using Relevare.Static.Output;
using Relevare.Static.Publishing;
using Relevare.Static.Reporting;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static;

/// <summary>
/// The pipeline, and the only code that calls its stages, in the order they run. Pure: sources come in through
/// <see cref="ISourceFileSystem"/>, the site goes out as a <see cref="BuildResult"/>; writing it is the caller's job.
/// </summary>
public static class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const int PagesPerRange = 16;

    /// <summary>
    /// Builds the site found in <paramref name="source"/>. With a <paramref name="cache"/> (kept by the caller from one
    /// build to the next), pages whose inputs did not change are not validated or rendered again; the result is
    /// the same either way. A <paramref name="progress"/> object, when given, is kept up to date for display. With an
    /// <paramref name="images"/> cache, resized images made by an earlier build (or process) are not made again.
    /// </summary>
    public static BuildResult Build(ISourceFileSystem source, BuildOptions options, BuildCache? cache = null, BuildProgress? progress = null, IImageCache? images = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();
        var timings = new StageTimer();
        using var reuse = BuildSession.Start(cache, options);

        // 1. Discover the site's files and read site.yml. Configuration errors stop the build here:
        //    without a valid schema nothing else can be checked meaningfully.
        progress?.Start("reading");
        var sources = ContentDiscovery.Discover(source, diagnostics);
        var config = LoadConfig(source, options, diagnostics);
        timings.Stop("discover");
        if (config is null)
        {
            return Finish(diagnostics, [], 0, timings);
        }

        reuse.UseConfig(config);

        // 2-3. Split and validate every page's front matter (parallel, per page).
        progress?.Start("reading", sources.Pages.Length);
        var pageResults = ForEachPage(progress, sources.Pages, path => path, path =>
        {
            var unreadable = new List<Diagnostic>();
            return SourceReader.Read(source, path, unreadable) is { } content
                ? reuse.Page(path, content, bytes => ReadPage(config, path, bytes))
                : new(path, null, unreadable);
        });
        var validPages = pageResults.Where(r => r.Value is not null).Select(r => r.Value!).ToList();
        var failed = pageResults.Where(r => r.Value is null).Select(r => r.Path).ToList();
        Collect(pageResults, diagnostics);
        timings.Stop("front matter");

        // 4. Parse the templates once; check that every layout named by site.yml or a page exists.
        var templateFiles = ReadTemplates(source, sources.Templates, diagnostics);
        var templates = TemplateSet.Parse(templateFiles, diagnostics);
        var strings = TemplateStringsLoader.Load(source, sources.Strings, config, diagnostics);
        var templatesUsable = CheckLayouts(config, validPages, templates, diagnostics);
        timings.Stop("templates");

        // A page whose layout is missing has just been reported (on the page or on its content type in site.yml):
        // it is treated as failed, so links to it are not reported again.
        var withoutLayout = validPages.Where(p => !Exists(templates, p.Metadata.Template)).ToHashSet();
        validPages.RemoveAll(withoutLayout.Contains);
        failed.AddRange(withoutLayout.Select(p => p.Path));

        // 5. Read the assets; when publishing, minify style sheets and give assets content-hashed names. Before the
        //    site model because the (hashed) asset names take part in its collision check, and before rendering
        //    because templates and content refer to assets by those names.
        var assets = AssetFingerprinter.Process(source, sources.Assets, config.Publishing is not null, diagnostics);
        timings.Stop("assets");

        // 5b. Check every image's header (never its pixels yet) and plan its published files and their names, so
        //     that pages can be rendered with their images' sizes and URLs.
        var imageCatalog = ImageCatalog.Build(source, sources.ContentImages.Concat(sources.Assets), config.Images);
        timings.Stop("image headers");

        // 6. Build the site model: the one barrier. URLs, drafts, aliases, listings and collisions are settled here.
        var site = new SiteModelBuilder(config, options.IncludeDrafts)
            .Build(validPages, failed, assets, diagnostics);
        site = site with { LinkTargets = site.LinkTargets with { Images = imageCatalog }, Listings = strings.NameSections(site.Listings) };
        PeopleFile.CheckBios(config.Medical, site.Pages.Select(p => p.Url), diagnostics);

        // 6b. Translations against their sources: the version each records, out of date, reviewer's language,
        //     references. Out-of-date ones show their readers a notice, so this comes before any render.
        var translations = TranslationReview.Check(site, diagnostics);
        site = site with { OutdatedTranslations = TranslationReview.Notices(site, translations) };
        timings.Stop("site model");

        // 7. Render Markdown (links checked and rewritten; citations, claims, readability and reviews checked) and
        //    then templates; check a health page's output for its disclaimer and JSON-LD (parallel, per page).
        var markdown = new MarkdownRenderer(config.AllowHtml, config.LinkSchemes, config.RawHtml)
        {
            Budget = options.MarkdownBudget ?? MarkdownParseBudget.Time(MarkdownRenderer.ParseBudget),
            ImageSizes = config.Images.Sizes,
        };
        var renderer = templatesUsable
            ? new PageTemplateRenderer(templates, site, reuse.SiteGlobal(site, strings), strings) { Budget = options.RenderBudget ?? WorkBudget.Time(PageTemplateRenderer.RenderTime) }
            : null;
        reuse.SetRenderScope(templateFiles.Concat(strings.AsFiles()), templatesUsable);
        var medical = new MedicalPageAnalyzer(config, options.Today);

        // Each page is also checked on its own right after rendering, while its HTML is at hand (step 9 does the
        // checks across pages, and the generated pages). Only what the checks found is kept, not a parsed page.
        var checkOptions = new CheckOptions(options.OutputFolder.TrimEnd('/') + "/", config.BaseUrl, config.Checks)
        {
            Clinic = config.Clinic,
            Budget = options.CheckBudget ?? WorkBudget.Time(CheckOptions.CheckTime),
        };
        var checker = new SiteChecker(checkOptions);
        var scanned = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
        var keepBodies = cache is not null || config.Publishing is not null;
        progress?.Start("rendering", site.Pages.Length);
        var rendered = ForEachPage(progress, site.Pages, page => page.Source.Path, page =>
        {
            string? html = null;
            var result = reuse.Render(page, () => RenderPage(markdown, renderer, medical, config, page, site.LinkTargets, text => html = text));
            if (options.Checks && result.Value is { File: { } file } done && checkOptions.IsPage(file.Path))
            {
                var origin = new PageOrigin(page.Source.Path, done.Body);
                scanned[file.Path] = reuse.Scan(file, origin, () => checker.Scan(file.Path, html ?? Utf8.GetString(file.Content.Span), origin));
            }

            // Once checked, the body's HTML is only needed by publishing (feed, search index) and by the next build
            // of `relevare serve`; otherwise it is dropped, so that a large site does not hold every page twice.
            return keepBodies || result.Value is not { } kept ? result : result with { Value = kept with { Body = kept.Body with { Html = "" } } };
        });
        Collect(rendered, diagnostics);
        var health = config.Medical is { } settings
            ? new ContentHealth(config.Title, options.Today, settings, [.. rendered.Select(r => r.Value?.Health).OfType<PageHealth>().OrderBy(h => h.Path, StringComparer.Ordinal)])
            {
                OtherLanguages = [.. config.AllLanguages.Where(l => !l.IsDefault).Select(l => l.Tag)],
                Translations = translations,
            }
            : null;
        timings.Stop("render");

        // 7b. Make the images the pages show (resized, upright, metadata stripped; from the cache when unchanged) and
        //     report problems with them at the Markdown lines that show them.
        //     A person's portrait (people file) is published too, and its problems reported at its line there.
        var people = config.Medical?.People?.Values ?? [];
        var portraits = people.Where(p => p.Portrait is not null).Select(p => new ImageReference(p.Portrait!, p.PortraitLocation ?? p.Location)).ToList();
        var (imageFiles, imageStatistics) = ImagePublisher.Publish(
            source, imageCatalog, rendered.SelectMany(r => r.Value?.Body.Images ?? []).Concat(portraits), config.Images, images, diagnostics);
        if (health is not null)
        {
            var bodies = rendered.Where(r => r.Value is not null).ToDictionary(r => r.Value!.Page.Source.Path, r => r.Value!.Body, StringComparer.Ordinal);
            health = PageImageWeights.Add(
                health,
                page => (bodies.TryGetValue(page.Path, out var body) ? body.Images.Select(i => i.SourcePath) : [])
                    .Concat(people.Where(p => p.Portrait is not null && p.Bio == page.Url).Select(p => p.Portrait!)),
                imageCatalog,
                imageFiles);
        }

        timings.Stop("images");

        // 8. Publish: redirect pages for aliases; with 'publishing:', the listing, 404 and search pages, sitemap,
        //    robots.txt, feed, manifest, search index, _headers and _redirects; then the CSP check of the output.
        var pages = rendered.Where(r => r.Value?.File is not null).Select(r => r.Value!).ToList();
        var published = Publish(new PublishingStage(site, templates, renderer, strings), pages, diagnostics);
        timings.Stop("publish");

        // The levels site.yml's 'checks:' gives codes (the checks of the built pages apply theirs as they run).
        DiagnosticLevels.ApplyInPlace(config.Checks, diagnostics);

        // With errors so far there is nothing to check or to write.
        if (diagnostics.Any(d => d.IsError))
        {
            return Finish(diagnostics, [], site.Pages.Length, timings) with { Health = health, Images = imageStatistics };
        }

        var files = pages.Select(p => p.File!)
            .Concat(published)
            .Concat(assets.Assets.Select(a => new OutputFile(a.OutputPath, a.Content)))
            .Concat(imageFiles)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();

        // 9. Check the output as a browser sees it (links, fragments, structure, safety); findings about what a
        //    Markdown link produced are reported at its Markdown line. Content pages were checked on their own
        //    while rendering; the generated pages are checked here, then everything across pages.
        if (options.Checks)
        {
            progress?.Start("checking", files.Count(f => checkOptions.IsPage(f.Path)));
            diagnostics.AddRange(checker.Check(files, (file, scan) =>
            {
                var result = scanned.TryGetValue(file.Path, out var done) ? done : reuse.Scan(file, origin: null, scan);
                progress?.Advance();
                return result;
            }).Diagnostics);
        }

        // Nothing published may tell where a photo was taken.
        var sourceOfAsset = assets.Assets.ToDictionary(a => a.OutputPath, a => a.SourcePath, StringComparer.Ordinal);
        var sourceOfImage = imageCatalog.Values.SelectMany(e => e.Variants.Select(v => (v.OutputPath, e.SourcePath))).DistinctBy(p => p.OutputPath)
            .ToDictionary(p => p.OutputPath, p => p.SourcePath, StringComparer.Ordinal);
        PublishedImageCheck.Check(files, path => sourceOfAsset.GetValueOrDefault(path) ?? sourceOfImage.GetValueOrDefault(path) ?? path, diagnostics);
        timings.Stop("check");

        // 10. Hand back the files to write. Nothing is returned to write when anything failed.
        DiagnosticLevels.ApplyInPlace(config.Checks, diagnostics);
        return Finish(diagnostics, diagnostics.Any(d => d.IsError) ? [] : files, site.Pages.Length, timings) with { Health = health, Images = imageStatistics };
    }

    private static SiteConfig? LoadConfig(ISourceFileSystem source, BuildOptions options, List<Diagnostic> diagnostics)
    {
        if (!source.FileExists(SiteConfigLoader.FileName))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigMissing, SourceLocation.File(SiteConfigLoader.FileName),
                "no site.yml in the source folder",
                "run relevare in the site's folder, pass --source DIR, or create site.yml (see the README)"));
            return null;
        }

        var bytes = SourceReader.Read(source, SiteConfigLoader.FileName, diagnostics);
        var text = bytes is null ? null : SourceText.Decode(SiteConfigLoader.FileName, bytes, diagnostics);
        var config = text is null ? null : SiteConfigLoader.Load(text, diagnostics);
        if (config?.Medical is { } medical)
        {
            config = config with { Medical = medical with { People = PeopleFile.Load(source, diagnostics), Reviews = ReviewFile.Load(source, diagnostics) } };
        }

        config = config is not null && options.BaseUrl is not null ? config with { BaseUrl = options.BaseUrl } : config;
        if (config is not null)
        {
            ReservedDomains.Check(config.BaseUrl, config.BaseUrlLocation, options.BaseUrl is not null, diagnostics);
        }

        return config;
    }

    /// <summary>
    /// site.yml (with the people and the review record) and one page, read and validated exactly as a build reads
    /// them: what <c>relevare review</c> fingerprints. Null parts when they have errors (in <paramref name="diagnostics"/>).
    /// </summary>
    internal static (SiteConfig? Config, SourcePage? Page) ReadOnePage(ISourceFileSystem source, string path, List<Diagnostic> diagnostics)
    {
        var config = LoadConfig(source, new BuildOptions(), diagnostics);
        if (config is null || !source.FileExists(path))
        {
            return (config, null);
        }

        var result = ReadPage(config, path, source.ReadAllBytes(path));
        diagnostics.AddRange(result.Diagnostics);
        return (config, result.Value);
    }

    private static PageResult<SourcePage> ReadPage(SiteConfig config, string path, byte[] bytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.Length > ContentDiscovery.MaxContentBytes)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FileTooLarge, SourceLocation.File(path),
                $"the file is {(bytes.Length + 1023) / 1024} KiB; pages are limited to {ContentDiscovery.MaxContentBytes / 1024} KiB",
                "split the page into several pages"));
            return new(path, null, diagnostics);
        }

        var split = FrontMatterBytes.Split(path, bytes, diagnostics);
        // A page in another language's folder (content/es/conditions/…) is in the section of the path under that
        // folder ('conditions'), and is a translation of the pages that have its key in other languages.
        var (language, relative) = config.LanguageOfPath(path);
        var section = relative.Contains('/', StringComparison.Ordinal) ? relative.Split('/')[0] : "";
        var metadata = split is null ? null : new FrontMatterValidator(config).Validate(path, section, split, diagnostics);
        var page = metadata is null ? null : new SourcePage(path, section, metadata, split!)
        {
            Language = language.Tag,
            TranslationKey = metadata.TranslationKey ?? relative,
        };
        return new(path, page, diagnostics);
    }

    // True when every page can be rendered: the base template and every layout in use exist and parse.
    private static bool CheckLayouts(SiteConfig config, List<SourcePage> pages, TemplateSet templates, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        if (!templates.Exists(TemplateSet.BaseTemplate))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigTemplateMissing, SourceLocation.File(TemplateSet.Root + TemplateSet.BaseTemplate),
                "the base template templates/base.html is missing",
                "create it: it is the HTML shell of every page and includes the layout with {{ include layout }}"));
        }

        // A layout with a syntax error exists (Exists counts it) and was reported at the error: calling it missing
        // too would mislead, and turn a template mistake into a site.yml one.
        foreach (var type in config.ContentTypes.Values.Where(t => !Exists(templates, t.Template)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigTemplateMissing, new SourceLocation(SiteConfigLoader.FileName, type.Line, type.Column),
                $"content type '{type.Name}' uses template '{type.Template}', but templates/{PageTemplateRenderer.LayoutPath(type.Template)} does not exist",
                "create the layout file or change 'template:'"));
        }

        var known = templates.Names.Where(n => n.StartsWith("layouts/", StringComparison.Ordinal))
            .Select(n => n["layouts/".Length..^".html".Length]).ToList();
        foreach (var page in pages.Where(p => p.Metadata.Locations.ContainsKey("template") && !Exists(templates, p.Metadata.Template)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterUnknownTemplate, page.Metadata.Locations["template"],
                $"unknown template '{page.Metadata.Template}' (no templates/{PageTemplateRenderer.LayoutPath(page.Metadata.Template)})",
                Suggestions.DidYouMean(page.Metadata.Template, known)));
        }

        return diagnostics.Count == errorsBefore && !templates.HasErrors;
    }

    private static bool Exists(TemplateSet templates, string template) =>
        templates.Exists(PageTemplateRenderer.LayoutPath(template));

    // Without usable templates the Markdown is still checked, so one run reports every problem.
    // The page's HTML is also handed to onHtml, so that it can be checked without decoding its file again.
    private static PageResult<RenderedPage> RenderPage(
        MarkdownRenderer markdown, PageTemplateRenderer? renderer, MedicalPageAnalyzer medical, SiteConfig config, Page page, LinkTargets targets, Action<string> onHtml)
    {
        var diagnostics = new List<Diagnostic>();
        var source = page.Source;

        // Unfinished or unconfirmed parts of a published page (a draft is dropped before this stage).
        // The body is kept as UTF-8: decoded once here (each read of Body decodes it again).
        diagnostics.AddRange(source.Metadata.Placeholders);
        var text = source.Body;
        FillInScanner.Scan(source.Path, text, source.BodyFirstLine, "page", diagnostics);
        var document = markdown.ParseBody(source.Path, text, source.BodyFirstLine, diagnostics);
        if (document is null)
        {
            return new(source.Path, null, diagnostics);
        }

        // The medical analysis numbers the citations, so it runs before the Markdown is rendered.
        var analysis = medical.Analyze(page, document, diagnostics);
        var body = markdown.Render(source.Path, document, source.BodyFirstLine, targets, diagnostics);
        var html = renderer?.Render(page, body, diagnostics, analysis);
        if (html is not null && config.Medical is { } settings && source.Metadata.Medical.IsHealthPage)
        {
            MedicalOutputCheck.Check(config, settings, page, MedicalPageAnalyzer.Permalink(config, page), analysis.Citations, html, diagnostics, analysis.ReviewShown);
        }

        if (html is not null)
        {
            onHtml(html);
        }

        var file = html is null ? null : new OutputFile(page.OutputPath, Utf8.GetBytes(html));
        var health = config.Medical is null ? null : MedicalPageAnalyzer.Health(page, analysis);
        return new(source.Path, new RenderedPage(page, body, file, health), diagnostics);
    }

    // Like a page's stage, a bug in publishing becomes an error (on site.yml, which asked for it), not a crash.
    private static List<OutputFile> Publish(PublishingStage stage, List<RenderedPage> pages, List<Diagnostic> diagnostics)
    {
        try
        {
            return stage.Publish(pages, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InternalError, SourceLocation.File(SiteConfigLoader.FileName),
                $"internal error while publishing ({e.GetType().Name}: {e.Message})",
                "this is a bug in relevare: please report it with the site attached (--verbose shows the details)") with
            { Details = e.ToString() });
            return [];
        }
    }

    // Templates are decoded as strictly as content: a BOM from a Windows editor would otherwise land in the
    // middle of every page (U+FEFF in <head> ends the head early), and invalid UTF-8 would be replaced silently.
    // An undecodable template is passed on as null: it exists (so it is not also reported missing) but is unusable.
    private static List<KeyValuePair<string, string?>> ReadTemplates(ISourceFileSystem source, IEnumerable<string> paths, List<Diagnostic> diagnostics) =>
        paths.Select(path => KeyValuePair.Create(path, SourceReader.Read(source, path, diagnostics) is { } bytes ? SourceText.Decode(path, bytes, diagnostics) : null)).ToList();

    // Pages are independent in these stages: run them in parallel, keep results in input order for determinism.
    // A library failing on one file (a bug, ours or theirs) becomes an error on that file, not a crash of the build.
    private static PageResult<T>[] ForEachPage<TIn, T>(BuildProgress? progress, IReadOnlyList<TIn> items, Func<TIn, string> pathOf, Func<TIn, PageResult<T>> work)
        where T : class
    {
        var results = new PageResult<T>[items.Count];
        if (items.Count == 0)
        {
            return results;
        }

        // Small ranges: the default (a third of the pages per core) leaves one core idle while the other finishes
        // its last range; pages cost about the same, so 16 at a time balances well at a negligible cost.
        Parallel.ForEach(Partitioner.Create(0, items.Count, PagesPerRange), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                try
                {
                    results[i] = work(items[i]);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    var path = pathOf(items[i]);
                    results[i] = new(path, null, [Diagnostic.Error(
                        DiagnosticCodes.InternalError, SourceLocation.File(path),
                        $"internal error while building this file ({e.GetType().Name}: {e.Message})",
                        "this is a bug in relevare: please report it with this file attached (--verbose shows the details)") with { Details = e.ToString() }]);
                }

                progress?.Advance();
            }
        });
        return results;
    }

    private static void Collect<T>(IEnumerable<PageResult<T>> results, List<Diagnostic> diagnostics)
        where T : class =>
        diagnostics.AddRange(results.SelectMany(r => r.Diagnostics));

    private static BuildResult Finish(List<Diagnostic> diagnostics, ImmutableArray<OutputFile> files, int pages, StageTimer timings) =>
        new(
            [.. diagnostics.Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)],
            files,
            pages)
        {
            Timings = timings.Results,
        };

    private sealed record PageResult<T>(string Path, T? Value, List<Diagnostic> Diagnostics)
        where T : class;

}
