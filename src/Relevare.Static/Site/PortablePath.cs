using System.Buffers;
using System.Text;

namespace Relevare.Static.Site;

/// <summary>
/// Output paths must work on every host and checkout, not only on Linux: no Windows-reserved names or
/// characters, no trailing dots or spaces, no over-long names, and no two paths that differ only by case or by
/// Unicode normalisation (they collide on Windows and macOS).
/// </summary>
internal static class PortablePath
{
    public const int MaxSegmentLength = 100;
    public const int MaxPathLength = 240;

    private static readonly HashSet<string> ReservedNames = new(
        ["con", "prn", "aux", "nul", .. Enumerable.Range(1, 9).SelectMany(i => new[] { $"com{i}", $"lpt{i}" })],
        StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> ForbiddenCharacters =
        SearchValues.Create([.. "<>:\"\\|?*", .. Enumerable.Range(0, 32).Select(i => (char)i), '\u007F']);

    // The reserved names looked up by a segment's span (no string per segment: this runs over every output path).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReservedNameSpans = ReservedNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What makes <paramref name="path"/> unportable, or null when it is fine.</summary>
    public static string? Problem(string path)
    {
        if (path.Length > MaxPathLength)
        {
            return $"the path is {path.Length} characters long (limit {MaxPathLength})";
        }

        // Segment by segment, as path.Split('/') would give them, without allocating when the path is fine.
        var start = 0;
        while (true)
        {
            var end = path.IndexOf('/', start);
            if (end < 0)
            {
                end = path.Length;
            }

            if (SegmentProblem(path, start, end) is { } problem)
            {
                return problem;
            }

            if (end == path.Length)
            {
                return null;
            }

            start = end + 1;
        }
    }

    private static string? SegmentProblem(string path, int start, int end)
    {
        var segment = path.AsSpan(start, end - start);
        if (segment.Length == 0 || segment is "." or "..")
        {
            return "the path has an empty, '.' or '..' segment";
        }

        if (segment.Length > MaxSegmentLength)
        {
            return $"the name '{segment[..20]}…' is {segment.Length} characters long (limit {MaxSegmentLength})";
        }

        var bad = segment.IndexOfAny(ForbiddenCharacters);
        if (bad >= 0)
        {
            var shown = segment[bad] == '\0' ? "NUL" : char.IsControl(segment[bad]) ? $"U+{(int)segment[bad]:X4}" : segment[bad].ToString();
            return $"the name '{segment.ToString().Replace('\0', '?')}' contains {shown}, which Windows does not allow";
        }

        foreach (var c in segment)
        {
            if (IsDecomposed(c))
            {
                return $"the name '{segment}' contains U+{(int)c:X4}, a separate accent or a decomposed character: macOS and Windows treat it as the same name with composed letters (Unicode NFC); retype the name";
            }
        }

        if (segment[^1] is '.' or ' ')
        {
            return $"the name '{segment}' ends with a dot or a space";
        }

        var dot = segment.IndexOf('.');
        return ReservedNameSpans.Contains(dot < 0 ? segment : segment[..dot]) ? $"'{segment}' is a reserved device name on Windows" : null;
    }

    /// <summary>
    /// The key under which two paths collide on case-insensitive, normalising file systems. Under invariant
    /// globalization (how relevare runs) <c>Normalize</c> has no Unicode data and changes nothing, so NFC/NFD twins
    /// are caught by <see cref="Problem"/> refusing decomposed names instead; the call stays for hosts with ICU.
    /// </summary>
    public static string CollisionKey(string path) => path.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    // What NFD produces and NFC would compose (combining diacritics, kana voicing marks, Hangul vowel and final
    // jamo) and the singletons NFC replaces (Kelvin, Angstrom and Ohm signs, CJK compatibility ideographs). A name
    // without them has no distinct NFC/NFD twin, without needing the Unicode tables invariant mode lacks.
    private static bool IsDecomposed(char c) => c is
        (>= '\u0300' and <= '\u036F') or (>= '\u1AB0' and <= '\u1AFF') or (>= '\u1DC0' and <= '\u1DFF')
        or (>= '\u20D0' and <= '\u20FF') or (>= '\uFE20' and <= '\uFE2F') or '\u3099' or '\u309A'
        or (>= '\u1160' and <= '\u11FF') or '\u2126' or '\u212A' or '\u212B' or (>= '\uF900' and <= '\uFAFF');
}
