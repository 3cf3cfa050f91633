using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Relevare.Static.Markdown;

/// <summary>
/// Writes a paragraph that holds one image with a title as a <c>&lt;figure&gt;</c> whose title is its
/// <c>&lt;figcaption&gt;</c> (<c>![alt](room.jpg "Our infusion room")</c>): the caption is seen by everyone, where a
/// title attribute is seen only on hover. Other paragraphs are written as usual.
/// </summary>
internal sealed class FigureParagraphRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (!renderer.EnableHtmlForBlock || obj.GetData(typeof(FigureParagraphRenderer)) is not LinkInline image)
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<figure>");
        renderer.WriteLeafInline(obj);
        renderer.Write("<figcaption>").WriteEscape(image.Title).Write("</figcaption></figure>");
        renderer.WriteLine();
    }
}
