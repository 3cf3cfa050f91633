using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Relevare.Static.Citations;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Readability;
using Relevare.Static.Yaml;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// Turns a page's front matter (untrusted YAML) into <see cref="PageMetadata"/>, checked against the schema
/// of the page's content type in site.yml. The one place where defaults, coercion and messages live.
/// </summary>
internal sealed partial class FrontMatterValidator
{
    private static readonly SafeYamlReader.Codes YamlCodes = new(
        DiagnosticCodes.FrontMatterSyntax, DiagnosticCodes.FrontMatterUnsafeYaml, DiagnosticCodes.FrontMatterDuplicateKey);

    private readonly SiteConfig _config;

    public FrontMatterValidator(SiteConfig config) => _config = config;

    /// <summary>Validates one page's front matter; null when it has errors (all of them reported).</summary>
    public PageMetadata? Validate(string path, string section, FrontMatterSplit split, List<Diagnostic> diagnostics)
    {
        var first = diagnostics.Count;
        var metadata = Validate(path, section, split, diagnostics, first);
        DiagnosticLevels.ApplyInPlace(_config.Checks, diagnostics, first);
        return metadata;
    }

    private PageMetadata? Validate(string path, string section, FrontMatterSplit split, List<Diagnostic> diagnostics, int first)
    {
        var root = SafeYamlReader.Read(path, split.Yaml, split.YamlFirstLine, YamlCodes, diagnostics);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMapping map)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterNotMapping, At(path, root), "front matter must be a list of 'field: value' lines",
                "write fields such as 'title: Migraine' between the '---' lines"));
            return null;
        }

        var context = new PageContext(path, map, diagnostics);
        var contentType = ResolveType(context, section);
        if (contentType is null)
        {
            return null;
        }

        context.Type = contentType;
        var data = new Dictionary<string, object>(StringComparer.Ordinal);

        // Placeholders and FILL-IN text are reported only for pages that are published (PageRenderStage):
        // a draft is expected to be unfinished.
        var placeholders = new List<Diagnostic>();
        FillInScanner.Scan(path, split.Yaml, split.YamlFirstLine, "front matter", placeholders);
        var values = ReadFields(context, contentType, data, placeholders);
        var present = map.Entries.Select(e => contentType.BuiltInOf(e.Key.Value)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var medical = MedicalFrontMatter.Read(_config.Medical, contentType, values, present, context.LocationOf, diagnostics);

        var slug = values.GetValueOrDefault("slug") as string;
        if (slug is not null && !Patterns.Slug().IsMatch(slug))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidSlug, context.LocationOf("slug"), $"slug '{slug}' is not a valid URL segment",
                "use lowercase letters, digits and single hyphens, e.g. 'ketamine-for-migraine'"));
        }

        var translationKey = values.GetValueOrDefault("translation_key") as string;
        if (translationKey is not null && !TranslationKeyPattern().IsMatch(translationKey))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidTranslationKey, context.LocationOf("translation_key"), $"translation_key '{translationKey}' is not a key",
                "write the path of the default-language page under content/ (e.g. 'conditions/migraine.md') or a short name such as 'migraine': lowercase letters, digits, '-', '_', '.' and '/' between names"));
        }

        var template = values.GetValueOrDefault("template") as string ?? contentType.Template;
        if (!Patterns.Identifier().IsMatch(template))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.FrontMatterUnknownTemplate, context.LocationOf("template"), $"template '{template}' is not a simple name",
                "name a file in templates/layouts/ without '.html', e.g. 'article'"));
        }

        // site.yml's levels decide here, not at the end of the build, whether a finding keeps the page out:
        // 'RS0203: off' keeps a page with an unknown field (the field is left out), as an editor expects.
        DiagnosticLevels.ApplyInPlace(_config.Checks, diagnostics, first);
        if (diagnostics.Skip(first).Any(d => d.IsError))
        {
            return null;
        }

        return new PageMetadata(
            contentType.Name,
            template,
            values.GetValueOrDefault("title") as string ?? "",
            values.GetValueOrDefault("description") as string,
            values.GetValueOrDefault("date") as DateOnly?,
            values.GetValueOrDefault("updated") as DateOnly?,
            values.GetValueOrDefault("reviewed") as DateOnly?,
            values.GetValueOrDefault("reviewer") as string,
            slug,
            values.GetValueOrDefault("draft") as bool? ?? false,
            List(values, "tags"),
            List(values, "conditions"),
            List(values, "aliases"),
            data.ToImmutableSortedDictionary(StringComparer.Ordinal),
            context.Locations())
        {
            Medical = medical,
            Placeholders = [.. placeholders],
            TranslationKey = translationKey,
            AliasLocations = ItemLocations(context, "aliases"),
        };
    }

    private ContentType? ResolveType(PageContext page, string section)
    {
        if (page.Map.Find("type") is { } entry)
        {
            if (entry.Value is not YamlScalar { IsNull: false } scalar)
            {
                page.Error(DiagnosticCodes.FrontMatterWrongType, entry.Value, "'type' must name a content type", "e.g. 'type: article'");
                return null;
            }

            if (_config.ContentTypes.TryGetValue(scalar.Value, out var declared))
            {
                return declared;
            }

            page.Error(DiagnosticCodes.FrontMatterUnknownType, scalar, $"unknown content type '{scalar.Value}'",
                Suggestions.DidYouMean(scalar.Value, _config.ContentTypes.Keys.ToList()));
            return null;
        }

        var name = _config.DefaultTypeFor(section);
        if (name is not null && _config.ContentTypes.TryGetValue(name, out var type))
        {
            return type;
        }

        page.Error(DiagnosticCodes.FrontMatterUnknownType, page.Map, $"pages in '{(section.Length == 0 ? "content/" : "content/" + section + "/")}' have no content type",
            $"add 'type: …' to the front matter, or map the section in site.yml: sections: {{ \"{section}\": article }}");
        return null;
    }

    // Returns relevare's fields by their built-in names; the page's own fields (declared or, with 'unknown_fields:
    // keep', not) go to data by the names the page writes them under. Declared placeholders go to placeholders.
    private static Dictionary<string, object> ReadFields(PageContext page, ContentType type, Dictionary<string, object> data, List<Diagnostic> placeholders)

    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var allowed = type.Fields.Keys.Concat(BuiltInFields.Universal.Select(type.FrontMatterName)).ToList();
        foreach (var entry in page.Map.Entries)
        {
            var name = entry.Key.Value;
            var builtIn = type.BuiltInOf(name);
            FieldRule? rule = type.Fields.GetValueOrDefault(name);
            if (rule is null && builtIn is not null && BuiltInFields.Universal.Contains(builtIn))
            {
                rule = new FieldRule(name, BuiltInFields.Kinds[builtIn], false, null, null, null);
            }

            if (entry.Value is YamlScalar { IsNull: true } && (rule is not null || type.KeepUnknownFields))
            {
                continue;
            }

            if (rule is null && type.KeepUnknownFields)
            {
                data[name] = Plain(entry.Value);
                continue;
            }

            if (rule is null)
            {
                var hint = builtIn is not null
                    ? $"'{name}' is not used by content type '{type.Name}': remove it, or declare it under content_types.{type.Name}.fields in site.yml"
                    : Suggestions.DidYouMean(name, allowed);
                page.Error(DiagnosticCodes.FrontMatterUnknownField, entry.Key, $"unknown field '{name}' for content type '{type.Name}'", hint);
                continue;
            }

            // A declared placeholder counts as written (no "missing field") but has no value: nothing shows it.
            if (entry.Value is YamlMapping && YamlPlaceholder.Of(entry.Value) is { } placeholder)
            {
                placeholders.Add(Diagnostic.Warning(
                    DiagnosticCodes.FrontMatterPlaceholder, At(page.Path, entry.Value),
                    $"'{name}' is a placeholder, not a confirmed value: {placeholder.Describe()}; the page does not show it until it is filled in",
                    (builtIn ?? name) is "reviewed" or "reviewer"
                        ? $"the review is pending: once the reviewer has checked the page, run 'relevare review {page.Path} --reviewer <key>'"
                        : $"write the confirmed value, e.g. '{name}: {Example(rule.Kind)}'"));
                continue;
            }


            if (Convert(page, rule, entry.Value) is { } value && WithinLimits(page, rule, entry.Value, value))
            {
                (builtIn is not null ? values : data)[builtIn ?? name] = value;
            }
        }

        foreach (var rule in type.Fields.Values.Where(r => r.Required && !values.ContainsKey(type.BuiltInOf(r.Name) ?? "") && !data.ContainsKey(r.Name)))
        {
            if (page.Map.Find(rule.Name) is { } present && present.Value is not YamlScalar { IsNull: true })
            {
                continue; // present but invalid (wrong type, bad date, out of limits): already reported
            }

            page.Error(DiagnosticCodes.FrontMatterMissingField, page.Map, $"missing required field '{rule.Name}' (content type '{type.Name}')",
                $"add '{rule.Name}: {Example(rule.Kind)}' to the front matter");
        }

        return values;
    }

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
    private static object? Convert(PageContext page, FieldRule rule, YamlNode node)
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
            var trial = new PageContext(page.Path, page.Map, []);
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

    private static object? ConvertOne(PageContext page, FieldRule rule, YamlNode node)
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
                if (Patterns.IsoDate().IsMatch(date.Value) && DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
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

    private static bool WithinLimits(PageContext page, FieldRule rule, YamlNode node, object value)
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

    // Where the items of the built-in list field are written, in the order List(values, name) gives them (text items only).
    private static ImmutableArray<SourceLocation> ItemLocations(PageContext page, string field) =>
        page.Map.Find(page.Type?.FrontMatterName(field) ?? field)?.Value is YamlSequence sequence
            ? [.. sequence.Items.Where(i => i is YamlScalar { IsNull: false }).Select(i => At(page.Path, i))]
            : [];

    private static ImmutableArray<string> List(Dictionary<string, object> values, string name) =>
        values.GetValueOrDefault(name) is ImmutableArray<string> list ? list : [];

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

    private static SourceLocation At(string path, YamlNode node) => new(path, node.Line, node.Column);

    // Names of folders and files joined by '/': no empty, '.' or '..' segment, no leading or trailing '/'.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$")]
    private static partial Regex TranslationKeyPattern();

    private sealed class PageContext(string path, YamlMapping map, List<Diagnostic> diagnostics)
    {
        /// <summary>The page's content type, once known: it says under which names the built-in fields are written.</summary>
        public ContentType? Type { get; set; }

        public YamlMapping Map => map;

        public string Path => path;

        public List<Diagnostic> Diagnostics => diagnostics;

        public void Error(string code, YamlNode at, string message, string hint) =>
            diagnostics.Add(Diagnostic.Error(code, At(path, at), message, hint));

        /// <summary>Where the built-in field <paramref name="field"/> is written (under its name in the pages), else the front matter.</summary>
        public SourceLocation LocationOf(string field) =>
            map.Find(Type?.FrontMatterName(field) ?? field) is { } entry ? At(path, entry.Value) : new SourceLocation(path, map.Line, map.Column);

        /// <summary>Where each field is written: built-in fields by their built-in names, the page's own by theirs.</summary>
        public ImmutableDictionary<string, SourceLocation> Locations()
        {
            var locations = ImmutableDictionary.CreateBuilder<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                var builtIn = Type?.BuiltInOf(entry.Key.Value);
                var name = builtIn ?? entry.Key.Value;
                if (builtIn is not null || Type is null || !BuiltInFields.Kinds.ContainsKey(name))
                {
                    locations[name] = At(path, entry.Key);
                }
            }

            return locations.ToImmutable();
        }
    }
}
