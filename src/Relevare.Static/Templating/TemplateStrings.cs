using System.Collections.Immutable;
using System.Globalization;
using Relevare.Static.Configuration;

namespace Relevare.Static.Templating;

/// <summary>
/// The templates' own words in each language (<c>templates/strings/&lt;tag&gt;.yml</c>): flat keys to text, and the
/// way each language writes a date (<c>date_format</c> with <c>{day}</c>, <c>{month}</c> and <c>{year}</c>, and
/// <c>month_1</c> … <c>month_12</c>). The build runs with invariant globalization (no culture data), so these files
/// are the only source of month names.
/// </summary>
internal sealed class TemplateStrings
{
    /// <summary>The folder of the strings files, under the site's folder.</summary>
    public const string Folder = "templates/strings/";

    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _byLanguage;
    private readonly string _defaultLanguage;

    public TemplateStrings(ImmutableDictionary<string, ImmutableDictionary<string, string>> byLanguage, string defaultLanguage)
    {
        _byLanguage = byLanguage;
        _defaultLanguage = defaultLanguage;
    }

    /// <summary>No strings files: dates are written in English, as they always were.</summary>
    public static TemplateStrings None(SiteConfig config) => new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty, config.Language);

    /// <summary>The path of the strings file of <paramref name="language"/>.</summary>
    public static string PathOf(string language) => $"{Folder}{language}.yml";

    /// <summary>
    /// The text of <paramref name="key"/> in <paramref name="language"/>, or else in the default language (whose
    /// missing keys in other languages' files are reported at those files), or null when neither has it.
    /// </summary>
    public string? Find(string language, string key) =>
        Own(language, key) ?? Own(_defaultLanguage, key);

    /// <summary><paramref name="date"/> as <paramref name="language"/> writes it: <c>25 de noviembre de 2026</c>.</summary>
    public string FormatDate(string language, DateOnly date)
    {
        foreach (var tag in new[] { language, _defaultLanguage })
        {
            if (Own(tag, "date_format") is { } format && Own(tag, "month_" + date.Month.ToString(CultureInfo.InvariantCulture)) is { } month)
            {
                return format
                    .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{month}", month, StringComparison.Ordinal)
                    .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
        }

        return date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <paramref name="number"/> as <paramref name="language"/> writes it, from its strings file's
    /// <c>number_decimal</c> (default <c>.</c>), <c>number_group</c> (default <c>,</c>) and
    /// <c>number_group_min_digits</c> (default 4: Spanish writes 1000 but 10 000, and sets it to 5):
    /// <c>12,500.5</c> in English, <c>12 500,5</c> in Spanish.
    /// </summary>
    public string FormatNumber(string language, decimal number)
    {
        string Setting(string key, string fallback) => Own(language, key) ?? Own(_defaultLanguage, key) ?? fallback;
        var text = Math.Abs(number).ToString("0.############", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var minDigits = int.TryParse(Setting("number_group_min_digits", "4"), NumberStyles.None, CultureInfo.InvariantCulture, out var min) ? min : 4;
        if (whole.Length >= minDigits)
        {
            var group = Setting("number_group", ",");
            var grouped = new System.Text.StringBuilder();
            for (var i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0)
                {
                    grouped.Append(group);
                }

                grouped.Append(whole[i]);
            }

            whole = grouped.ToString();
        }

        return (number < 0 ? "-" : "") + whole + (point < 0 ? "" : Setting("number_decimal", ".") + text[(point + 1)..]);
    }

    /// <summary>
    /// The section listings with their titles in their language when its strings file names the section
    /// (<c>section_conditions: Enfermedades</c>); other listings as they are.
    /// </summary>
    public ImmutableArray<Site.Listing> NameSections(ImmutableArray<Site.Listing> listings) =>
        [.. listings.Select(l => l.Kind == Site.ListingKind.Section && Own(l.Language.Length == 0 ? _defaultLanguage : l.Language, "section_" + l.Key.Replace('-', '_')) is { } title
            ? l with { Title = title }
            : l)];

    /// <summary>The strings of every language, for the incremental build's fingerprint of what renders see.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsFiles() =>
        _byLanguage.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => KeyValuePair.Create(PathOf(l.Key), (string?)string.Join("\n", l.Value.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value))));

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>'s own file, or null.</summary>
    public string? Own(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text : null;
}
