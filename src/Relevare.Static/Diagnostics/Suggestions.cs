namespace Relevare.Static.Diagnostics;

/// <summary>"Did you mean …?" hints: the closest known name by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="name"/>, or null when none is close enough to help.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    /// <summary>A hint naming the closest candidate, else listing them all.</summary>
    public static string DidYouMean(string name, IReadOnlyCollection<string> candidates)
    {
        var closest = Closest(name, candidates);
        return closest is not null
            ? $"did you mean '{closest}'?"
            : "allowed here: " + string.Join(", ", candidates.Order(StringComparer.Ordinal));
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
