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

    private static readonly char[] ForbiddenCharacters =
        [.. "<>:\"\\|?*", .. Enumerable.Range(0, 32).Select(i => (char)i), '\u007F'];

    /// <summary>What makes <paramref name="path"/> unportable, or null when it is fine.</summary>
    public static string? Problem(string path)
    {
        if (path.Length > MaxPathLength)
        {
            return $"the path is {path.Length} characters long (limit {MaxPathLength})";
        }

        foreach (var segment in path.Split('/'))
        {
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
                return $"the name '{segment.Replace('\0', '?')}' contains {shown}, which Windows does not allow";
            }

            if (segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return $"the name '{segment}' ends with a dot or a space";
            }

            if (ReservedNames.Contains(segment.Split('.')[0]))
            {
                return $"'{segment}' is a reserved device name on Windows";
            }
        }

        return null;
    }

    /// <summary>The key under which two paths collide on case-insensitive, normalising file systems.</summary>
    public static string CollisionKey(string path) => path.Normalize(NormalizationForm.FormC).ToUpperInvariant();
}
