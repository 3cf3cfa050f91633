using System.Collections.Concurrent;
using System.Globalization;
using Relevare.Static.Diagnostics;
using Relevare.Static.Markdown;
using Relevare.Static.Medical;
using Relevare.Static.Site;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Relevare.Static.Templating;

/// <summary>Renders pages through <c>templates/base.html</c>, which includes the page's layout.</summary>
internal sealed class PageTemplateRenderer
{
    private readonly TemplateSet _templates;
    private readonly SiteModel _site;
    private readonly ScriptObject _siteModel;
    private readonly int _loopLimit;
    private readonly ConcurrentBag<EscapingTemplateContext> _contexts = [];
    private readonly TemplateStrings _strings;
    private readonly Dictionary<string, Page> _pagesByUrl;

    /// <summary>
    /// Creates the renderer; <paramref name="siteGlobal"/> is the <c>site</c> model when already made, and
    /// <paramref name="strings"/> the templates' own words in each language (none: <c>t</c> reports every key).
    /// </summary>
    public PageTemplateRenderer(TemplateSet templates, SiteModel site, ScriptObject? siteGlobal = null, TemplateStrings? strings = null)
    {
        _templates = templates;
        _site = site;
        _strings = strings ?? TemplateStrings.None(site.Config);
        _pagesByUrl = site.Pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        _siteModel = siteGlobal ?? TemplateModel.Site(site, _strings);

        // Listings loop over every page, maybe more than once: the limit grows with the site instead of
        // Scriban's fixed 1000, while still stopping a runaway loop.
        _loopLimit = Math.Max(10_000, site.Pages.Length * 20);
    }

    /// <summary>How long one page's templates may take: the build's is time, a test's counts loop steps and writes.</summary>
    public WorkBudget Budget { get; init; } = WorkBudget.Time(RenderTime);

    /// <summary>How long rendering one page's templates may take before the page is reported instead.</summary>
    public static TimeSpan RenderTime => TimeSpan.FromSeconds(10);

    /// <summary>The loop limit of the templates (Scriban's LoopLimit), for messages.</summary>
    public int LoopLimit => _loopLimit;

    // The page at url in language: itself, or its translation, or else itself in its own language; a URL of no page is kept.
    private (string Url, string Language, bool IsOtherLanguage) Localize(string url, Configuration.SiteLanguage language)
    {
        if (!_pagesByUrl.TryGetValue(url, out var page) || _site.LanguageOf(page) == language)
        {
            return (url, language.Tag, false);
        }

        return _site.GroupOf(page).FirstOrDefault(t => t.Language == language) is { } translation
            ? (translation.Url, language.Tag, false)
            : (url, _site.LanguageOf(page).Tag, true);
    }

    /// <summary>The layout file for a template name.</summary>
    public static string LayoutPath(string template) => $"layouts/{template}.html";

    /// <summary>
    /// Renders one page; null with a diagnostic when a template fails. <paramref name="medical"/> is the page's
    /// medical analysis (null for pages without one); <paramref name="listing"/> is the <c>listing</c> global of a
    /// listing page (null on every other page).
    /// </summary>
    public string? Render(Page page, RenderedMarkdown body, List<Diagnostic> diagnostics, MedicalPageAnalysis? medical = null, Listing? listing = null)
    {
        var baseTemplate = _templates.Find(TemplateSet.BaseTemplate);
        if (baseTemplate is null)
        {
            return null; // reported once by the builder
        }

        // Counted, not timed: the same page gets the same verdict on any machine, before any template work.
        if (PageSize.ElementsAbove(body.Html, PageSize.MaxBodyElements) is { } elements)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.RenderBudget,
                new SourceLocation(page.Source.Path, page.Source.BodyFirstLine, 1),
                string.Create(CultureInfo.InvariantCulture, $"the page would have {elements:N0} HTML elements, more than the {PageSize.MaxBodyElements:N0} a page may have: rendering and checking it would take too long"),
                "split the page into several pages; a very long table is better split, or offered as a file in assets/ that the page links to"));
            return null;
        }

        // A context costs more to create than most pages cost to render: each thread reuses its own, reset between
        // pages. One that failed mid-render is dropped rather than reused (its state is not trusted).
        var context = _contexts.TryTake(out var pooled) ? pooled : new EscapingTemplateContext(_templates, _loopLimit, _site.Assets, _strings);
        var language = _site.LanguageOf(page);
        context.PageLanguage = language.Tag;
        context.Diagnostics = diagnostics;
        context.Localize = url => Localize(url, language);
        var globals = new ScriptObject(4)
        {
            ["site"] = TemplateModel.SiteFor(_siteModel, language),
            ["page"] = TemplateModel.Page(_site, page, body, medical, date => _strings.FormatDate(language.Tag, date)),
            ["layout"] = LayoutPath(page.Source.Metadata.Template),
            ["listing"] = listing is null ? null : TemplateModel.Listing(listing, date => _strings.FormatDate(language.Tag, date)),
        };
        context.PushGlobal(globals);
        context.Begin(Budget);
        try
        {
            var html = baseTemplate.Render(context);
            context.Diagnostics = null;
            context.Localize = null;
            context.Reset();
            _contexts.Add(context);
            return html;
        }
        catch (ScriptRuntimeException e) when (Limit(e) is { } limit)
        {
            // A limit reached is the page's size against its templates: the content file is named (an editor's fix),
            // with the template's place for a developer when every page is reported.
            var span = e.Span;
            var file = string.IsNullOrEmpty(span.FileName) ? TemplateSet.Root + TemplateSet.BaseTemplate : span.FileName;
            var at = $"{file}:{span.Start.Line + 1}:{span.Start.Column + 1}";
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.RenderBudget,
                new SourceLocation(page.Source.Path, page.Source.BodyFirstLine, 1),
                $"the page is too large for its templates: {limit(at)}",
                "split the page into several pages (e.g. thousands of headings make a table of contents no reader can use); "
                + "if every page is reported, the template itself does too much there: a developer's task"));
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            var file = string.IsNullOrEmpty(span.FileName) ? TemplateSet.Root + TemplateSet.BaseTemplate : span.FileName;
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.TemplateRuntime,
                new SourceLocation(file, span.Start.Line + 1, span.Start.Column + 1),
                $"{e.OriginalMessage} (while rendering {page.Source.Path})",
                "check the names used here against docs/template-model.md; optional values are null, test them with 'if'"));
            return null;
        }
    }

    // What a limit error says, as a function of where the template was; null for any other runtime error. Scriban
    // reports its limits with these words (7.5.3: "Range expression exceeds LoopLimit", "Exceeding number of
    // iteration limit", "recursive depth limit", "OutputLimit", "LimitToString").
    private Func<string, string>? Limit(ScriptRuntimeException e)
    {
        var message = e.OriginalMessage ?? "";
        bool Says(string words) => message.Contains(words, StringComparison.Ordinal);
        return e switch
        {
            EscapingTemplateContext.BudgetSpentException =>
                at => $"rendering it took more than {Budget.ShownAs.TotalSeconds:0.#} s and was abandoned (at {at})",
            _ when Says("LoopLimit") || Says("iteration limit") =>
                at => string.Create(CultureInfo.InvariantCulture, $"a loop at {at} ran more than {_loopLimit:N0} times"),
            _ when Says("recursive depth limit") =>
                at => $"templates called or included each other more than 64 deep (at {at})",
            _ when Says("OutputLimit") || Says("LimitToString") =>
                at => string.Create(CultureInfo.InvariantCulture, $"its HTML would be longer than {PageSize.MaxOutputChars:N0} characters (at {at})"),
            _ => null,
        };
    }
}
