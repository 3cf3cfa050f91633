using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Relevare.Static.Markdown;

/// <summary>
/// Task lists (<c>- [ ] to do</c>, <c>- [x] done</c>) where only the item's first characters are the box.
/// Markdig's own task-list parser turns <c>[x]</c> and <c>[ ]</c> anywhere in a list item into a checkbox, so
/// "- tick [x] when done" loses its text to an <c>&lt;input&gt;</c>; GitHub reads a box only at the start.
/// </summary>
internal sealed class LeadingTaskListExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<LeadingTaskListParser>())
        {
            // Where Markdig's extension puts its parser: before links, which would otherwise take the '['.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new LeadingTaskListParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlTaskListRenderer>();
        }
    }

    /// <summary>Markdig's parser, asked only at the very start of a list item's first paragraph.</summary>
    private sealed class LeadingTaskListParser : TaskListInlineParser
    {
        // Text before the '[' has already become an inline of the paragraph, so no inline yet means the very start.
        public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
            processor.Inline is null
            && processor.Block is ParagraphBlock { Parent: ListItemBlock item } paragraph
            && item.Count > 0 && ReferenceEquals(item[0], paragraph)
            && base.Match(processor, ref slice);
    }
}
