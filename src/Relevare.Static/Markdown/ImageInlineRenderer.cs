using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using Relevare.Static.Images;

namespace Relevare.Static.Markdown;

/// <summary>
/// Writes a Markdown image that shows a published image of the site with its size (no layout shift), its
/// variants (<c>&lt;picture&gt;</c> with a WebP source and a <c>srcset</c> in the source format), lazy loading and
/// asynchronous decoding. Every other link and image is written by Markdig's own renderer.
/// </summary>
internal sealed class ImageInlineRenderer(LinkInlineRenderer fallback) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!renderer.EnableHtmlForInline || link.GetData(typeof(ImagePlacement)) is not ImagePlacement placement)
        {
            fallback.Write(renderer, link);
            return;
        }

        var entry = placement.Entry;
        var sources = entry.Fallback.ToList();
        var webp = entry.Webp.ToList();
        var largest = sources[^1];
        if (webp.Count > 0)
        {
            renderer.Write("<picture><source type=\"image/webp\" srcset=\"").Write(Srcset(webp)).Write("\" sizes=\"").WriteEscape(placement.Sizes).Write("\" />");
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(largest.Url).Write('"');
        if (sources.Count > 1)
        {
            renderer.Write(" srcset=\"").Write(Srcset(sources)).Write("\" sizes=\"").WriteEscape(placement.Sizes).Write('"');
        }

        renderer.Write(" alt=\"");
        if (!placement.Decorative)
        {
            var html = renderer.EnableHtmlForInline;
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = html;
        }

        renderer.Write('"');
        if (placement.Decorative)
        {
            renderer.Write(" aria-hidden=\"true\"");
        }
        else if (!placement.InFigure && !string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write(" width=\"").Write(largest.Width.ToString(CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(largest.Height.ToString(CultureInfo.InvariantCulture)).Write('"');
        if (placement.Lazy)
        {
            renderer.Write(" loading=\"lazy\"");
        }

        renderer.Write(" decoding=\"async\" />");
        if (webp.Count > 0)
        {
            renderer.Write("</picture>");
        }
    }

    private static string Srcset(IEnumerable<ImageVariant> variants) =>
        string.Join(", ", variants.Select(v => v.Url + " " + v.Width.ToString(CultureInfo.InvariantCulture) + "w"));
}
