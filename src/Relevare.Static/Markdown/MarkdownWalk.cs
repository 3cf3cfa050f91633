using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Relevare.Static.Markdown;

/// <summary>
/// Every node of a Markdown document in the order of Markdig's <c>Descendants()</c> (blocks and inlines, depth
/// first, the document and the inline roots of leaf blocks left out), collected into a list with a stack that each
/// thread keeps: rendering a page walks its nodes once instead of once per question (links, headings, figures),
/// and the walks' own stacks and iterators are not made again for every page.
/// </summary>
internal static class MarkdownWalk
{
    [ThreadStatic]
    private static Stack<(MarkdownObject Node, bool Listed)>? _pending;

    /// <summary>Adds the descendants of <paramref name="root"/> to <paramref name="into"/>, in document order.</summary>
    public static void Collect(MarkdownObject root, List<MarkdownObject> into)
    {
        var pending = _pending ??= new Stack<(MarkdownObject, bool)>();
        pending.Clear();
        pending.Push((root, false));
        try
        {
            while (pending.TryPop(out var top))
            {
                if (top.Listed)
                {
                    into.Add(top.Node);
                }

                if (top.Node is ContainerBlock container)
                {
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        var child = container[i];
                        if (child is LeafBlock { Inline: { } inline })
                        {
                            pending.Push((inline, false));
                        }

                        pending.Push((child, true));
                    }
                }
                else if (top.Node is ContainerInline inlines)
                {
                    for (var inline = inlines.LastChild; inline is not null; inline = inline.PreviousSibling)
                    {
                        pending.Push((inline, true));
                    }
                }
            }
        }
        finally
        {
            pending.Clear();
        }
    }
}
