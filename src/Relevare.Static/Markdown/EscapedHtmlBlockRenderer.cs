using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Relevare.Static.Markdown;

/// <summary>Shows a raw HTML block as text (escaped) when the site does not allow raw HTML.</summary>
internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        renderer.Write("<p>");
        renderer.WriteLeafRawLines(obj, writeEndOfLines: true, escape: true, softEscape: false);
        renderer.Write("</p>");
        renderer.EnsureLine();
    }
}
