using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Checks;
using Relevare.Static.Diagnostics;
using Relevare.Static.Medical;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>Reads and validates <c>site.yml</c>. Every mistake is reported at <c>site.yml:line:col</c> (exit code 2).</summary>
internal sealed partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly SafeYamlReader.Codes YamlCodes = new(
        DiagnosticCodes.ConfigSyntax, DiagnosticCodes.ConfigInvalidValue, DiagnosticCodes.ConfigInvalidValue);

    private static readonly string[] TopLevelKeys =
        ["title", "description", "base_url", "language", "clinic", "markdown", "sections", "content_types", "checks", "medical", "publishing", "images"];

    private readonly List<Diagnostic> _diagnostics;

    private SiteConfigLoader(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    /// <summary>Validates the text of site.yml; null when it is unusable (diagnostics say why).</summary>
    public static SiteConfig? Load(string text, List<Diagnostic> diagnostics) =>
        new SiteConfigLoader(diagnostics).Load(text);

    private SiteConfig? Load(string text)
    {
        var errorsBefore = _diagnostics.Count(d => d.IsError);
        var root = SafeYamlReader.Read(FileName, text, 1, YamlCodes, _diagnostics);
        if (root is null)
        {
            return null;
        }

        if (root is not YamlMapping map)
        {
            Error(DiagnosticCodes.ConfigInvalidValue, root, "site.yml must be a mapping of settings (key: value)", "start with 'title: My site'");
            return null;
        }

        CheckKeys(map, TopLevelKeys, "site.yml");
        var title = RequiredString(map, "title") ?? "";
        var description = OptionalString(map, "description") ?? "";
        var baseUrl = ReadBaseUrl(map);
        var language = ReadLanguage(map);
        var clinic = ReadClinic(map);
        var allowHtml = ReadMarkdown(map);
        var contentTypes = ReadContentTypes(map);
        var sections = ReadSections(map, contentTypes);
        var checks = ReadChecks(map);
        var medical = MedicalSettingsReader.Read(map.Find("medical"), contentTypes, _diagnostics);
        var publishing = ReadPublishing(map, clinic);
        var images = ReadImages(map);

        return _diagnostics.Count(d => d.IsError) > errorsBefore
            ? null
            : new SiteConfig(title, description, baseUrl!, language, clinic, allowHtml, sections, contentTypes) { Checks = checks, Medical = medical, Publishing = publishing, Images = images };
    }

    private ImmutableSortedDictionary<string, CheckLevel> ReadChecks(YamlMapping map)
    {
        var levels = ImmutableSortedDictionary.CreateBuilder<string, CheckLevel>(StringComparer.Ordinal);
        if (Mapping(map, "checks", required: false) is not { } checks)
        {
            return levels.ToImmutable();
        }

        foreach (var (key, value) in checks.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!CheckRules.All.ContainsKey(key.Value))
            {
                Error(DiagnosticCodes.ConfigUnknownKey, key, $"unknown check '{key.Value}'", Suggestions.DidYouMean(key.Value, CheckRules.All.Keys.ToList()));
                continue;
            }

            CheckLevel? level = value is YamlScalar { IsPlain: true } scalar
                ? scalar.Value switch { "error" => CheckLevel.Error, "warning" => CheckLevel.Warning, "off" => CheckLevel.Off, _ => null }
                : null;
            if (level is null)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, value, $"the level of {key.Value} must be error, warning or off", $"write '{key.Value}: warning'");
                continue;
            }

            levels[key.Value] = level.Value;
        }

        return levels.ToImmutable();
    }

    private Uri? ReadBaseUrl(YamlMapping map)
    {
        var entry = map.Find("base_url");
        var text = RequiredString(map, "base_url");
        if (text is null || entry is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, $"base_url '{text}' is not an absolute http(s) URL", "write it like 'https://www.example.com/'");
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private string ReadLanguage(YamlMapping map)
    {
        var language = OptionalString(map, "language") ?? "en";
        if (!LanguageTag().IsMatch(language))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, map.Find("language")!.Value, $"language '{language}' is not a language tag", "use a tag such as 'en' or 'en-GB'");
        }

        return language;
    }

    private ClinicInfo ReadClinic(YamlMapping map)
    {
        if (Mapping(map, "clinic", required: true) is not { } clinic)
        {
            return new ClinicInfo("", null, null);
        }

        CheckKeys(clinic, ["name", "phone", "address"], "clinic");
        var phone = OptionalString(clinic, "phone");
        if (phone is not null && !PhoneNumber().IsMatch(phone))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, clinic.Find("phone")!.Value, $"phone '{phone}' is not a phone number", "use digits, spaces, '-', '(', ')' and a leading '+', e.g. '+1 555 0100'");
        }

        return new ClinicInfo(RequiredString(clinic, "name") ?? "", phone, OptionalString(clinic, "address"));
    }

    private bool ReadMarkdown(YamlMapping map)
    {
        if (Mapping(map, "markdown", required: false) is not { } markdown)
        {
            return false;
        }

        CheckKeys(markdown, ["allow_html"], "markdown");
        if (markdown.Find("allow_html") is not { } entry)
        {
            return false;
        }

        if (entry.Value is YamlScalar { IsPlain: true, Value: "true" or "false" } flag)
        {
            return flag.Value == "true";
        }

        Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, "allow_html must be true or false", "write 'allow_html: false'");
        return false;
    }

    private PublishingConfig? ReadPublishing(YamlMapping map, ClinicInfo clinic)
    {
        var entry = map.Find("publishing");
        if (entry is null)
        {
            return null;
        }

        // "publishing:" with nothing under it turns publishing on with every default.
        var block = entry.Value is YamlScalar { IsNull: true } ? new YamlMapping([], entry.Key.Line, entry.Key.Column) : Mapping(map, "publishing", required: false);
        if (block is null)
        {
            return null;
        }

        CheckKeys(block, ["page_size", "icon", "short_name", "theme_color", "background_color"], "publishing");
        var pageSize = ReadInt(block, "page_size") ?? PublishingConfig.DefaultPageSize;
        if (pageSize is < 1 or > 1000)
        {
            Error(DiagnosticCodes.ConfigInvalidValue, block.Find("page_size")!.Value, $"page_size must be between 1 and 1000, not {pageSize}", "write 'page_size: 10'");
        }

        var icon = OptionalString(block, "icon");
        if (icon is not null && (!icon.StartsWith("/assets/", StringComparison.Ordinal) || icon.Contains("..", StringComparison.Ordinal)))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, block.Find("icon")!.Value, $"icon '{icon}' is not the URL of a file in assets/", "write it like '/assets/favicon.svg'");
        }

        var location = new SourceLocation(FileName, entry.Key.Line, entry.Key.Column);
        var iconLocation = block.Find("icon") is { } iconEntry ? new SourceLocation(FileName, iconEntry.Value.Line, iconEntry.Value.Column) : location;
        return new PublishingConfig(
            pageSize,
            icon,
            OptionalString(block, "short_name") ?? clinic.Name,
            Colour(block, "theme_color") ?? "#ffffff",
            Colour(block, "background_color") ?? "#ffffff",
            location,
            iconLocation);
    }

    private string? Colour(YamlMapping map, string key)
    {
        var value = OptionalString(map, key);
        if (value is not null && !HexColour().IsMatch(value))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, map.Find(key)!.Value, $"{key} '{value}' is not a colour written #rrggbb", $"write e.g. '{key}: \"#0f4c5c\"' (quoted: YAML reads # as a comment)");
            return null;
        }

        return value;
    }

    private ImmutableSortedDictionary<string, ContentType> ReadContentTypes(YamlMapping map)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ContentType>(StringComparer.Ordinal);
        if (Mapping(map, "content_types", required: true) is not { } types)
        {
            return builder.ToImmutable();
        }

        foreach (var (key, value) in types.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!Identifier().IsMatch(key.Value))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, key, $"content type name '{key.Value}' is not a simple name", "use lowercase letters, digits and '-' or '_'");
                continue;
            }

            if (value is not YamlMapping body)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, value, $"content type '{key.Value}' must be a mapping with 'template' and 'fields'", "see the README's site.yml reference");
                continue;
            }

            CheckKeys(body, ["template", "fields"], $"content type '{key.Value}'");
            var template = OptionalString(body, "template") ?? key.Value;
            if (!Identifier().IsMatch(template))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, body.Find("template")!.Value, $"template '{template}' is not a simple name", "name a file in templates/layouts/ without '.html', e.g. 'article'");
            }

            builder[key.Value] = new ContentType(key.Value, template, ReadFields(body, key.Value), key.Line, key.Column);
        }

        return builder.ToImmutable();
    }

    private ImmutableSortedDictionary<string, FieldRule> ReadFields(YamlMapping type, string typeName)
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, FieldRule>(StringComparer.Ordinal);
        if (Mapping(type, "fields", required: false) is not { } map)
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
            CheckKeys(rule, ["type", "required", "min_length", "max_length", "max_items"], $"field '{name}'");
            var kind = ReadKind(rule, name);
            if (kind is null)
            {
                continue;
            }

            if (BuiltInFields.Universal.Contains(name))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, entry.Key, $"'{name}' is allowed on every page and cannot be declared in content type '{typeName}'", $"remove '{name}' from the fields");
                continue;
            }

            fields[name] = new FieldRule(
                name,
                kind.Value,
                ReadBool(rule, "required") ?? false,
                ReadInt(rule, "min_length"),
                ReadInt(rule, "max_length"),
                ReadInt(rule, "max_items"));
        }

        return fields.ToImmutable();
    }

    private FieldKind? ReadKind(YamlMapping rule, string name)
    {
        var builtIn = BuiltInFields.Kinds.TryGetValue(name, out var fixedKind) ? fixedKind : (FieldKind?)null;
        var written = OptionalString(rule, "type");
        if (written is null)
        {
            if (builtIn is null)
            {
                Error(DiagnosticCodes.ConfigMissingKey, rule, $"custom field '{name}' needs a type", "add 'type: string' (or date, bool, list)");
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
        if (Mapping(map, "sections", required: true) is not { } entries)
        {
            return sections.ToImmutable();
        }

        foreach (var entry in entries.Entries)
        {
            if (entry.Key.Value.Length > 0 && !Identifier().IsMatch(entry.Key.Value))
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

    private void CheckKeys(YamlMapping map, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var entry in map.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            Error(DiagnosticCodes.ConfigUnknownKey, entry.Key, $"unknown setting '{entry.Key.Value}' in {where}", Suggestions.DidYouMean(entry.Key.Value, allowed));
        }
    }

    private YamlMapping? Mapping(YamlMapping map, string key, bool required)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            if (required)
            {
                Error(DiagnosticCodes.ConfigMissingKey, map, $"site.yml has no '{key}'", $"add a '{key}:' mapping (see the README's site.yml reference)");
            }

            return null;
        }

        if (entry.Value is YamlMapping mapping)
        {
            return mapping;
        }

        Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, $"'{key}' must be a mapping (indented 'key: value' lines)", "indent its settings under it by two spaces");
        return null;
    }

    private string? RequiredString(YamlMapping map, string key)
    {
        var value = OptionalString(map, key);
        if (value is null && map.Find(key) is null)
        {
            Error(DiagnosticCodes.ConfigMissingKey, map, $"missing setting '{key}'", $"add '{key}: …'");
        }

        return value;
    }

    private string? OptionalString(YamlMapping map, string key)
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

        Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, $"'{key}' must be text, not a list or mapping", $"write '{key}: some text'");
        return null;
    }

    private bool? ReadBool(YamlMapping map, string key)
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

        Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, $"'{key}' must be true or false", $"write '{key}: true'");
        return null;
    }

    private int? ReadInt(YamlMapping map, string key)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return null;
        }

        if (entry.Value is YamlScalar { IsPlain: true } scalar && PositiveInteger().IsMatch(scalar.Value) && int.TryParse(scalar.Value, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, $"'{key}' must be a whole number", $"write '{key}: 160'");
        return null;
    }

    private void Error(string code, YamlNode at, string message, string hint) =>
        _diagnostics.Add(Diagnostic.Error(code, new SourceLocation(FileName, at.Line, at.Column), message, hint));

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^\+?[0-9 ()\-.]{3,30}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();

    [GeneratedRegex("^(0|[1-9][0-9]{0,8})$")]
    private static partial Regex PositiveInteger();
}
