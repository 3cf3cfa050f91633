using System.Collections.Concurrent;
using System.Text;
using Relevare.Static.Checks;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Incremental;
using Relevare.Static.Markdown;
using Relevare.Static.Medical;
using Relevare.Static.Output;
using Relevare.Static.Site;
using Relevare.Static.Templating;

namespace Relevare.Static;

/// <summary>
/// Step 7 of the pipeline for one page: its Markdown (links checked and rewritten; citations, claims, readability
/// and reviews checked), then its templates, then a health page's output check (disclaimer, JSON-LD); and, while
/// its HTML is at hand, the checks of step 9 that need only the page itself. Renders and checks come from their
/// memos when unchanged since the previous build.
/// </summary>
internal sealed class PageRenderStage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SiteConfig _config;
    private readonly LinkTargets _targets;
    private readonly MarkdownRenderer _markdown;
    private readonly PageTemplateRenderer? _renderer;
    private readonly MedicalPageAnalyzer _medical;
    private readonly RenderScope _scope;
    private readonly Memo<ScanInput, PageScan> _scans;
    private readonly BuildPass _pass;
    private readonly SiteChecker _checker;
    private readonly CheckOptions _checkOptions;
    private readonly bool _checks;
    private readonly bool _keepBodies;
    private readonly bool _remember;
    private readonly IOutputSink? _output;
    private readonly FailureForecast? _forecast;

    // The arrays of the pages' bytes, used again once the sink has written them; null when a page's bytes may be
    // kept after it is written (a cache remembers them) or nothing is written during the render.
    private readonly OutputBuffers? _buffers;

    // Set by the first page after which the build is certain to fail; read by every render thread. Pages rendered
    // from then on are held (a failed build publishes nothing, and writing pages only to delete them costs as much
    // as writing them). Which pages were written before depends on the threads' timing; the output and the
    // findings do not (a held page would be written with the rest if the build published after all).
    private volatile bool _holding;

    // pass: the rules that read each page right after rendering. keepBodies: keep each page's body HTML (publishing
    // and the next build of `relevare serve` need it). remember: a cache keeps the rendered pages for the next build
    // (all of each page is kept). output: where each page's file goes as soon as it is checked, or null to keep it;
    // writing stops at the first page after which the build is certain to fail (FailureForecast).
    public PageRenderStage(
        SiteConfig config, BuildOptions options, SiteModel site, TemplateSet templates, TemplateStrings strings, RenderScope scope,
        Memo<ScanInput, PageScan> scans, BuildPass pass, SiteChecker checker, CheckOptions checkOptions, bool keepBodies, bool remember, IOutputSink? output)
    {
        _config = config;
        _targets = site.LinkTargets;
        _markdown = new MarkdownRenderer(config.AllowHtml, config.LinkSchemes, config.RawHtml)
        {
            Budget = options.MarkdownBudget ?? MarkdownParseBudget.Time(MarkdownRenderer.ParseBudget),
            ImageSizes = config.Images.Sizes,
        };

        // Without usable templates the Markdown is still checked, so one run reports every problem.
        _renderer = scope.SiteGlobal is { } siteGlobal
            ? new PageTemplateRenderer(templates, site, siteGlobal, strings) { Budget = options.RenderBudget ?? WorkBudget.Time(PageTemplateRenderer.RenderTime) }
            : null;
        _medical = new MedicalPageAnalyzer(config, options.Today) { TranslationsAwaitingSignOff = site.TranslationsAwaitingSignOff };
        _scope = scope;
        _scans = scans;
        _pass = pass;
        _checker = checker;
        _checkOptions = checkOptions;
        _checks = options.Checks;
        _keepBodies = keepBodies;
        _remember = remember;
        _output = output;
        _forecast = output is null ? null : new FailureForecast(site, checkOptions, options.WarningsFail);
        _buffers = output is null || remember ? null : new OutputBuffers();

        // Sized for every page up front: growing it copies every entry again, into arrays the collector then keeps.
        Scanned = new(Environment.ProcessorCount, site.Pages.Length, StringComparer.Ordinal);
    }

    /// <summary>The page templates, or null when they cannot render pages (publishing renders its pages through them).</summary>
    public PageTemplateRenderer? Templates => _renderer;

    /// <summary>Output path → what checking each rendered page on its own found (step 9 uses them instead of checking again).</summary>
    public ConcurrentDictionary<string, PageScan> Scanned { get; }

    /// <summary>
    /// True once a rendered page showed that the build is certain to fail (<see cref="FailureForecast"/>): the pages
    /// rendered after it were held instead of written. Always false without an output sink.
    /// </summary>
    public bool StoppedWriting => _holding;

    /// <summary>The rendered page (null when it failed) and what was found on the way.</summary>
    public PageResult<RenderedPage> Render(Page page)
    {
        string? html = null;
        PageScan? read = null;
        PageScan? scanned = null;
        var result = _scope.Pages.Get(page.Source.Path, page, p => Render(p, text => html = text, scan => read = scan));
        if (_checks && result.Value is { File: { } file } done && _checkOptions.IsPage(file.Path))
        {
            var origin = new PageOrigin(page.Source.Path, done.Body);
            Scanned[file.Path] = scanned = _scans.Get(file.Path, new ScanInput(file.Content, origin), _ => read ?? _checker.Scan(file.Path, html ?? Utf8.GetString(file.Content.Span), origin));
        }

        if (!_holding && _forecast is not null && _forecast.Fails(result.Diagnostics, scanned))
        {
            _holding = true;
        }

        if (result.Value is not { } kept)
        {
            return result;
        }

        // Once checked, the body's HTML is only needed by publishing (feed, search index) and by the next build
        // of `relevare serve`; otherwise it is dropped, so that a large site does not hold every page twice. Its
        // Markdown map (links, headings) and table of contents served the checks and the templates: only a cache
        // keeps them. The page's file goes to the output now, unless a later stage still has to read it, the page
        // has errors of its own (the build fails then, unless site.yml's levels lower them: it is written with the
        // rest), or this or an earlier page showed that the build will fail (then it is not written at all).
        var body = _keepBodies ? kept.Body : kept.Body with { Html = "" };
        if (!_remember)
        {
            body = body with { Toc = [], Links = [], Headings = [] };
        }

        if (_output is not null && !_holding && kept.File is { } written && !ReadAgainLater(kept, written) && !result.Diagnostics.Any(d => d.IsError))
        {
            if (_buffers is null)
            {
                _output.Write(written);
            }
            else
            {
                _output.Write(written, _buffers);
            }

            kept = kept with { File = null, Written = true };
        }

        return ReferenceEquals(body, kept.Body) && ReferenceEquals(kept, result.Value) ? result : result with { Value = kept with { Body = body } };
    }

    // Whether a later stage reads the page's bytes again: the check stage when the page was not checked here, and
    // publishing's policy check when the page pass did not look for what the policy blocks. Such a page is held
    // and written with the rest.
    private bool ReadAgainLater(RenderedPage page, OutputFile file) =>
        (_checks && _checkOptions.IsPage(file.Path) && !Scanned.ContainsKey(file.Path))
        || (_config.Publishing is not null && page.PolicyViolations is null && file.Path.EndsWith(".html", StringComparison.Ordinal));

    // The page's HTML is read once, right away, by the rules that need it (BuildPass); its checks, when they were
    // made then, are handed to onScan. The HTML is also handed to onHtml, so that the checks (when no rule read the
    // page) do not decode its file again.
    private PageResult<RenderedPage> Render(Page page, Action<string> onHtml, Action<PageScan> onScan)
    {
        var diagnostics = new List<Diagnostic>();
        var source = page.Source;

        // Unfinished or unconfirmed parts of a published page (a draft is dropped before this stage).
        // The body is kept as UTF-8: decoded once here (each read of Body decodes it again).
        diagnostics.AddRange(source.Metadata.Placeholders);
        var text = source.Body;
        FillInScanner.Scan(source.Path, text, source.BodyFirstLine, "page", diagnostics);
        var document = _markdown.ParseBody(source.Path, text, source.BodyFirstLine, diagnostics);
        if (document is null)
        {
            return new(source.Path, null, diagnostics);
        }

        // The medical analysis numbers the citations, so it runs before the Markdown is rendered.
        var analysis = _medical.Analyze(page, document, diagnostics);
        var body = _markdown.Render(source.Path, document, source.BodyFirstLine, _targets, diagnostics);
        var html = _renderer?.Render(page, body, diagnostics, analysis);
        var read = html is null ? null : _pass.Read(page, html, body, analysis.Citations, analysis.ReviewShown);
        if (html is not null)
        {
            onHtml(html);
        }

        if (read is not null)
        {
            diagnostics.AddRange(read.MedicalFindings);
            if (read.Scan is { } scan)
            {
                onScan(scan);
            }
        }

        // With buffers the bytes are in an array lent for the page's way to the output sink: a page that is not
        // written then (held, or with errors) just keeps it.
        var file = html is null ? null : new OutputFile(page.OutputPath, _buffers is null ? Utf8.GetBytes(html) : _buffers.Encode(html));
        var health = _config.Medical is null ? null : MedicalPageAnalyzer.Health(page, analysis);
        return new(source.Path, new RenderedPage(page, body, file, health) { SearchText = read?.SearchText, PolicyViolations = read?.PolicyViolations }, diagnostics);
    }
}
