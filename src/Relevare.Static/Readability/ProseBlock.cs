using System.Collections.Immutable;

namespace Relevare.Static.Readability;

/// <summary>
/// The plain text of one paragraph or list item as a reader reads it (no code, markup, citation numbers or
/// image descriptions), with a map back to the Markdown so findings can be reported at their line and column.
/// </summary>
/// <param name="Text">The text; line breaks are spaces.</param>
/// <param name="Segments">Where each stretch of <paramref name="Text"/> came from.</param>
/// <param name="Citations">Where each <c>[@key]</c> citation of the paragraph stands in <paramref name="Text"/> (a space there).</param>
/// <param name="Line">The paragraph's first line (0-based, in the body).</param>
internal sealed record ProseBlock(string Text, ImmutableArray<TextSegment> Segments, ImmutableArray<int> Citations, int Line)
{
    /// <summary>True when the paragraph contains a <c>[@key]</c> citation.</summary>
    public bool HasCitation => !Citations.IsEmpty;

    /// <summary>
    /// True when a citation stands in the sentence that ends at <paramref name="end"/> and began after
    /// <paramref name="previousEnd"/>: its words, its full stop, or the space after it ("helps. [@a] Next").
    /// </summary>
    public bool CitesBetween(int previousEnd, int end) => Citations.Any(c => c >= previousEnd && c < end);

    /// <summary>The 0-based body line and column of the character at <paramref name="index"/>.</summary>
    public (int Line, int Column) PositionOf(int index)
    {
        foreach (var segment in Segments)
        {
            if (index >= segment.TextStart && index < segment.TextStart + segment.Length)
            {
                return (segment.Line, segment.Column + (index - segment.TextStart));
            }
        }

        var before = Segments.LastOrDefault(s => s.TextStart <= index);
        return before is null ? (Line, 0) : (before.Line, before.Column + before.Length);
    }
}
