using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Relevare.Static.Citations;

/// <summary>Adds <c>[@key]</c> citations to a Markdig pipeline (parser before links, HTML renderer).</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<CitationRenderer>();
        }
    }
}
