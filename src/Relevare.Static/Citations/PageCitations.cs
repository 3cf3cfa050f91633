using System.Collections.Immutable;

namespace Relevare.Static.Citations;

/// <summary>What a page cites: its numbered references and how often the text cites them.</summary>
/// <param name="References">Every reference, numbered: cited ones in order of first citation, then unused ones.</param>
/// <param name="CitationCount">How many keys the text cites in all (a key cited twice counts twice).</param>
public sealed record PageCitations(ImmutableArray<CitedReference> References, int CitationCount)
{
    /// <summary>A page without references or citations.</summary>
    public static readonly PageCitations None = new([], 0);

    /// <summary>The keys cited at least once, in order of first citation.</summary>
    public ImmutableArray<string> CitedKeys => [.. References.Where(r => r.CitationCount > 0).Select(r => r.Reference.Key)];
}
