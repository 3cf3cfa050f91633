using System.Collections.Immutable;
using Markdig.Syntax.Inlines;

namespace Relevare.Static.Citations;

/// <summary>
/// A citation in the text: <c>[@niesters2014]</c>, or several at once: <c>[@niesters2014; @schwenk2018]</c>.
/// The parser records the keys; <see cref="CitationResolver"/> then gives each key its reference number, which
/// the renderer prints. Like every Markdig node it is filled in place, so a document is resolved once.
/// </summary>
internal sealed class CitationInline : LeafInline
{
    public CitationInline(ImmutableArray<CitationKey> keys)
    {
        Keys = keys;
        Numbers = new int[keys.Length];
        AnchorIds = new string?[keys.Length];
    }

    /// <summary>The keys in the order written.</summary>
    public ImmutableArray<CitationKey> Keys { get; }

    /// <summary>Each key's reference number (0 for a key with no reference), set by the resolver.</summary>
    public int[] Numbers { get; }

    /// <summary>The id of each key's link when it is the key's first citation on the page (the back-link target).</summary>
    public string?[] AnchorIds { get; }
}
