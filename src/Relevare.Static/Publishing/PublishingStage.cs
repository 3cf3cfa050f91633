using System.Text;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;
using Relevare.Static.Output;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static.Publishing;

/// <summary>
/// The publishing stage, after the pages are rendered: redirect pages for the pages' old URLs and, when site.yml has
/// <c>publishing:</c>, the 404, search and listing pages, <c>sitemap.xml</c>, <c>robots.txt</c>, the Atom feed,
/// the web app manifest, the search index and the static host's <c>_headers</c> and <c>_redirects</c>; then every
/// HTML page and style sheet is checked against the Content-Security-Policy the headers send.
/// </summary>
internal sealed class PublishingStage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SiteModel _site;
    private readonly TemplateSet _templates;
    private readonly PageTemplateRenderer? _renderer;
    private readonly TemplateStrings? _strings;

    /// <param name="site">The site model.</param>
    /// <param name="templates">The parsed templates.</param>
    /// <param name="renderer">The page renderer, or null when the templates are unusable (already reported).</param>
    /// <param name="strings">The templates' own words in each language (the generated pages' titles), if any.</param>
    public PublishingStage(SiteModel site, TemplateSet templates, PageTemplateRenderer? renderer, TemplateStrings? strings = null)
    {
        _site = site;
        _templates = templates;
        _renderer = renderer;
        _strings = strings;
    }

    /// <summary>
    /// Reads a page this stage generated (404, search, listings) and answers what the Content-Security-Policy blocks
    /// there: the build's page pass (the check stage's <c>BuildPass.ReadGenerated</c>), which parses it once for the
    /// policy and its checks.
    /// </summary>
    public required Func<OutputFile, IReadOnlyList<string>> ReadGeneratedPage { get; init; }

    /// <summary>The files this stage adds. <paramref name="rendered"/> are the rendered content pages.</summary>
    public List<OutputFile> Publish(IReadOnlyList<RenderedPage> rendered, List<Diagnostic> diagnostics)
    {
        var pages = rendered.Where(p => p.HasFile).ToList(); // a page whose template failed is reported
        var config = _site.Config;
        var files = _site.Redirects.Select(r => Text(r.OutputPath, RedirectFiles.Page(config, r))).ToList();
        if (config.Publishing is not { } publishing)
        {
            return files;
        }

        // Pages of our own, through base.html like every page.
        var sourceOf = pages.ToDictionary(p => p.Page.OutputPath, p => p.Page.Source.Path, StringComparer.Ordinal);
        // One 404 and one search page per language.
        var generated = config.AllLanguages
            .SelectMany(language => new (Page Page, Listing? Listing)[]
            {
                (GeneratedPages.NotFound(config, language, _strings), null),
                (GeneratedPages.Search(config, language, _strings), null),
            })
            .ToList();
        generated.AddRange(_site.Listings.Select(l => (GeneratedPages.Listing(config, l, _strings), (Listing?)l)));
        foreach (var template in generated.Select(g => g.Page.Source.Metadata.Template).Distinct(StringComparer.Ordinal)
            .Where(t => !_templates.Exists(PageTemplateRenderer.LayoutPath(t))))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigTemplateMissing, publishing.Location,
                $"'publishing' needs the layout templates/{PageTemplateRenderer.LayoutPath(template)}, which does not exist",
                "create it (see docs/template-model.md, 'Pages that publishing adds')"));
        }

        foreach (var (page, listing) in generated.Where(g => _templates.Exists(PageTemplateRenderer.LayoutPath(g.Page.Source.Metadata.Template))))
        {
            if (_renderer?.Render(page, new RenderedMarkdown("", []), diagnostics, listing: listing) is { } html)
            {
                files.Add(Text(page.OutputPath, html));
                sourceOf[page.OutputPath] = page.Source.Path;
            }
        }

        var icon = publishing.Icon is null ? null : _site.Assets.Find(publishing.Icon);
        if (publishing.Icon is not null && icon is null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ConfigInvalidValue, publishing.IconLocation,
                $"icon '{publishing.Icon}' is not a file in assets/",
                Suggestions.Closest(publishing.Icon, _site.Assets.Urls) is { } closest ? $"did you mean '{closest}'?" : "put the icon in assets/ and write its URL, e.g. '/assets/favicon.svg'"));
        }

        // Files for crawlers, feed readers, browsers and the static host.
        var bodies = pages.ToDictionary(p => p.Page);
        files.Add(new OutputFile(PublishedPaths.Sitemap, SitemapFile.Write(_site)));
        files.Add(Text(PublishedPaths.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {PublishedPaths.Absolute(config.BaseUrl, "/" + PublishedPaths.Sitemap)}\n"));
        // A feed and a search index per language, each with that language's pages only.
        foreach (var language in config.AllLanguages)
        {
            if (FeedFile.Write(_site, bodies, language) is { } feed)
            {
                files.Add(new OutputFile(PublishedPaths.InLanguage(language, PublishedPaths.Feed), feed));
            }
        }

        files.Add(new OutputFile(PublishedPaths.Manifest, ManifestFile.Write(config, publishing, icon)));
        foreach (var language in config.AllLanguages)
        {
            var ofLanguage = pages.Where(p => !config.IsMultilingual || _site.LanguageOf(p.Page) == language);
            files.Add(new OutputFile(PublishedPaths.InLanguage(language, PublishedPaths.SearchIndex), SearchIndexFile.Write(ofLanguage)));
        }

        files.Add(Text(PublishedPaths.Redirects, RedirectFiles.RedirectsFile(_site.Redirects, config.Languages)));
        var (headers, rules) = HeadersFile.Write(_site.Assets, ShowsImages(pages));
        files.Add(Text(PublishedPaths.Headers, headers));
        if (rules > HeadersFile.CloudflareRuleLimit)
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.HeadersOverLimit, publishing.Location,
                $"_headers has {rules} rules (one per fingerprinted asset); Cloudflare Pages reads at most {HeadersFile.CloudflareRuleLimit}",
                "on Cloudflare Pages, fewer images, style sheets and scripts in assets/; Netlify has no such limit"));
        }

        // Redirect pages are ours and obey the policy by construction; check everything else that browsers load.
        // A content page's file may be written already (then only its path is known here).
        var htmlFiles = pages.Select(p => (Path: p.Page.OutputPath, p.File)).Concat(files.Select(f => (f.Path, File: (OutputFile?)f)))
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        CheckPolicy(pages, htmlFiles, sourceOf, diagnostics);
        return files;
    }

    private void CheckPolicy(List<RenderedPage> pages, IEnumerable<(string Path, OutputFile? File)> htmlFiles, Dictionary<string, string> sourceOf, List<Diagnostic> diagnostics)
    {
        var config = _site.Config;

        // The content pages were read by the page pass right after rendering; the generated ones are read here,
        // through the build's page pass (which keeps their checks too). A page is written before this stage only
        // when the page pass read it (PageRenderStage keeps the others' bytes).
        var known = pages.Where(p => p.PolicyViolations is not null).ToDictionary(p => p.Page.OutputPath, p => p.PolicyViolations!.Value, StringComparer.Ordinal);
        foreach (var (path, file) in htmlFiles.Where(f => sourceOf.ContainsKey(f.Path)))
        {
            IReadOnlyList<string> violations = known.TryGetValue(path, out var found)
                ? found
                : ReadGeneratedPage(file ?? throw new InvalidOperationException($"the page {path} was written before its policy was checked"));
            Report(sourceOf[path], "this page", violations, diagnostics);
        }

        var baseUrl = config.BaseUrl;

        foreach (var asset in _site.Assets.Assets.Where(a => a.SourcePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
        {
            Report(asset.SourcePath, "this style sheet", ContentSecurityPolicy.StyleSheetViolations(Utf8.GetString(asset.Content.Span), baseUrl), diagnostics);
        }
    }

    private static void Report(string source, string what, IReadOnlyList<string> violations, List<Diagnostic> diagnostics)
    {
        if (ContentSecurityPolicy.Finding(SourceLocation.File(source), what, violations) is { } finding)
        {
            diagnostics.Add(finding);
        }
    }

    private static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    // True when a page shows an image the images stage publishes (under img/).
    private bool ShowsImages(IEnumerable<RenderedPage> pages) =>
        pages.Any(p => p.Body.Images.Any(r => _site.LinkTargets.Images.TryGetValue(r.SourcePath, out var image) && image.Problem is null));
}
