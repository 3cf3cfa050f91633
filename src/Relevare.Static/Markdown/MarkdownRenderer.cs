using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Images;

namespace Relevare.Static.Markdown;

/// <summary>
/// Parses and renders page bodies. One immutable pipeline for the whole process (Markdig pipelines are
/// thread-safe); extensions are enabled one by one — never <c>UseAdvancedExtensions</c>, whose generic
/// attributes would let content write <c>{onclick=…}</c>.
/// </summary>
internal sealed partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private readonly bool _allowHtml;

    private readonly DiagnosticSeverity _rawHtml;

    private readonly ConcurrentBag<ReusableHtmlRenderer> _renderers = [];

    private readonly IReadOnlyCollection<string> _linkSchemes;

    /// <summary>The <c>sizes</c> attribute of the pictures written for Markdown images (site.yml <c>images: sizes</c>).</summary>
    public string ImageSizes { get; init; } = ImageSettings.DefaultSizes;

    /// <param name="allowHtml">site.yml's <c>markdown: allow_html</c>: raw HTML passes through (checked by the safety checks).</param>
    /// <param name="rawHtml">With HTML not allowed, how serious each raw HTML element in content is (site.yml's <c>markdown: raw_html</c>).</param>
    public MarkdownRenderer(bool allowHtml, DiagnosticSeverity rawHtml = DiagnosticSeverity.Error)
        : this(allowHtml, [], rawHtml)
    {
    }

    /// <summary>A renderer that also allows links with the site's <paramref name="linkSchemes"/> (site.yml <c>markdown: link_schemes</c>).</summary>
    public MarkdownRenderer(bool allowHtml, IReadOnlyCollection<string> linkSchemes, DiagnosticSeverity rawHtml = DiagnosticSeverity.Error)
    {
        _allowHtml = allowHtml;
        _linkSchemes = linkSchemes;
        _rawHtml = rawHtml;
    }

    /// <summary>How long a page may take to parse (<see cref="ParseBody"/>); tests inject a clock-free budget.</summary>
    public MarkdownParseBudget Budget { get; init; } = MarkdownParseBudget.Time(ParseBudget);

    private ReusableHtmlRenderer CreateRenderer()
    {
        var renderer = new ReusableHtmlRenderer(new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" });
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new ImageInlineRenderer(renderer.ObjectRenderers.FindExact<LinkInlineRenderer>()!));
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer());
        if (!_allowHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }

        return renderer;
    }

    /// <summary>An HTML renderer writing to a <see cref="StringWriter"/> that can be cleared and used again.</summary>
    private sealed class ReusableHtmlRenderer(StringWriter writer) : HtmlRenderer(writer)
    {
        /// <summary>Empties the output and resets the writer's state (indentation, line tracking).</summary>
        public void Clear() => Reset();
    }

    /// <summary>
    /// Checks every URL against the allowlist, rewrites links to <c>.md</c> files into page URLs, and renders HTML.
    /// The document is changed in place: parse a fresh one per render. When Markdig's renderer refuses the
    /// document's nesting (which its parser can accept, e.g. hundreds of unmatched '*['), the error is reported and
    /// the body is empty; the build fails on the error, so the empty body is never published.
    /// </summary>
    public RenderedMarkdown Render(string path, MarkdownDocument document, int bodyFirstLine, LinkTargets targets, List<Diagnostic> diagnostics)
    {
        var reported = new HashSet<(int, int)>();
        void Report(Diagnostic diagnostic)
        {
            if (reported.Add((diagnostic.Line, diagnostic.Column)))
            {
                diagnostics.Add(diagnostic);
            }
        }

        SourceLocation At(MarkdownObject node) => new(path, bodyFirstLine + node.Line, node.Column + 1);

        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            // A definition is reported at its uses (below); one that nothing uses, here.
            if (definition.Url is { } url && !UrlPolicy.IsAllowed(url, isImage: false, _linkSchemes) && !UrlPolicy.IsAllowed(url, isImage: true, _linkSchemes)
                && !document.Descendants<LinkInline>().Any(l => ReferenceEquals(l.Reference, definition)))
            {
                Report(UnsafeUrl(At(definition), url));
            }
        }

        var images = new List<ImageReference>();
        var unlinked = new List<LinkInline>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        void ReportRawHtml(SourceLocation at, string html)
        {
            var name = RawHtmlHints.TagName(html, out _);
            var what = name is null ? "an HTML comment or declaration" : $"the HTML tag <{name}>";
            Report(new Diagnostic(
                _rawHtml, DiagnosticCodes.RawHtmlEscaped, at.Path, at.Line, at.Column,
                $"{what} is not allowed in content: patients would see it as text",
                RawHtmlHints.Hint(name) + " (developers: site.yml's 'markdown: { allow_html: true }' publishes HTML as written)"));
        }

        // One walk for every question below (Markdig's Descendants() makes its stacks again on every call), into a
        // list each thread keeps; emptied when the page is done, so that it does not hold on to the page.
        var nodes = _nodes ??= [];
        nodes.Clear();
        MarkdownWalk.Collect(document, nodes);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case LinkInline { IsImage: true } image when ImageCatalog.SourcePathOf(path, image.Url ?? "") is { } imagePath:
                    PlaceImage(image, imagePath, At(image), targets, images);
                    break;
                // A bare URL in prose that the policy refuses (ftp://…) was never meant as a link: it stays text.
                case LinkInline { IsAutoLink: true } bare when !UrlPolicy.IsAllowed(bare.Url ?? "", isImage: false):
                    unlinked.Add(bare);
                    break;
                case LinkInline link:
                    // A reference-style link or image is reported where it is used, not at its definition.
                    link.Url = CheckUrl(path, link.Url ?? "", link.IsImage, At(link), targets, Report, _linkSchemes);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !UrlPolicy.IsAllowed(autolink.Url, isImage: false, _linkSchemes):
                    Report(UnsafeUrl(At(autolink), autolink.Url));
                    autolink.Url = "#";
                    break;
                case HtmlBlock comment when _allowHtml && comment.Type == HtmlBlockType.Comment && !comment.Lines.ToString().Contains("-->", StringComparison.Ordinal):
                    Report(Diagnostic.Warning(
                        DiagnosticCodes.UnclosedHtmlComment, At(node),
                        "this HTML comment is never closed: it hides everything after it",
                        "close it with '-->' or delete the '<!--'"));
                    break;
                case LeafBlock when !_allowHtml && node is not HtmlBlock:
                    open.Clear(); // an element left open in one paragraph does not swallow a closing tag in the next
                    break;
                case HtmlBlock block when !_allowHtml:
                    ReportRawHtml(At(block), block.Lines.ToString());
                    break;
                case HtmlInline inline when !_allowHtml:
                    // One finding per element: the closing tag of an element already reported is not a second one.
                    var name = RawHtmlHints.TagName(inline.Tag, out var closing);
                    if (closing && name is not null && open.TryGetValue(name, out var count) && count > 0)
                    {
                        open[name] = count - 1;
                        break;
                    }

                    if (!closing && name is not null)
                    {
                        open[name] = open.GetValueOrDefault(name) + 1;
                    }

                    ReportRawHtml(At(inline), inline.Tag);
                    break;
            }
        }

        foreach (var bare in unlinked)
        {
            bare.ReplaceBy(new LiteralInline(string.Concat(bare.Descendants<LiteralInline>().Select(l => l.Content.ToString()))), copyChildren: false);
        }

        TableAlignmentClasses.Apply(document);
        MarkFigures(nodes);

        // Setting up a renderer (two dozen object renderers) costs about as much as rendering a page: each thread
        // reuses one, cleared between pages. One that failed mid-page is dropped.
        var renderer = _renderers.TryTake(out var pooled) ? pooled : CreateRenderer();
        string html;
        try
        {
            renderer.Render(document);
            renderer.Writer.Flush();
            html = renderer.Writer.ToString()!;
            renderer.Clear();
            _renderers.Add(renderer);
        }
        catch (ArgumentException e)
        {
            nodes.Clear();
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MarkdownTooComplex, new SourceLocation(path, bodyFirstLine, 1),
                "the Markdown is too deeply nested to render (" + e.Message + ")",
                "simplify the nesting of lists, quotes or brackets"));
            return new RenderedMarkdown("", []);
        }

        var rendered = new RenderedMarkdown(html, TableOfContents(nodes)) { Links = Links(nodes, unlinked, At), Headings = Headings(nodes, At), Images = [.. images] };
        nodes.Clear();
        return rendered;
    }

    // The nodes of the document being rendered on this thread (MarkdownWalk).
    [ThreadStatic]
    private static List<MarkdownObject>? _nodes;

    // The URLs as the HTML renderer writes them, so the checker can tell which element a Markdown link became.
    // Footnote references and back-references are links too: a broken one is reported at the footnote.
    // The nodes are the document's before the bare URLs that stayed text were replaced: those are left out (their
    // only children are the literal text).
    private static ImmutableArray<MarkdownLink> Links(List<MarkdownObject> nodes, List<LinkInline> unlinked, Func<MarkdownObject, SourceLocation> at)
    {
        var links = ImmutableArray.CreateBuilder<MarkdownLink>();
        foreach (var node in nodes)
        {
            var link = node switch
            {
                FootnoteLink { IsBackLink: true } back => new MarkdownLink($"#fnref:{back.Index}", false, at(back.Footnote) with { Column = 1 }),
                FootnoteLink note => new MarkdownLink($"#fn:{note.Footnote.Order}", false, at(note)),
                LinkInline inline when unlinked.Count > 0 && unlinked.Contains(inline) => null,
                LinkInline inline => new MarkdownLink(inline.GetDynamicUrl?.Invoke() ?? inline.Url ?? "", inline.IsImage, at(inline)),
                AutolinkInline auto => new MarkdownLink(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, false, at(auto)),
                _ => null,
            };
            if (link is not null)
            {
                links.Add(link);
            }
        }

        return links.DrainToImmutable();
    }

    private static ImmutableArray<MarkdownHeading> Headings(List<MarkdownObject> nodes, Func<MarkdownObject, SourceLocation> at)
    {
        var headings = ImmutableArray.CreateBuilder<MarkdownHeading>();
        foreach (var node in nodes)
        {
            if (node is HeadingBlock heading)
            {
                headings.Add(new MarkdownHeading(heading.Level, heading.GetAttributes().Id ?? "", at(heading)));
            }
        }

        return headings.DrainToImmutable();
    }

    /// <summary>
    /// The pipeline every page is parsed with; <paramref name="autoLinkLetters"/> false leaves out
    /// <see cref="AutoLinkLetters"/> (Markdig's own inline loop, which tests compare with).
    /// </summary>
    internal static MarkdownPipeline BuildPipeline(bool autoLinkLetters = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseFootnotes()
            .Use<LeadingTaskListExtension>()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Use<BlockCalloutExtension>()
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
            .Use<CitationExtension>();
        if (autoLinkLetters)
        {
            AutoLinkLetters.AddTo(builder);
        }

        ParseDeadline.AddTo(builder);
        return builder.Build();
    }

    private static string CheckUrl(string path, string url, bool isImage, SourceLocation at, LinkTargets targets, Action<Diagnostic> report, IReadOnlyCollection<string> linkSchemes)
    {
        if (!UrlPolicy.IsAllowed(url, isImage, linkSchemes))
        {
            report(UnsafeUrl(at, url));
            return "#";
        }

        if (UrlPolicy.SchemeOf(url) is not null)
        {
            return url;
        }

        var suffixStart = url.IndexOfAny(['#', '?']);
        var target = suffixStart >= 0 ? url[..suffixStart] : url;
        var suffix = suffixStart >= 0 ? url[suffixStart..] : "";
        if (targets.AssetUrls.TryGetValue(target, out var assetUrl))
        {
            return assetUrl + suffix; // an image or file of assets/ published under a fingerprinted name
        }

        if (!target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        var resolved = SourcePaths.Resolve(path, Uri.UnescapeDataString(target));
        if (resolved is not null && targets.UrlBySource.TryGetValue(resolved, out var pageUrl))
        {
            return pageUrl + suffix;
        }

        if (resolved is not null && targets.Broken.Contains(resolved))
        {
            return "#"; // the target's own errors are reported; repeating them here would only be noise
        }

        var reason = resolved is not null && targets.Drafts.Contains(resolved)
            ? $"links to '{target}', which is a draft and is not published (build with --drafts to preview it)"
            : $"links to '{target}', which does not exist";
        report(Diagnostic.Error(DiagnosticCodes.LinkToMissingPage, at, reason,
            "fix the path (relative to this file, e.g. '../treatment/during-your-infusion.md') or remove the link"));
        return "#";
    }

    // A local image: its problems are reported after rendering, at this line, by the images stage (which knows
    // symbolic links and what processing found); here it gets its size, variants and loading. The URL becomes
    // the one written in src, so the checker can trace the <img> back to this line.
    private void PlaceImage(LinkInline image, string imagePath, SourceLocation at, LinkTargets targets, List<ImageReference> images)
    {
        images.Add(new ImageReference(imagePath, at));
        if (!targets.Images.TryGetValue(imagePath, out var entry) || entry.Problem is not null)
        {
            return; // left as written: the error stops the build before anything is published
        }

        var decorative = image.FirstChild is null && string.Equals(image.Title, ImagePlacement.DecorativeTitle, StringComparison.OrdinalIgnoreCase);
        var lazy = images.Take(images.Count - 1).Any(r => targets.Images.TryGetValue(r.SourcePath, out var e) && e.Problem is null);
        image.SetData(typeof(ImagePlacement), new ImagePlacement(entry, lazy, decorative, ImageSizes));
        image.Url = entry.Fallback.Last().Url;
    }

    // A paragraph holding nothing but a placed image with a title (not the decorative mark) becomes a figure.
    private static void MarkFigures(List<MarkdownObject> nodes)
    {
        foreach (var paragraph in nodes.OfType<ParagraphBlock>())
        {
            if (paragraph.Inline is { FirstChild: LinkInline image } inline && ReferenceEquals(inline.FirstChild, inline.LastChild)
                && image.GetData(typeof(ImagePlacement)) is ImagePlacement { Decorative: false } placement && !string.IsNullOrWhiteSpace(image.Title))
            {
                image.SetData(typeof(ImagePlacement), placement with { InFigure = true });
                paragraph.SetData(typeof(FigureParagraphRenderer), image);
            }
        }
    }

    private static Diagnostic UnsafeUrl(SourceLocation at, string url) => Diagnostic.Error(
        DiagnosticCodes.UnsafeUrl, at,
        $"the URL '{Shorten(url)}' uses the scheme '{UrlPolicy.SchemeOf(url)}', which is not allowed",
        "use an https:, http:, mailto: or tel: URL, or a relative link");

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

    private static ImmutableArray<TocEntry> TableOfContents(List<MarkdownObject> nodes)
    {
        var entries = ImmutableArray.CreateBuilder<TocEntry>();
        foreach (var node in nodes)
        {
            if (node is HeadingBlock { Level: 2 or 3 } heading && heading.GetAttributes().Id is { } id)
            {
                entries.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
            }
        }

        return entries.DrainToImmutable();
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants<LeafInline>() ?? [])
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString();
    }
}
