using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>site.yml's <c>content_types:</c> (templates, fields, renamed fields) and <c>sections:</c>.</summary>
internal sealed partial class SiteConfigLoader
{
    private ImmutableSortedDictionary<string, ContentType> ReadContentTypes(YamlMapping map)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ContentType>(StringComparer.Ordinal);
        if (_fields.Mapping(map, "content_types", required: true) is not { } types)
        {
            return builder.ToImmutable();
        }

        foreach (var (key, value) in types.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!Patterns.Identifier().IsMatch(key.Value))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, key, $"content type name '{key.Value}' is not a simple name", "use lowercase letters, digits and '-' or '_'");
                continue;
            }

            if (value is not YamlMapping body)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, value, $"content type '{key.Value}' must be a mapping with 'template' and 'fields'", "see the README's site.yml reference");
                continue;
            }

            _fields.UnknownKeys(body, ["template", "fields", "unknown_fields", "field_names"], $"content type '{key.Value}'");
            var template = _fields.String(body, "template") ?? key.Value;
            if (!Patterns.Identifier().IsMatch(template))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, body.Find("template")!.Value, $"template '{template}' is not a simple name", "name a file in templates/layouts/ without '.html', e.g. 'article'");
            }

            var names = ReadFieldNames(body, key.Value);
            builder[key.Value] = new ContentType(key.Value, template, ReadFields(body, key.Value, names), key.Line, key.Column)
            {
                KeepUnknownFields = ReadUnknownFields(body),
                FieldNames = names,
            };
        }

        return builder.ToImmutable();
    }

    private bool ReadUnknownFields(YamlMapping type) =>
        _fields.Enum(type, "unknown_fields", UnknownFields, false, value => $"unknown_fields must be 'error' or 'keep', not '{value}'",
            "write 'unknown_fields: keep' to keep undeclared fields as data for templates");

    // field_names: { aliases: redirect_from } — relevare's field 'aliases' is read from 'redirect_from'.
    private ImmutableSortedDictionary<string, string> ReadFieldNames(YamlMapping type, string typeName)
    {
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (_fields.Mapping(type, "field_names", required: false) is not { } map)
        {
            return names.ToImmutable();
        }

        foreach (var (key, value) in map.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!BuiltInFields.Kinds.ContainsKey(key.Value))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, key, $"'{key.Value}' is not one of relevare's fields, so it cannot be renamed in content type '{typeName}'",
                    Suggestions.Closest(key.Value, BuiltInFields.Kinds.Keys) is { } closest ? $"did you mean '{closest}'?" : "rename built-in fields such as aliases, slug, draft, template or date");
                continue;
            }

            if (key.Value == "type")
            {
                Error(DiagnosticCodes.ConfigInvalidValue, key, "'type' chooses the content type (and so these names): it cannot be renamed", "remove 'type' from field_names");
                continue;
            }

            if (value is not YamlScalar { IsNull: false } name || !FieldName().IsMatch(name.Value))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, value, $"'{key.Value}' must be renamed to a front matter field name", $"write e.g. '{key.Value}: redirect_from'");
                continue;
            }

            if (names.Any(n => n.Value == name.Value) || (BuiltInFields.Kinds.ContainsKey(name.Value) && !map.Entries.Any(e => e.Key.Value == name.Value)))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, name, $"'{name.Value}' already names another of relevare's fields in content type '{typeName}'",
                    $"choose a name the pages do not use for anything else, or rename '{name.Value}' too");
                continue;
            }

            names[key.Value] = name.Value;
        }

        return names.ToImmutable();
    }

    private ImmutableSortedDictionary<string, FieldRule> ReadFields(YamlMapping type, string typeName, ImmutableSortedDictionary<string, string> renamed)
    {
        var names = new ContentType(typeName, "", ImmutableSortedDictionary<string, FieldRule>.Empty, 0, 0) { FieldNames = renamed };
        var fields = ImmutableSortedDictionary.CreateBuilder<string, FieldRule>(StringComparer.Ordinal);
        if (_fields.Mapping(type, "fields", required: false) is not { } map)
        {
            return fields.ToImmutable();
        }

        foreach (var entry in map.Entries)
        {
            var name = entry.Key.Value;
            var rule = entry.Value as YamlMapping;
            if (rule is null && !(entry.Value is YamlScalar scalar && scalar.IsNull))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, $"field '{name}' must be a mapping such as '{{ required: true }}'", "write '{}' for an optional field with no limits");
                continue;
            }

            rule ??= new YamlMapping([], entry.Key.Line, entry.Key.Column);
            _fields.UnknownKeys(rule, ["type", "required", "min_length", "max_length", "max_items"], $"field '{name}'");
            var builtIn = names.BuiltInOf(name);
            if (ReadKinds(rule, name, builtIn) is not { } kinds)
            {
                continue;
            }

            if (builtIn is not null && BuiltInFields.Universal.Contains(builtIn))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, entry.Key, $"'{name}' is allowed on every page and cannot be declared in content type '{typeName}'", $"remove '{name}' from the fields");
                continue;
            }

            fields[name] = new FieldRule(
                name,
                kinds[0],
                _fields.Bool(rule, "required") ?? false,
                _fields.Int(rule, "min_length"),
                _fields.Int(rule, "max_length"),
                _fields.Int(rule, "max_items"))
            {
                Kinds = kinds.Length > 1 ? kinds : [],
            };
        }

        return fields.ToImmutable();
    }

    // The kinds a field accepts: one ('type: string'), or several in order ('type: [string, list]', custom fields only).
    private ImmutableArray<FieldKind>? ReadKinds(YamlMapping rule, string name, string? builtInName)
    {
        if (rule.Find("type") is { Value: YamlSequence several })
        {
            if (builtInName is not null)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, several, $"'{name}' is a built-in field of type {BuiltInFields.NameOf(BuiltInFields.Kinds[builtInName])}", "remove the 'type' line");
                return null;
            }

            var kinds = ImmutableArray.CreateBuilder<FieldKind>();
            foreach (var item in several.Items)
            {
                if (item is not YamlScalar { IsNull: false } text || !BuiltInFields.KindNames.TryGetValue(text.Value, out var one))
                {
                    Error(DiagnosticCodes.ConfigInvalidValue, item, $"'{(item as YamlScalar)?.Value}' is not a field type", "use string, date, bool or list, e.g. 'type: [string, list]'");
                    return null;
                }

                if (!kinds.Contains(one))
                {
                    kinds.Add(one);
                }
            }

            if (kinds.Count == 0)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, several, $"field '{name}' needs at least one type", "write e.g. 'type: [string, list]'");
                return null;
            }

            return kinds.ToImmutable();
        }

        return ReadKind(rule, name, builtInName) is { } kind ? [kind] : null;
    }

    private FieldKind? ReadKind(YamlMapping rule, string name, string? builtInName)
    {
        var builtIn = builtInName is not null ? BuiltInFields.Kinds[builtInName] : (FieldKind?)null;
        var written = _fields.String(rule, "type");
        if (written is null)
        {
            if (builtIn is null)
            {
                Error(DiagnosticCodes.ConfigMissingKey, rule, $"custom field '{name}' needs a type", "add 'type: string' (or date, bool, list, or several: [string, list])");
            }

            return builtIn;
        }

        if (!BuiltInFields.KindNames.TryGetValue(written, out var kind))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, rule.Find("type")!.Value, $"'{written}' is not a field type", "use string, date, bool or list");
            return null;
        }

        if (builtIn is not null && builtIn != kind)
        {
            Error(DiagnosticCodes.ConfigInvalidValue, rule.Find("type")!.Value, $"'{name}' is a built-in field of type {BuiltInFields.NameOf(builtIn.Value)}", "remove the 'type' line");
            return null;
        }

        return kind;
    }

    private ImmutableSortedDictionary<string, string> ReadSections(YamlMapping map, ImmutableSortedDictionary<string, ContentType> types)
    {
        var sections = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (_fields.Mapping(map, "sections", required: true) is not { } entries)
        {
            return sections.ToImmutable();
        }

        foreach (var entry in entries.Entries)
        {
            if (entry.Key.Value.Length > 0 && !Patterns.Identifier().IsMatch(entry.Key.Value))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, entry.Key, $"section '{entry.Key.Value}' is not a folder name under content/", "use the folder's name, e.g. 'conditions', or \"\" for the root");
                continue;
            }

            if (entry.Value is not YamlScalar { IsNull: false } type)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, $"section '{entry.Key.Value}' must name a content type", "e.g. 'conditions: article'");
                continue;
            }

            if (types.Count > 0 && !types.ContainsKey(type.Value))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, type, $"section '{entry.Key.Value}' names unknown content type '{type.Value}'", Suggestions.DidYouMean(type.Value, types.Keys.ToList()));
                continue;
            }

            sections[entry.Key.Value] = type.Value;
        }

        return sections.ToImmutable();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex FieldName();
}
