using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Relevare.Static.Markdown;

/// <summary>
/// Markdig writes a pipe table's column alignment (<c>|:---:|</c>) as an inline <c>style="text-align: …"</c>, which
/// a strict Content-Security-Policy (<c>style-src 'self'</c>) blocks. This moves the alignment into a class on each
/// cell (<c>align-left</c>, <c>align-center</c>, <c>align-right</c>, styled by the site's CSS) and clears it from
/// the columns, so the renderer writes no style attribute. Column widths (which Markdig also writes as styles) are
/// cleared too.
/// </summary>
internal static class TableAlignmentClasses
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell || columns.Count == 0)
                    {
                        continue;
                    }

                    var index = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    var alignment = columns[Math.Min(index, columns.Count - 1)].Alignment;
                    if (alignment is { } align)
                    {
                        cell.GetAttributes().AddClass(align switch
                        {
                            TableColumnAlign.Center => "align-center",
                            TableColumnAlign.Right => "align-right",
                            _ => "align-left",
                        });
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }
}
