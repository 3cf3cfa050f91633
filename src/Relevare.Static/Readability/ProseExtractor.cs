using System.Collections.Immutable;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Relevare.Static.Citations;

namespace Relevare.Static.Readability;

/// <summary>
/// Finds a page's main text for readability and claim checks: every paragraph (also in lists, quotes and
/// callouts) except those in tables and footnotes. Headings are left out (they are labels, not sentences), and so
/// are code, raw HTML, images, bare addresses and citation markers; references live in front matter, and
/// navigation in templates, so neither is in the body at all.
/// </summary>
internal static class ProseExtractor
{
    public static ImmutableArray<ProseBlock> Extract(MarkdownDocument document) =>
        [.. document.Descendants<ParagraphBlock>().Where(p => !IsExcluded(p)).Select(Block).Where(b => b.Text.Trim().Length > 0)];

    private static bool IsExcluded(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table or FootnoteGroup or Footnote)
            {
                return true;
            }
        }

        return false;
    }

    private static ProseBlock Block(ParagraphBlock paragraph)
    {
        var text = new StringBuilder();
        var segments = ImmutableArray.CreateBuilder<TextSegment>();
        var citations = ImmutableArray.CreateBuilder<int>();
        void Append(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var content = literal.Content.ToString();
                    segments.Add(new TextSegment(text.Length, content.Length, literal.Line, literal.Column));
                    text.Append(content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case CitationInline:
                    citations.Add(text.Length);
                    text.Append(' ');
                    break;
                case LineBreakInline or CodeInline or AutolinkInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true } or HtmlInline or FootnoteLink or TaskList:
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child);
                    }

                    break;
            }
        }

        if (paragraph.Inline is { } inlines)
        {
            Append(inlines);
        }

        return new ProseBlock(text.ToString(), segments.ToImmutable(), citations.ToImmutable(), paragraph.Line);
    }
}
