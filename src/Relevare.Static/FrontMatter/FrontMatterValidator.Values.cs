using System.Collections.Immutable;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Diagnostics;
using Relevare.Static.Readability;
using Relevare.Static.Yaml;

namespace Relevare.Static.FrontMatter;

/// <summary>The values of front matter fields, converted to the kind site.yml declares for them (text, date, true/false, list, or a structured field).</summary>
internal sealed partial class FrontMatterValidator
{
    // A field's value for templates when site.yml does not declare it: text, a list, or a mapping, as written.
    private static object Plain(YamlNode node) => node switch
    {
        YamlSequence sequence when sequence.Items.All(i => i is YamlScalar) => sequence.Items.Select(i => ((YamlScalar)i).Value).ToImmutableArray(),
        YamlSequence sequence => sequence.Items.Select(Plain).ToImmutableArray(),
        YamlMapping mapping => mapping.Entries.GroupBy(e => e.Key.Value, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => Plain(g.Last().Value), StringComparer.Ordinal),
        YamlScalar scalar => scalar.Value,
        _ => "",
    };

    // A field of several kinds takes the first that fits the value: a list for a YAML list, else the first
    // of text, date or true/false that reads it without error. When none does, the first that fits its shape reports why.
    private static object? Convert(FrontMatterContext page, FieldRule rule, YamlNode node)
    {
        if (rule.Kinds.Length <= 1)
        {
            return ConvertOne(page, rule, node);
        }

        var shaped = rule.Kinds.Where(k => node switch
        {
            YamlSequence => k == FieldKind.List,
            YamlScalar => k != FieldKind.List,
            _ => false,
        }).ToList();
        foreach (var kind in shaped)
        {
            var trial = new FrontMatterContext(page.Path, page.Map, []);
            if (ConvertOne(trial, rule with { Kind = kind }, node) is { } value && trial.Diagnostics.Count == 0)
            {
                return value;
            }
        }

        if (shaped.Count > 0)
        {
            return ConvertOne(page, rule with { Kind = shaped[0] }, node);
        }

        var kinds = string.Join(" or ", rule.Kinds.Select(Describe));
        page.Error(DiagnosticCodes.FrontMatterWrongType, node, $"'{rule.Name}' must be {kinds}", $"write '{rule.Name}: {Example(rule.Kinds[0])}'");
        return null;
    }

    private static object? ConvertOne(FrontMatterContext page, FieldRule rule, YamlNode node)
    {
        switch (rule.Kind)
        {
            case FieldKind.Text when node is YamlScalar scalar:
                return scalar.Value;
            case FieldKind.Bool when node is YamlScalar { IsPlain: true, Value: "true" or "false" } flag:
                return flag.Value == "true";
            case FieldKind.Bool:
                page.Error(DiagnosticCodes.FrontMatterWrongType, node, $"'{rule.Name}' must be true or false", $"write '{rule.Name}: true' or '{rule.Name}: false' (not yes/no/on/off, no quotes)");
                return null;
            case FieldKind.Date when node is YamlScalar date:
                if (FieldReader.Date(date.Value) is { } parsed)
                {
                    return parsed;
                }

                var problem = Patterns.IsoDate().IsMatch(date.Value) ? "which is not a day of the calendar" : "not a date written YYYY-MM-DD";
                page.Error(DiagnosticCodes.FrontMatterInvalidDate, node, $"'{rule.Name}' is '{date.Value}', {problem}", $"write e.g. '{rule.Name}: 2026-11-25'");
                return null;
            case FieldKind.References:
                return ReferenceReader.Read(page.Path, node, page.Diagnostics);
            case FieldKind.ReadabilityExemption:
                return ReadabilityExemptionReader.Read(page.Path, node, page.Diagnostics);
            case FieldKind.TranslationOf:
                return TranslationRecordReader.Read(page.Path, node, page.Diagnostics);
            case FieldKind.List when node is YamlSequence sequence:
                var items = ImmutableArray.CreateBuilder<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } text)
                    {
                        items.Add(text.Value);
                    }
                    else
                    {
                        page.Error(DiagnosticCodes.FrontMatterWrongType, item, $"every item of '{rule.Name}' must be text", "write items like '- migraine'");
                    }
                }

                return items.ToImmutable();
            default:
                page.Error(DiagnosticCodes.FrontMatterWrongType, node, $"'{rule.Name}' must be {Describe(rule.Kind)}", $"write '{rule.Name}: {Example(rule.Kind)}'");
                return null;
        }
    }

    private static bool WithinLimits(FrontMatterContext page, FieldRule rule, YamlNode node, object value)
    {
        string? problem = value switch
        {
            string text when rule.MaxLength is { } max && text.Length > max => $"'{rule.Name}' is {text.Length} characters long; the limit is {max}",
            string text when rule.MinLength is { } min && text.Trim().Length < min => $"'{rule.Name}' is {text.Trim().Length} characters long; at least {min} are needed",
            ImmutableArray<string> list when rule.MaxItems is { } maxItems && list.Length > maxItems => $"'{rule.Name}' has {list.Length} items; the limit is {maxItems}",
            _ => null,
        };
        if (problem is null)
        {
            return true;
        }

        page.Error(DiagnosticCodes.FrontMatterOutOfLimits, node, problem, value is string ? "shorten or lengthen the text to fit (site.yml sets the limits)" : "remove some items");
        return false;
    }

    private static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.Text => "text",
        FieldKind.Date => "a date (YYYY-MM-DD)",
        FieldKind.Bool => "true or false",
        _ => "a list",
    };

    private static string Example(FieldKind kind) => kind switch
    {
        FieldKind.Text => "…",
        FieldKind.Date => "2026-11-25",
        FieldKind.Bool => "true",
        _ => "[first, second]",
    };
}
