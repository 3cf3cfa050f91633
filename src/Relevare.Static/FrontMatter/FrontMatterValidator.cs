using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Configuration;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
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

    private static readonly ImmutableSortedDictionary<string, object> NoExtra = ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal);

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

        var context = new FrontMatterContext(path, map, diagnostics);
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
        var medical = MedicalFrontMatter.Read(_config.Medical, contentType, values, context, diagnostics);

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
        for (var i = first; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].IsError)
            {
                return null;
            }
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
            data.Count == 0 ? NoExtra : data.ToImmutableSortedDictionary(StringComparer.Ordinal),
            context.Locations())
        {
            Medical = medical,
            Placeholders = [.. placeholders],
            TranslationKey = translationKey,
            AliasLocations = ItemLocations(context, "aliases"),
        };
    }

    private ContentType? ResolveType(FrontMatterContext page, string section)
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
    private static Dictionary<string, object> ReadFields(FrontMatterContext page, ContentType type, Dictionary<string, object> data, List<Diagnostic> placeholders)

    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
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
                    : Suggestions.DidYouMean(name, [.. type.Fields.Keys, .. BuiltInFields.Universal.Select(type.FrontMatterName)]);
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

        foreach (var (_, rule) in type.Fields)
        {
            if (!rule.Required || values.ContainsKey(type.BuiltInOf(rule.Name) ?? "") || data.ContainsKey(rule.Name))
            {
                continue;
            }

            if (page.Map.Find(rule.Name) is { } present && present.Value is not YamlScalar { IsNull: true })
            {
                continue; // present but invalid (wrong type, bad date, out of limits): already reported
            }

            page.Error(DiagnosticCodes.FrontMatterMissingField, page.Map, $"missing required field '{rule.Name}' (content type '{type.Name}')",
                $"add '{rule.Name}: {Example(rule.Kind)}' to the front matter");
        }

        return values;
    }

    // Where the items of the built-in list field are written, in the order List(values, name) gives them (text items only).
    private static ImmutableArray<SourceLocation> ItemLocations(FrontMatterContext page, string field) =>
        page.Map.Find(page.Type?.FrontMatterName(field) ?? field)?.Value is YamlSequence sequence
            ? [.. sequence.Items.Where(i => i is YamlScalar { IsNull: false }).Select(i => At(page.Path, i))]
            : [];

    private static ImmutableArray<string> List(Dictionary<string, object> values, string name) =>
        values.GetValueOrDefault(name) is ImmutableArray<string> list ? list : [];

    private static SourceLocation At(string path, YamlNode node) => new(path, node.Line, node.Column);

    // Names of folders and files joined by '/': no empty, '.' or '..' segment, no leading or trailing '/'.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*$")]
    private static partial Regex TranslationKeyPattern();
}
