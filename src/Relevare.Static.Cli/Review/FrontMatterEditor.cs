using System.Text.RegularExpressions;

namespace Relevare.Static.Cli.Review;

/// <summary>
/// Sets top-level fields of a page's front matter in its text, leaving every other line (comments included) as it
/// was: a field's line is replaced (with any indented lines under it, e.g. a placeholder written as a block), or the
/// field is added before the closing <c>---</c>.
/// </summary>
internal static partial class FrontMatterEditor
{
    /// <summary>The text with the fields set, or null when it has no front matter.</summary>
    public static string? Set(string text, IReadOnlyList<(string Key, string Value)> fields)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF').TrimEnd('\r') != "---")
        {
            return null;
        }

        var end = lines.FindIndex(1, l => l.TrimEnd('\r') is "---" or "...");
        if (end < 0)
        {
            return null;
        }

        foreach (var (key, value) in fields)
        {
            var line = $"{key}: {value}";
            var at = lines.FindIndex(1, end - 1, l => Field().Match(l) is { Success: true } m && m.Groups[1].Value == key);
            if (at < 0)
            {
                lines.Insert(end, line);
                end++;
                continue;
            }

            lines[at] = line;
            while (at + 1 < end && lines[at + 1].Length > 0 && lines[at + 1][0] is ' ' or '\t')
            {
                lines.RemoveAt(at + 1);
                end--;
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_-]*)\s*:")]
    private static partial Regex Field();
}
