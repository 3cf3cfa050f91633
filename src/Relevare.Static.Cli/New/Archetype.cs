using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Relevare.Static.Cli.New;

/// <summary>
/// A page skeleton, <c>templates/archetypes/&lt;type&gt;.md</c>, whose placeholders <c>{{ title }}</c>,
/// <c>{{ date }}</c>, <c>{{ slug }}</c>, <c>{{ type }}</c>, <c>{{ section }}</c> and <c>{{ reviewer }}</c> are filled in by
/// <c>relevare new</c>. The title is inserted as a quoted YAML string (so a title with ':' or '#' cannot break the
/// front matter); the others are plain.
/// </summary>
internal static partial class Archetype
{
    public const string Folder = "templates/archetypes";

    public static readonly string[] Placeholders = ["title", "date", "slug", "type", "section", "reviewer"];

    /// <summary>What <c>{{ reviewer }}</c> becomes when no reviewer is given: the build then asks for a real one.</summary>
    public const string NoReviewer = "FILL-IN";

    /// <summary>The filled-in page, or the first unknown placeholder (with its line) as an error.</summary>
    public static (string? Text, string? Error) Fill(string archetype, string title, DateOnly date, string slug, string type, string section, string? reviewer)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = QuotedYaml(title),
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["slug"] = slug,
            ["type"] = type,
            ["section"] = section,
            ["reviewer"] = reviewer ?? NoReviewer,
        };
        var unknown = Placeholder().Matches(archetype).FirstOrDefault(m => !values.ContainsKey(m.Groups[1].Value));
        if (unknown is not null)
        {
            var line = archetype.AsSpan(0, unknown.Index).Count('\n') + 1;
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"line {line}: unknown placeholder {unknown.Value} (known: {string.Join(", ", Placeholders.Select(p => "{{ " + p + " }}"))})"));
        }

        return (Placeholder().Replace(archetype, m => values[m.Groups[1].Value]), null);
    }

    // A YAML double-quoted scalar: backslash and quote escaped, control characters as \x escapes.
    private static string QuotedYaml(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
