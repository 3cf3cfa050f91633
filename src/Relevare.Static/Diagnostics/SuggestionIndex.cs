using System.Collections.Concurrent;

namespace Relevare.Static.Diagnostics;

/// <summary>
/// "Did you mean …?" over many names (a site's URL paths), built once and asked many times: the same answer as
/// <see cref="Suggestions.Closest"/> without comparing the name with every candidate.
/// </summary>
/// <remarks>
/// Candidates are filtered by length (an edit changes it by at most one) and by shared character pairs: k edits
/// destroy at most 2k of the name's pairs, so a candidate within k edits shares at least (distinct pairs − 2k) of
/// them. The survivors are compared most-promising first with an edit distance that gives up beyond the best found
/// so far. At most <see cref="ComparisonCap"/> comparisons are made per name; when that cap stops a search, the hint
/// is the closest among the candidates compared (on sites of a few thousand pages the cap is not reached in
/// practice). Answers are remembered per name, so a broken link repeated on every page is looked up once.
/// Thread-safe: searches for different names run in parallel (each with working arrays of its own), and each
/// name is searched once.
/// </remarks>
internal sealed class SuggestionIndex
{
    /// <summary>The default cap on edit-distance comparisons per name.</summary>
    public const int DefaultComparisonCap = 4096;

    private readonly string[] _names;
    private readonly string[] _lower;
    private readonly Dictionary<int, int[]> _pairs;
    private readonly ConcurrentDictionary<string, Lazy<string?>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Scratch> _scratch = [];
    private long _comparisons;

    /// <param name="candidates">The names a hint may suggest (duplicates are ignored).</param>
    /// <param name="comparisonCap">At most this many edit distances are computed per name asked about.</param>
    public SuggestionIndex(IEnumerable<string> candidates, int comparisonCap = DefaultComparisonCap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(comparisonCap, 1);
        ComparisonCap = comparisonCap;
        _names = [.. candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _lower = [.. _names.Select(n => n.ToLowerInvariant())];
        var pairs = new Dictionary<int, List<int>>();
        for (var id = 0; id < _lower.Length; id++)
        {
            foreach (var pair in PairsOf(_lower[id]))
            {
                if (!pairs.TryGetValue(pair, out var ids))
                {
                    pairs[pair] = ids = [];
                }

                ids.Add(id);
            }
        }

        _pairs = pairs.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The cap on edit-distance comparisons per name.</summary>
    public int ComparisonCap { get; }

    /// <summary>How many edit distances this index has computed so far (the work the hints cost).</summary>
    public long Comparisons => Interlocked.Read(ref _comparisons);

    /// <summary>The candidate closest to <paramref name="name"/>, or null when none is close enough to help.</summary>
    public string? Closest(string name) =>
        _answers.GetOrAdd(name, n => new Lazy<string?>(() => Search(n))).Value;

    private string? Search(string name)
    {
        var scratch = _scratch.TryTake(out var pooled) ? pooled : new Scratch(_names.Length);
        try
        {
            return Search(name, scratch);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    private string? Search(string name, Scratch scratch)
    {
        var query = name.ToLowerInvariant();
        var threshold = Math.Max(2, name.Length / 3);
        var pairs = PairsOf(query);

        // How many of the name's distinct pairs each candidate shares.
        var shared = scratch.Shared.AsSpan();
        shared.Clear();
        foreach (var pair in pairs)
        {
            if (_pairs.TryGetValue(pair, out var ids))
            {
                foreach (var id in ids)
                {
                    shared[id]++;
                }
            }
        }

        // The survivors, most promising first (the most shared pairs), ties in ordinal order (the ids are in that
        // order), so the bound tightens early. A counting sort: the pairs shared are at most the name's, and the
        // order is the same as a sort by (shared descending, id), without sorting every survivor of every name.
        var buckets = pairs.Count + 1;
        if (scratch.Starts.Length < buckets + 1)
        {
            scratch.Starts = new int[buckets + 1];
        }

        var starts = scratch.Starts.AsSpan(0, buckets + 1);
        starts.Clear();
        var count = 0;
        for (var id = 0; id < _names.Length; id++)
        {
            if (CouldBeWithin(shared, id, query, pairs.Count, threshold))
            {
                starts[pairs.Count - shared[id] + 1]++;
                count++;
            }
        }

        for (var bucket = 1; bucket <= buckets; bucket++)
        {
            starts[bucket] += starts[bucket - 1];
        }

        var byPromise = scratch.ByPromise.AsSpan(0, count);
        for (var id = 0; id < _names.Length; id++)
        {
            if (CouldBeWithin(shared, id, query, pairs.Count, threshold))
            {
                byPromise[starts[pairs.Count - shared[id]]++] = id;
            }
        }

        var best = -1;
        var bestDistance = threshold;
        var compared = 0;
        foreach (var id in byPromise)
        {
            // The rest share fewer pairs than the best distance so far allows: none of them could be compared.
            if (compared == ComparisonCap || shared[id] < pairs.Count - (2 * bestDistance))
            {
                break;
            }

            if (!CouldBeWithin(shared, id, query, pairs.Count, bestDistance))
            {
                continue;
            }

            compared++;
            var distance = Distance(scratch, query, _lower[id], bestDistance);
            if (distance < bestDistance || (distance == bestDistance && (best < 0 || id < best)))
            {
                (best, bestDistance) = (id, distance);
            }
        }

        Interlocked.Add(ref _comparisons, compared);
        return best < 0 ? null : _names[best];
    }

    // Could the candidate be within `bound` edits of the query? Its length and the pairs it shares say no early.
    private bool CouldBeWithin(ReadOnlySpan<int> shared, int id, string query, int queryPairs, int bound) =>
        Math.Abs(_lower[id].Length - query.Length) <= bound && shared[id] >= queryPairs - (2 * bound);

    private static HashSet<int> PairsOf(string text)
    {
        var pairs = new HashSet<int>();
        for (var i = 1; i < text.Length; i++)
        {
            pairs.Add((text[i - 1] << 16) | text[i]);
        }

        return pairs;
    }

    // The edit distance of a and b when it is at most `bound`, else bound + 1 (only the band |i − j| ≤ bound is
    // computed, and a row whose cells all exceed the bound ends the search).
    private static int Distance(Scratch scratch, string a, string b, int bound)
    {
        var over = bound + 1;
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return over;
        }

        if (scratch.Previous.Length < b.Length + 1)
        {
            scratch.Previous = new int[b.Length + 1];
            scratch.Current = new int[b.Length + 1];
        }

        var previous = scratch.Previous;
        var current = scratch.Current;
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - bound);
            var high = Math.Min(b.Length, i + bound);
            current[0] = Math.Min(i, over);
            current[low - 1] = low == 1 ? current[0] : over;
            var rowMinimum = low == 1 ? current[0] : over;
            for (var j = low; j <= high; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.Min(value, over);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (high < b.Length)
            {
                current[high + 1] = over;
            }

            if (rowMinimum > bound)
            {
                return over;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // The working arrays of one search: one search at a time uses them.
    private sealed class Scratch(int names)
    {
        public int[] Shared { get; } = new int[names];

        public int[] ByPromise { get; } = new int[names];

        public int[] Starts { get; set; } = [];

        public int[] Previous { get; set; } = [];

        public int[] Current { get; set; } = [];
    }
}
