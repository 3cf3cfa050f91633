using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>Reads and validates <c>site.yml</c>. Every mistake is reported at <c>site.yml:line:col</c> (exit code 2).</summary>
internal sealed partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly SafeYamlReader.Codes YamlCodes = new(
        DiagnosticCodes.ConfigSyntax, DiagnosticCodes.ConfigInvalidValue, DiagnosticCodes.ConfigInvalidValue);

    private static readonly string[] TopLevelKeys =
        ["title", "description", "base_url", "language", "clinic", "markdown", "sections", "content_types", "checks", "medical", "publishing", "file_names", "images", "languages"];

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
        ReportPlaceholders(map, "");
        var title = RequiredString(map, "title") ?? "";
        var description = OptionalString(map, "description") ?? "";
        var baseUrl = ReadBaseUrl(map);
        var language = ReadLanguage(map);
        var clinic = ReadClinic(map);
        var (allowHtml, rawHtml) = ReadMarkdown(map);
        var linkSchemes = ReadLinkSchemes(map);
        var slugify = ReadFileNames(map);
        var contentTypes = ReadContentTypes(map);
        var sections = ReadSections(map, contentTypes);
        var languages = ReadLanguages(map, language, sections.Keys.ToList());
        var checks = ReadChecks(map);
        var medical = MedicalSettingsReader.Read(map.Find("medical"), contentTypes, _diagnostics);
        var publishing = ReadPublishing(map, clinic);
        var images = ReadImages(map);

        return _diagnostics.Count(d => d.IsError) > errorsBefore
            ? null
            : new SiteConfig(title, description, baseUrl!, language, clinic, allowHtml, sections, contentTypes)
            {
                Checks = checks,
                Medical = medical,
                Publishing = publishing,
                LinkSchemes = linkSchemes,
                SlugifyFileNames = slugify,
                RawHtml = rawHtml,
                Images = images,
                Languages = languages,
                BaseUrlLocation = BaseUrlLocation ?? SourceLocation.File(FileName),
            };

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
            if (!DiagnosticLevels.All.TryGetValue(key.Value, out var rule))
            {
                Error(DiagnosticCodes.ConfigUnknownKey, key, $"unknown diagnostic code '{key.Value}'", Suggestions.DidYouMean(key.Value, DiagnosticLevels.All.Keys.ToList()));
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

            // Codes that protect patients and the output stay errors: saying so (error) is fine, relaxing them is not.
            if (rule.FixedBecause is { } reason && level.Value != rule.Default)
            {
                Error(DiagnosticCodes.ConfigInvalidValue, value, $"the level of {key.Value} cannot be changed: {reason}", $"remove '{key.Value}: {ScalarText(value)}' from checks: and fix what it reports");
                continue;
            }

            levels[key.Value] = level.Value;
        }

        return levels.ToImmutable();

        static string ScalarText(YamlNode node) => node is YamlScalar scalar ? scalar.Value : "…";
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

        var baseUrl = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        BaseUrlLocation = new SourceLocation(FileName, entry.Value.Line, entry.Value.Column);
        return baseUrl;
    }

    private SourceLocation? BaseUrlLocation { get; set; }

    private string ReadLanguage(YamlMapping map)
    {
        var language = OptionalString(map, "language") ?? "en";
        if (!Patterns.SiteLanguageTag().IsMatch(language))
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
        var (phone, phoneIsPlaceholder) = Contact(clinic, "phone");
        var (address, addressIsPlaceholder) = Contact(clinic, "address");
        DiallableNumber? number = null;
        if (phone is not null && !phoneIsPlaceholder)
        {
            (number, var problem) = PhoneNumberRules.Parse(phone);
            if (number is null)
            {
                Error(DiagnosticCodes.ClinicPhoneNotDiallable, clinic.Find("phone")!.Value, $"the clinic's phone '{phone}' cannot be dialled: {problem}",
                    "write the clinic's real number with its country code, e.g. '+1 617 555 0142'; if the clinic has not confirmed it yet, declare it: phone: { placeholder: \"…\", why: \"…\" }");
            }
        }

        return new ClinicInfo(RequiredString(clinic, "name") ?? "", number?.National ?? phone, address)
        {
            Number = number,
            PhoneIsPlaceholder = phoneIsPlaceholder,
            AddressIsPlaceholder = addressIsPlaceholder,
        };
    }

    // A contact detail: text, or a declared placeholder (reported by ReportPlaceholders) whose stand-in text is kept.
    private (string? Value, bool IsPlaceholder) Contact(YamlMapping clinic, string key) =>
        clinic.Find(key)?.Value is YamlMapping value && YamlPlaceholder.Of(value) is { } placeholder
            ? (placeholder.Value, true)
            : OptionalString(clinic, key) is { } text ? (text, YamlPlaceholder.Of(clinic.Find(key)!.Value) is not null) : (null, false);

    // Every placeholder in site.yml, wherever it is written, is one warning (an error under --strict).
    private void ReportPlaceholders(YamlNode node, string path)
    {
        if (YamlPlaceholder.Of(node) is { } placeholder)
        {
            _diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.ConfigPlaceholder, new SourceLocation(FileName, node.Line, node.Column),
                $"{path} is a placeholder, not a confirmed value: {placeholder.Describe()}",
                $"replace it with the value the clinic has confirmed (docs/editors-guide.md, \"Placeholders\"); until then the site must not go live"));
            return;
        }

        switch (node)
        {
            case YamlMapping map:
                foreach (var entry in map.Entries)
                {
                    ReportPlaceholders(entry.Value, path.Length == 0 ? entry.Key.Value : path + "." + entry.Key.Value);
                }

                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    ReportPlaceholders(item, path);
                }

                break;
        }
    }

    private (bool AllowHtml, DiagnosticSeverity RawHtml) ReadMarkdown(YamlMapping map)
    {
        if (Mapping(map, "markdown", required: false) is not { } markdown)
        {
            return (false, DiagnosticSeverity.Error);
        }

        CheckKeys(markdown, ["allow_html", "raw_html", "link_schemes"], "markdown");
        var rawHtml = DiagnosticSeverity.Error;
        if (markdown.Find("raw_html") is { } level)
        {
            if (level.Value is YamlScalar { IsPlain: true, Value: "error" or "warning" } scalar)
            {
                rawHtml = scalar.Value == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            }
            else
            {
                Error(DiagnosticCodes.ConfigInvalidValue, level.Value, "raw_html must be error or warning", "write 'raw_html: warning' to publish raw HTML as text with a warning");
            }
        }

        if (markdown.Find("allow_html") is not { } entry)
        {
            return (false, rawHtml);
        }

        if (entry.Value is YamlScalar { IsPlain: true, Value: "true" or "false" } flag)
        {
            return (flag.Value == "true", rawHtml);
        }

        Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, "allow_html must be true or false", "write 'allow_html: false'");
        return (false, rawHtml);
    }

    // markdown: { link_schemes: [xref] } — schemes content may link to besides http(s), mailto and tel.
    private ImmutableArray<string> ReadLinkSchemes(YamlMapping map)
    {
        if (map.Find("markdown") is not { Value: YamlMapping markdown } || markdown.Find("link_schemes") is not { } entry)
        {
            return [];
        }

        if (entry.Value is not YamlSequence list)
        {
            Error(DiagnosticCodes.ConfigInvalidValue, entry.Value, "link_schemes must be a list of URL schemes", "write e.g. 'link_schemes: [xref]'");
            return [];
        }

        var schemes = ImmutableArray.CreateBuilder<string>();
        foreach (var item in list.Items)
        {
            var scheme = (item as YamlScalar)?.Value.TrimEnd(':').ToLowerInvariant() ?? "";
            if (scheme.Split(':')[0] is "javascript" or "vbscript" or "data" or "file")
            {
                Error(DiagnosticCodes.ConfigInvalidValue, item, $"the scheme '{scheme.Split(':')[0]}:' can never be allowed: it runs code or reads files in the patient's browser",
                    "remove it from link_schemes; write the link as an https: URL or a relative link");
            }
            else if (!(scheme.Length <= 32 && Patterns.UrlScheme().IsMatch(scheme)))
            {
                Error(DiagnosticCodes.ConfigInvalidValue, item, $"'{(item as YamlScalar)?.Value}' is not a URL scheme", "write the scheme's name without ':' or '//', e.g. 'xref'");
            }
            else if (scheme is not ("http" or "https" or "mailto" or "tel") && !schemes.Contains(scheme))
            {
                schemes.Add(scheme);
            }
        }

        return schemes.ToImmutable();
    }

    private bool ReadFileNames(YamlMapping map)
    {
        var value = OptionalString(map, "file_names");
        if (value is null or "exact")
        {
            return false;
        }

        if (value == "slugify")
        {
            return true;
        }

        Error(DiagnosticCodes.ConfigInvalidValue, map.Find("file_names")!.Value, $"file_names must be 'exact' or 'slugify', not '{value}'", "write 'file_names: slugify' to turn names such as 'Getting_Started.md' into URLs such as /getting-started/");
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

            CheckKeys(body, ["template", "fields", "unknown_fields", "field_names"], $"content type '{key.Value}'");
            var template = OptionalString(body, "template") ?? key.Value;
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

    private bool ReadUnknownFields(YamlMapping type)
    {
        var value = OptionalString(type, "unknown_fields");
        if (value is null or "error")
        {
            return false;
        }

        if (value == "keep")
        {
            return true;
        }

        Error(DiagnosticCodes.ConfigInvalidValue, type.Find("unknown_fields")!.Value, $"unknown_fields must be 'error' or 'keep', not '{value}'", "write 'unknown_fields: keep' to keep undeclared fields as data for templates");
        return false;
    }

    // field_names: { aliases: redirect_from } — relevare's field 'aliases' is read from 'redirect_from'.
    private ImmutableSortedDictionary<string, string> ReadFieldNames(YamlMapping type, string typeName)
    {
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (Mapping(type, "field_names", required: false) is not { } map)
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
                ReadBool(rule, "required") ?? false,
                ReadInt(rule, "min_length"),
                ReadInt(rule, "max_length"),
                ReadInt(rule, "max_items"))
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
        var written = OptionalString(rule, "type");
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
        if (Mapping(map, "sections", required: true) is not { } entries)
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

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex FieldName();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();

    [GeneratedRegex("^(0|[1-9][0-9]{0,8})$")]
    private static partial Regex PositiveInteger();
}
