using System.Globalization;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Yaml;

/// <summary>
/// Turns the values of a YAML file's mappings into typed values, the one way every reader of site.yml, the data
/// files and front matter does it: each mistake is reported at <c>file:line:col</c> with the file's codes and a
/// hint that says how to fix it, and the value is then absent (null), so the reader carries on and one run
/// reports everything. What a value must look like beyond its type is in <see cref="Patterns"/>.
/// </summary>
internal sealed class FieldReader
{
    private readonly FieldCodes _codes;

    /// <param name="path">The file, relative to the site's folder, as diagnostics name it.</param>
    /// <param name="codes">The codes its mistakes are reported with.</param>
    /// <param name="diagnostics">Where they are reported.</param>
    /// <param name="wording">How they are worded (null: site.yml's).</param>
    public FieldReader(string path, FieldCodes codes, List<Diagnostic> diagnostics, FieldWording? wording = null)
    {
        Path = path;
        _codes = codes;
        Diagnostics = diagnostics;
        Wording = wording ?? FieldWording.Settings;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Where mistakes are reported.</summary>
    public List<Diagnostic> Diagnostics { get; }

    /// <summary>How mistakes are worded.</summary>
    public FieldWording Wording { get; }

    /// <summary>The same reader with other wording (e.g. naming the person whose fields are read).</summary>
    public FieldReader With(FieldWording wording) => new(Path, _codes, Diagnostics, wording);

    /// <summary>Where <paramref name="node"/> is written.</summary>
    public SourceLocation Location(YamlNode node) => new(Path, node.Line, node.Column);

    /// <summary>Reports an error at <paramref name="at"/>.</summary>
    public void Error(string code, YamlNode at, string message, string hint) =>
        Diagnostics.Add(Diagnostic.Error(code, Location(at), message, hint));

    /// <summary>Reports a value of the wrong shape at <paramref name="at"/>, with the file's code for it.</summary>
    public void Invalid(YamlNode at, string message, string hint) => Error(_codes.Invalid, at, message, hint);

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="allowed"/>; true when there was none.</summary>
    public bool UnknownKeys(YamlMapping map, IReadOnlyCollection<string> allowed, string where)
    {
        var none = true;
        foreach (var entry in map.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            Error(_codes.Unknown, entry.Key, Wording.UnknownKey(entry.Key.Value, where), Wording.UnknownKeyHint ?? Suggestions.DidYouMean(entry.Key.Value, allowed));
            none = false;
        }

        return none;
    }

    /// <summary>The mapping under <paramref name="key"/>; null when absent (reported if <paramref name="required"/>) or not a mapping (reported).</summary>
    public YamlMapping? Mapping(YamlMapping map, string key, bool required, string hint = "indent its settings under it by two spaces")
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            if (required)
            {
                Error(_codes.Missing, map, $"{Path} has no '{key}'", $"add a '{key}:' mapping (see the README's {Path} reference)");
            }

            return null;
        }

        if (entry.Value is YamlMapping mapping)
        {
            return mapping;
        }

        Invalid(entry.Value, $"'{key}' must be a mapping (indented 'key: value' lines)", hint);
        return null;
    }

    /// <summary>The text under <paramref name="key"/> as written; null when absent, empty (<c>~</c>) or not text (reported).</summary>
    public string? String(YamlMapping map, string key)
    {
        var entry = map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (entry.Value is YamlScalar scalar)
        {
            return scalar.Value;
        }

        var (message, hint) = Wording.NotText(key);
        Invalid(entry.Value, message, hint);
        return null;
    }

    /// <summary>Like <see cref="String"/>, and an absent key is reported.</summary>
    public string? RequiredString(YamlMapping map, string key)
    {
        var value = String(map, key);
        if (value is null && map.Find(key) is null)
        {
            var (message, hint) = Wording.Missing(key);
            Error(_codes.Missing, map, message, hint);
        }

        return value;
    }

    /// <summary>
    /// The text under <paramref name="key"/> without surrounding spaces; null when absent or blank (reported when
    /// <paramref name="required"/>) or not text (reported).
    /// </summary>
    public string? Text(YamlMapping map, string key, bool required)
    {
        var entry = map.Find(key);
        if (entry?.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
        {
            return scalar.Value.Trim();
        }

        if (entry is not null && entry.Value is not YamlScalar)
        {
            var (message, hint) = Wording.NotText(key);
            Invalid(entry.Value, message, hint);
        }
        else if (required)
        {
            var (message, hint) = Wording.Missing(key);
            Error(_codes.Missing, entry?.Value ?? map, message, hint);
        }

        return null;
    }

    /// <summary>The text of the scalar under <paramref name="key"/>, or null (absent, empty or not text) without a report: for files whose reader reports a whole entry at once.</summary>
    public static string? Scalar(YamlMapping map, string key) =>
        map.Find(key)?.Value is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>A plain <c>true</c> or <c>false</c> under <paramref name="key"/>; null when absent or anything else (reported).</summary>
    public bool? Bool(YamlMapping map, string key, string? message = null, string? hint = null)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return null;
        }

        if (entry.Value is YamlScalar { IsPlain: true, Value: "true" or "false" } flag)
        {
            return flag.Value == "true";
        }

        Invalid(entry.Value, message ?? $"'{key}' must be true or false", hint ?? $"write '{key}: true'");
        return null;
    }

    /// <summary>A plain whole number (0 to 999,999,999) under <paramref name="key"/>; null when absent or anything else (reported).</summary>
    public int? Int(YamlMapping map, string key)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return null;
        }

        if (WholeNumber(entry.Value, 9, leadingZeros: false) is { } number)
        {
            return number;
        }

        Invalid(entry.Value, $"'{key}' must be a whole number", $"write '{key}: 160'");
        return null;
    }

    /// <summary>
    /// A whole number under <paramref name="key"/> from <paramref name="min"/> to <paramref name="max"/>;
    /// <paramref name="fallback"/> when absent. A value out of range is reported and still returned (the file has
    /// an error, so nothing is built from it); a value that is not a number is reported and the fallback returned.
    /// </summary>
    public int Between(YamlMapping map, string key, int min, int max, int fallback, string example)
    {
        var value = Int(map, key) ?? fallback;
        if (value < min || value > max)
        {
            Invalid(map.Find(key)!.Value, $"{key} must be between {min} and {max}, not {value}", $"write '{key}: {example}'");
        }

        return value;
    }

    /// <summary>
    /// A plain whole number of at most four digits under <paramref name="key"/> from <paramref name="min"/> to
    /// <paramref name="max"/>; <paramref name="fallback"/> when absent, or when anything else is written (reported).
    /// </summary>
    public int Int(YamlMapping map, string key, int min, int max, int fallback)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return fallback;
        }

        if (WholeNumber(entry.Value, 4, leadingZeros: true) is { } number && number >= min && number <= max)
        {
            return number;
        }

        Invalid(entry.Value, $"'{key}' must be a whole number from {min} to {max}", $"write e.g. '{key}: {fallback}'");
        return fallback;
    }

    /// <summary>
    /// One of <paramref name="values"/> (plain, as written) under <paramref name="key"/>; <paramref name="fallback"/>
    /// when absent or empty, or when anything else is written (reported with <paramref name="message"/> and <paramref name="hint"/>).
    /// </summary>
    public T Enum<T>(YamlMapping map, string key, IReadOnlyDictionary<string, T> values, T fallback, Func<string, string> message, string hint)
    {
        var entry = map.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            return fallback;
        }

        if (entry.Value is YamlScalar scalar && values.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        if (String(map, key) is { } text)
        {
            Invalid(entry.Value, message(text), hint);
        }

        return fallback;
    }

    /// <summary>
    /// The text items of the list under <paramref name="key"/>; empty when absent. A value that is not a list, or
    /// an item that is not text, is reported (and left out).
    /// </summary>
    public List<YamlScalar> TextList(YamlMapping map, string key)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return [];
        }

        if (entry.Value is not YamlSequence sequence)
        {
            Invalid(entry.Value, $"'{key}' must be a list", $"write '{key}: [first, second]'");
            return [];
        }

        var items = new List<YamlScalar>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                items.Add(scalar);
            }
            else
            {
                Invalid(item, $"every item of '{key}' must be text", "write items like '- article'");
            }
        }

        return items;
    }

    /// <summary>A date written <c>YYYY-MM-DD</c> that is a day of the calendar, or null.</summary>
    public static DateOnly? Date(string? text) =>
        text is not null && Patterns.IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    // A plain scalar of at most `digits` digits (with a leading zero only where allowed, or 0 itself).
    private static int? WholeNumber(YamlNode node, int digits, bool leadingZeros) =>
        node is YamlScalar { IsPlain: true } scalar && scalar.Value.Length > 0 && scalar.Value.Length <= digits && scalar.Value.All(char.IsAsciiDigit)
        && (leadingZeros || scalar.Value == "0" || scalar.Value[0] != '0')
        && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
