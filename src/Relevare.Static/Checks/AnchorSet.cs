using System.Collections;

namespace Relevare.Static.Checks;

/// <summary>
/// The fragments a page offers (every id and <c>a[name]</c>), kept for every page until the last one is checked: a
/// sorted array (ordinal, no duplicates) instead of a hash set per page, which costs several objects per id.
/// </summary>
internal readonly struct AnchorSet : IReadOnlyCollection<string>
{
    private readonly string[]? _sorted;

    /// <summary>The set of <paramref name="anchors"/>.</summary>
    public AnchorSet(IEnumerable<string> anchors)
    {
        var sorted = anchors.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        _sorted = sorted;
    }

    /// <summary>No anchors.</summary>
    public static AnchorSet Empty => default;

    /// <inheritdoc/>
    public int Count => _sorted?.Length ?? 0;

    /// <summary>True when the page has an element with this id or anchor name (compared ordinally).</summary>
    public bool Contains(string anchor) => _sorted is not null && Array.BinarySearch(_sorted, anchor, StringComparer.Ordinal) >= 0;

    /// <summary>The anchors in ordinal order.</summary>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)(_sorted ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
