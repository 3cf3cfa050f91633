using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Relevare.Static.Citations;

/// <summary>
/// Renders a citation as superscript reference numbers linking to the page's reference list:
/// <c>&lt;sup class="citation"&gt;&lt;a href="#ref-key" aria-label="Reference 1"&gt;1&lt;/a&gt;&lt;/sup&gt;</c>.
/// The label keeps the visible number in the accessible name (WCAG 2.5.3) while saying what it is.
/// </summary>
internal sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        renderer.Write("<sup class=\"citation\">");
        for (var i = 0; i < obj.Keys.Length; i++)
        {
            if (i > 0)
            {
                renderer.Write(", ");
            }

            var number = obj.Numbers[i];
            if (number == 0)
            {
                renderer.Write('?'); // an unknown key: reported as an error, so this is never published
                continue;
            }

            var text = number.ToString(CultureInfo.InvariantCulture);
            renderer.Write("<a href=\"#").WriteEscape(CitationResolver.ReferenceId(obj.Keys[i].Key)).Write('"');
            if (obj.AnchorIds[i] is { } id)
            {
                renderer.Write(" id=\"").WriteEscape(id).Write('"');
            }

            renderer.Write(" aria-label=\"Reference ").Write(text).Write("\">").Write(text).Write("</a>");
        }

        renderer.Write("</sup>");
    }
}
