namespace Relevare.Static.Checks;

/// <summary>
/// A fixed set of lower-case ASCII names (element or attribute names) with a value each, looked up by a span of the
/// page: the names are grouped by first letter and length, so that a lookup compares a handful of lengths and at most
/// a few strings, without hashing the span. The streaming scanner looks up every tag and attribute name of a page;
/// a frozen dictionary's lookup by span was 11% of its time.
/// </summary>
/// <typeparam name="TValue">What each name maps to.</typeparam>
internal sealed class HtmlScanNames<TValue>
{
    // [first letter 'a'..'z'] → the names starting with it, with their values.
    private readonly (string Name, TValue Value)[][] _byFirst = new (string, TValue)[26][];

    /// <param name="entries">The names (lower-case ASCII letters, digits and '-', each starting with a letter) and values.</param>
    public HtmlScanNames(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var groups = new List<(string, TValue)>[26];
        foreach (var (name, value) in entries)
        {
            if (name.Length == 0 || name[0] is < 'a' or > 'z')
            {
                throw new ArgumentException($"'{name}' does not start with a lower-case ASCII letter", nameof(entries));
            }

            (groups[name[0] - 'a'] ??= []).Add((name, value));
        }

        for (var i = 0; i < groups.Length; i++)
        {
            _byFirst[i] = groups[i] is { } group ? [.. group] : [];
        }
    }

    /// <summary>The shared name string equal to <paramref name="name"/> and its value, or false.</summary>
    public bool TryGet(ReadOnlySpan<char> name, out string shared, out TValue value)
    {
        if (name.Length > 0 && name[0] is >= 'a' and <= 'z')
        {
            foreach (var (candidate, candidateValue) in _byFirst[name[0] - 'a'])
            {
                if (candidate.Length == name.Length && name.SequenceEqual(candidate))
                {
                    shared = candidate;
                    value = candidateValue;
                    return true;
                }
            }
        }

        shared = "";
        value = default!;
        return false;
    }
}
