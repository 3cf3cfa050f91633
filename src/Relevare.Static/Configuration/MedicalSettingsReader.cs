using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>
/// Reads site.yml's <c>medical:</c> mapping into <see cref="MedicalSettings"/>. Mistakes are configuration errors
/// (RS0103–RS0105, at <c>site.yml:line:col</c>), like every other site.yml problem.
/// </summary>
internal static partial class MedicalSettingsReader
{
    private static readonly string[] Keys =
    [
        "health_types", "review_interval_months", "review_warning_days", "readability_target_grade",
        "readability_target_inflesz", "disclaimer_selector", "risky_phrases",
    ];

    // The fields a health page needs to be dated and attributed; without them its content type cannot hold them.
    private static readonly string[] HealthFields = ["reviewed", "reviewer"];

    /// <summary>Reads the section; null when <paramref name="entry"/> is null (the site has no medical section).</summary>
    public static MedicalSettings? Read(YamlEntry? entry, ImmutableSortedDictionary<string, ContentType> contentTypes, List<Diagnostic> diagnostics)
    {
        if (entry is null)
        {
            return null;
        }

        if (entry.Value is not YamlMapping map)
        {
            Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, entry.Value, "'medical' must be a mapping (indented 'key: value' lines)", "indent its settings under it by two spaces, e.g. '  health_types: [article]'");
            return null;
        }

        foreach (var unknown in map.Entries.Where(e => !Keys.Contains(e.Key.Value)))
        {
            Error(diagnostics, DiagnosticCodes.ConfigUnknownKey, unknown.Key, $"unknown setting '{unknown.Key.Value}' in medical", Suggestions.DidYouMean(unknown.Key.Value, Keys));
        }

        return new MedicalSettings(
            ReadHealthTypes(map, contentTypes, diagnostics),
            ReadInt(map, "review_interval_months", MedicalSettings.DefaultReviewIntervalMonths, 1, 120, diagnostics),
            ReadInt(map, "review_warning_days", MedicalSettings.DefaultReviewWarningDays, 0, 366, diagnostics),
            ReadScore(map, "readability_target_grade", 1, 20, MedicalSettings.DefaultReadabilityTargetGrade, "a school grade from 1 to 20 (e.g. 8 or 7.5)", diagnostics),
            ReadSelector(map, diagnostics),
            ReadPhrases(map, diagnostics))
        {
            ReadabilityTargetInflesz = ReadScore(map, "readability_target_inflesz", 1, 99, MedicalSettings.DefaultReadabilityTargetInflesz, "an INFLESZ score from 1 to 99 (55 is the start of \"normal\")", diagnostics),
        };
    }

    private static ImmutableSortedSet<string> ReadHealthTypes(YamlMapping map, ImmutableSortedDictionary<string, ContentType> contentTypes, List<Diagnostic> diagnostics)
    {
        var entry = map.Find("health_types");
        if (entry is null)
        {
            Error(diagnostics, DiagnosticCodes.ConfigMissingKey, map, "missing setting 'health_types' in medical", "name the content types of health pages, e.g. 'health_types: [article]'");
            return [];
        }

        var names = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var item in Items(entry, diagnostics))
        {
            if (contentTypes.Count > 0 && !contentTypes.TryGetValue(item.Value, out var type))
            {
                Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, item, $"health_types names unknown content type '{item.Value}'", Suggestions.DidYouMean(item.Value, contentTypes.Keys.ToList()));
                continue;
            }

            if (contentTypes.TryGetValue(item.Value, out type))
            {
                foreach (var field in HealthFields.Where(f => !type.Fields.ContainsKey(type.FrontMatterName(f))))
                {
                    Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, item, $"content type '{item.Value}' holds health pages, so it must declare the field '{field}'",
                        $"add '{field}: {{ required: true }}' under content_types.{item.Value}.fields");
                }
            }

            names.Add(item.Value);
        }

        return names.ToImmutable();
    }

    private static int ReadInt(YamlMapping map, string key, int fallback, int min, int max, List<Diagnostic> diagnostics)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return fallback;
        }

        if (entry.Value is YamlScalar { IsPlain: true } scalar && WholeNumber().IsMatch(scalar.Value)
            && int.TryParse(scalar.Value, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, entry.Value, $"'{key}' must be a whole number from {min} to {max}", $"write e.g. '{key}: {fallback}'");
        return fallback;
    }

    // A readability target: a plain number (one decimal at most) from min to max, or the default when absent.
    private static double ReadScore(YamlMapping map, string key, double min, double max, double fallback, string what, List<Diagnostic> diagnostics)
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

        Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, entry.Value, $"'{key}' must be {what}", $"write e.g. '{key}: {fallback.ToString(CultureInfo.InvariantCulture)}'");
        return fallback;
    }

    private static string ReadSelector(YamlMapping map, List<Diagnostic> diagnostics)
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

        Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, entry.Value, "'disclaimer_selector' must be a CSS selector", "write e.g. 'disclaimer_selector: \".disclaimer\"' (in quotes)");
        return MedicalSettings.DefaultDisclaimerSelector;
    }

    private static ImmutableArray<string> ReadPhrases(YamlMapping map, List<Diagnostic> diagnostics)
    {
        var entry = map.Find("risky_phrases");
        if (entry is null)
        {
            return MedicalSettings.DefaultRiskyPhrases;
        }

        var phrases = Items(entry, diagnostics).Select(s => s.Value.Trim()).Where(s => s.Length > 0).ToImmutableArray();
        return phrases;
    }

    // A list of text items; anything else is reported once.
    private static List<YamlScalar> Items(YamlEntry entry, List<Diagnostic> diagnostics)
    {
        if (entry.Value is not YamlSequence sequence)
        {
            Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, entry.Value, $"'{entry.Key.Value}' must be a list", $"write '{entry.Key.Value}: [first, second]'");
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
                Error(diagnostics, DiagnosticCodes.ConfigInvalidValue, item, $"every item of '{entry.Key.Value}' must be text", "write items like '- article'");
            }
        }

        return items;
    }

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

    private static void Error(List<Diagnostic> diagnostics, string code, YamlNode at, string message, string hint) =>
        diagnostics.Add(Diagnostic.Error(code, new SourceLocation(SiteConfigLoader.FileName, at.Line, at.Column), message, hint));

    [GeneratedRegex("^[0-9]{1,4}$")]
    private static partial Regex WholeNumber();
}
