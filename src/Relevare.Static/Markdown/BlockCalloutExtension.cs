using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Relevare.Static.Markdown;

/// <summary>
/// The block half of Markdig's custom containers (<c>:::note</c> … <c>:::</c> callouts) without the inline half.
/// Markdig's <c>UseCustomContainers</c> also makes <c>::text::</c> an inline container, which silently eats the
/// text between two <c>::</c> of ordinary prose (<c>fe80::1 through fe80::9</c>, <c>std::vector</c> twice, IPv6
/// addresses such as <c>2001:4898:7020:1020::1</c>): a callout is always a block, so only the block parser is added.
/// </summary>
internal sealed class BlockCalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            // Before the other block parsers, as Markdig's own extension does, so ':::' is never a paragraph.
            pipeline.BlockParsers.Insert(0, new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCustomContainerRenderer>())
        {
            // Before the code block renderer, which would otherwise take the container (it is a fenced block too).
            html.ObjectRenderers.Insert(0, new HtmlCustomContainerRenderer());
        }
    }
}
