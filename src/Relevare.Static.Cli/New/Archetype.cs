using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Relevare.Static.Cli.New;

/// <summary>
/// A page skeleton, <c>templates/archetypes/&lt;type&gt;.md</c>, whose placeholders <c>{{ title }}</c>,
/// <c>{{ date }}</c>, <c>{{ slug }}</c>, <c>{{ type }}</c> and <c>{{ section }}</c> are filled in by
/// <c>relevare new</c>. The title is inserted as a quoted YAML string (so a title with ':' or '#' cannot break the
/// front matter); the others are plain. A new page is never given a review: <c>reviewed</c> and <c>reviewer</c> are
/// written by <c>relevare review</c> when a clinician has checked it, so an archetype may declare them only as
/// placeholders (<c>{ placeholder: pending }</c>); one that sets them is refused.
/// </summary>
internal static partial class Archetype
{
    public const string Folder = "templates/archetypes";

    public static readonly string[] Placeholders = ["title", "date", "slug", "type", "section"];

    private static readonly string[] ReviewFields = ["reviewed", "reviewer"];

    /// <summary>The filled-in page, or the first unknown placeholder (with its line) as an error.</summary>
    public static (string? Text, string? Error) Fill(string archetype, string title, DateOnly date, string slug, string type, string section)
    {
        var review = ReviewField().Match(archetype);
        if (review.Success && ReviewFields.Contains(review.Groups[1].Value))
        {
            var line = archetype.AsSpan(0, review.Index).Count('\n') + 1;
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"line {line}: sets '{review.Groups[1].Value}', but a new page has not been reviewed: declare it pending, '{review.Groups[1].Value}: {{ placeholder: pending }}' (relevare review fills it in when a clinician signs the page off)"));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = QuotedYaml(title),
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["slug"] = slug,
            ["type"] = type,
            ["section"] = section,
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

    // A review field with a value other than a declared placeholder ({ placeholder: … }): a review claim.
    [GeneratedRegex(@"^(reviewed|reviewer)[ \t]*:[ \t]*(?!\{[ \t]*placeholder\b)[^ \t\r\n#]", RegexOptions.Multiline)]
    private static partial Regex ReviewField();

    [GeneratedRegex(@"\{\{\s*([A-Za-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
