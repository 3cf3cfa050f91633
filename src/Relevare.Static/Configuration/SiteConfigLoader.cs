using Relevare.Static.Diagnostics;
using Relevare.Static.Yaml;

namespace Relevare.Static.Configuration;

/// <summary>Reads and validates <c>site.yml</c>. Every mistake is reported at <c>site.yml:line:col</c> (exit code 2).</summary>
internal sealed partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private static readonly SafeYamlReader.Codes YamlCodes = new(
        DiagnosticCodes.ConfigSyntax, DiagnosticCodes.ConfigInvalidValue, DiagnosticCodes.ConfigInvalidValue);

    // file_names: slugify turns file names into URL slugs; unknown_fields: keep keeps undeclared fields as data.
    private static readonly Dictionary<string, bool> FileNames = new(StringComparer.Ordinal) { ["exact"] = false, ["slugify"] = true };
    private static readonly Dictionary<string, bool> UnknownFields = new(StringComparer.Ordinal) { ["error"] = false, ["keep"] = true };

    private static readonly string[] TopLevelKeys =
        ["title", "description", "base_url", "language", "clinic", "markdown", "sections", "content_types", "checks", "medical", "publishing", "file_names", "images", "languages"];

    private static readonly FieldCodes Codes = new(DiagnosticCodes.ConfigInvalidValue, DiagnosticCodes.ConfigUnknownKey, DiagnosticCodes.ConfigMissingKey);

    private readonly List<Diagnostic> _diagnostics;
    private readonly FieldReader _fields;

    private SiteConfigLoader(List<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _fields = new FieldReader(FileName, Codes, diagnostics);
    }

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

        _fields.UnknownKeys(map, TopLevelKeys, "site.yml");
        ReportPlaceholders(map, "");
        var title = _fields.RequiredString(map, "title") ?? "";
        var description = _fields.String(map, "description") ?? "";
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
        var medical = MedicalSettingsReader.Read(map, contentTypes, _fields);
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

    private Uri? ReadBaseUrl(YamlMapping map)
    {
        var entry = map.Find("base_url");
        var text = _fields.RequiredString(map, "base_url");
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
        var language = _fields.String(map, "language") ?? "en";
        if (!Patterns.SiteLanguageTag().IsMatch(language))
        {
            Error(DiagnosticCodes.ConfigInvalidValue, map.Find("language")!.Value, $"language '{language}' is not a language tag", "use a tag such as 'en' or 'en-GB'");
        }

        return language;
    }

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

    private bool ReadFileNames(YamlMapping map) =>
        _fields.Enum(map, "file_names", FileNames, false, value => $"file_names must be 'exact' or 'slugify', not '{value}'",
            "write 'file_names: slugify' to turn names such as 'Getting_Started.md' into URLs such as /getting-started/");

    private void Error(string code, YamlNode at, string message, string hint) => _fields.Error(code, at, message, hint);
}
