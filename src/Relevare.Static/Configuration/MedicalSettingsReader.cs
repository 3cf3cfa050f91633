using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Html.Parser;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>
/// Reads site.yml's <c>medical:</c> mapping into <see cref="MedicalSettings"/>. Mistakes are configuration errors
/// (RS0103–RS0105, at <c>site.yml:line:col</c>), like every other site.yml problem.
/// </summary>
internal static class MedicalSettingsReader
{
    private static readonly string[] Keys =
    [
        "health_types", "review_interval_months", "review_warning_days", "readability_target_grade",
        "readability_target_inflesz", "disclaimer_selector", "risky_phrases",
    ];

    // The fields a health page needs to be dated and attributed; without them its content type cannot hold them.
    private static readonly string[] HealthFields = ["reviewed", "reviewer"];

    /// <summary>Reads the <c>medical:</c> section of <paramref name="site"/>; null when there is none (or it is not a mapping: reported).</summary>
    public static MedicalSettings? Read(YamlMapping site, ImmutableSortedDictionary<string, ContentType> contentTypes, FieldReader fields)
    {
        if (site.Find("medical") is null
            || fields.Mapping(site, "medical", required: false, "indent its settings under it by two spaces, e.g. '  health_types: [article]'") is not { } map)
        {
            return null;
        }

        fields.UnknownKeys(map, Keys, "medical");
        return new MedicalSettings(
            ReadHealthTypes(map, contentTypes, fields),
            fields.Int(map, "review_interval_months", 1, 120, MedicalSettings.DefaultReviewIntervalMonths),
            fields.Int(map, "review_warning_days", 0, 366, MedicalSettings.DefaultReviewWarningDays),
            ReadScore(map, "readability_target_grade", 1, 20, MedicalSettings.DefaultReadabilityTargetGrade, "a school grade from 1 to 20 (e.g. 8 or 7.5)", fields),
            ReadSelector(map, fields),
            ReadPhrases(map, fields))
        {
            ReadabilityTargetInflesz = ReadScore(map, "readability_target_inflesz", 1, 99, MedicalSettings.DefaultReadabilityTargetInflesz, "an INFLESZ score from 1 to 99 (55 is the start of \"normal\")", fields),
        };
    }

    private static ImmutableSortedSet<string> ReadHealthTypes(YamlMapping map, ImmutableSortedDictionary<string, ContentType> contentTypes, FieldReader fields)
    {
        if (map.Find("health_types") is null)
        {
            fields.Error(DiagnosticCodes.ConfigMissingKey, map, "missing setting 'health_types' in medical", "name the content types of health pages, e.g. 'health_types: [article]'");
            return [];
        }

        var names = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var item in fields.TextList(map, "health_types"))
        {
            if (contentTypes.Count > 0 && !contentTypes.TryGetValue(item.Value, out var type))
            {
                fields.Invalid(item, $"health_types names unknown content type '{item.Value}'", Suggestions.DidYouMean(item.Value, contentTypes.Keys.ToList()));
                continue;
            }

            if (contentTypes.TryGetValue(item.Value, out type))
            {
                foreach (var field in HealthFields.Where(f => !type.Fields.ContainsKey(type.FrontMatterName(f))))
                {
                    fields.Invalid(item, $"content type '{item.Value}' holds health pages, so it must declare the field '{field}'",
                        $"add '{field}: {{ required: true }}' under content_types.{item.Value}.fields");
                }
            }

            names.Add(item.Value);
        }

        return names.ToImmutable();
    }

    // A readability target: a plain number (one decimal at most) from min to max, or the default when absent.
    private static double ReadScore(YamlMapping map, string key, double min, double max, double fallback, string what, FieldReader fields)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return fallback;
        }

        if (entry.Value is YamlScalar { IsPlain: true } scalar && Patterns.Grade().IsMatch(scalar.Value)
            && double.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && score >= min && score <= max)
        {
            return score;
        }

        fields.Invalid(entry.Value, $"'{key}' must be {what}", $"write e.g. '{key}: {fallback.ToString(CultureInfo.InvariantCulture)}'");
        return fallback;
    }

    private static string ReadSelector(YamlMapping map, FieldReader fields)
    {
        var entry = map.Find("disclaimer_selector");
        if (entry is null)
        {
            return MedicalSettings.DefaultDisclaimerSelector;
        }

        if (entry.Value is YamlScalar { IsNull: false } scalar && IsSelector(scalar.Value))
        {
            return scalar.Value;
        }

        fields.Invalid(entry.Value, "'disclaimer_selector' must be a CSS selector", "write e.g. 'disclaimer_selector: \".disclaimer\"' (in quotes)");
        return MedicalSettings.DefaultDisclaimerSelector;
    }

    private static ImmutableArray<string> ReadPhrases(YamlMapping map, FieldReader fields) =>
        map.Find("risky_phrases") is null
            ? MedicalSettings.DefaultRiskyPhrases
            : [.. fields.TextList(map, "risky_phrases").Select(s => s.Value.Trim()).Where(s => s.Length > 0)];

    private static bool IsSelector(string selector)
    {
        try
        {
            new HtmlParser().ParseDocument("<p></p>").QuerySelector(selector);
            return true;
        }
        catch (AngleSharp.Dom.DomException)
        {
            return false;
        }
    }
}
