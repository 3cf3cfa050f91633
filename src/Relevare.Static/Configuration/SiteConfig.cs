using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Configuration;

/// <summary>The validated contents of <c>site.yml</c>.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    ClinicInfo Clinic,
    bool AllowHtml,
    ImmutableSortedDictionary<string, string> Sections,
    ImmutableSortedDictionary<string, ContentType> ContentTypes)
{
    /// <summary>The medical governance settings (site.yml's <c>medical:</c>), or null when the site has none.</summary>
    public MedicalSettings? Medical { get; init; }

    /// <summary>Check levels that differ from the defaults, by code (<c>checks:</c>; see docs/checks.md).</summary>
    public ImmutableSortedDictionary<string, CheckLevel> Checks { get; init; } =
        ImmutableSortedDictionary<string, CheckLevel>.Empty;

    /// <summary>Where site.yml writes <c>base_url</c> (for findings about it).</summary>
    public SourceLocation BaseUrlLocation { get; init; } = SourceLocation.File("site.yml");
    /// <summary>
    /// URL schemes content may link to besides http, https, mailto and tel (<c>markdown: link_schemes:</c>, e.g.
    /// <c>xref</c>), lowercase; never javascript, vbscript or data.
    /// </summary>
    public ImmutableArray<string> LinkSchemes { get; init; } = [];

    /// <summary>
    /// True when file and folder names under content/ that are not URL segments (upper case, dots, underscores)
    /// are turned into one (<c>file_names: slugify</c>) instead of being errors.
    /// </summary>
    public bool SlugifyFileNames { get; init; }

    /// <summary>
    /// How serious raw HTML in content is when <see cref="AllowHtml"/> is false (<c>markdown: raw_html</c>): an error by
    /// default, since patients would see the tags as text; a site importing HTML-laden pages can make it a warning.
    /// </summary>
    public DiagnosticSeverity RawHtml { get; init; } = DiagnosticSeverity.Error;

    /// <summary>The <c>publishing:</c> settings, or null when the site does not publish for static hosts.</summary>
    public PublishingConfig? Publishing { get; init; }

    /// <summary>How images are published (<c>images:</c>; see docs/editors-guide.md).</summary>
    internal ImageSettings Images { get; init; } = ImageSettings.Default;

    /// <summary>
    /// The languages of site.yml's <c>languages:</c>, the default (<see cref="Language"/>) first, then in site.yml's
    /// order; empty for a one-language site.
    /// </summary>
    public ImmutableArray<SiteLanguage> Languages { get; init; } = [];

    /// <summary>True when site.yml declares <c>languages:</c>.</summary>
    public bool IsMultilingual => !Languages.IsEmpty;

    /// <summary>Every language pages can be in, the default first: <see cref="Languages"/>, or just the default.</summary>
    public ImmutableArray<SiteLanguage> AllLanguages => Languages.IsEmpty ? [new SiteLanguage(Language, Language, null)] : Languages;

    /// <summary>The default language.</summary>
    public SiteLanguage DefaultLanguage => AllLanguages[0];

    /// <summary>The language with tag <paramref name="tag"/>, or null.</summary>
    public SiteLanguage? FindLanguage(string tag) => AllLanguages.FirstOrDefault(l => l.Tag == tag);

    /// <summary>
    /// The language of the content file at <paramref name="path"/> (<c>content/es/conditions/migraine.md</c> is in the
    /// language whose folder is <c>es</c>) and the path relative to that language's root (<c>conditions/migraine.md</c>).
    /// </summary>
    public (SiteLanguage Language, string Relative) LanguageOfPath(string path)
    {
        // A loop, not Where: every page's path is looked up here.
        foreach (var language in Languages)
        {
            if (!language.IsDefault && path.StartsWith(language.ContentRoot, StringComparison.Ordinal))
            {
                return (language, path[language.ContentRoot.Length..]);
            }
        }

        return (DefaultLanguage, path.StartsWith("content/", StringComparison.Ordinal) ? path["content/".Length..] : path);
    }

    /// <summary>The language tagged <paramref name="tag"/> (the default language when the tag is empty or unknown).</summary>
    public SiteLanguage LanguageTagged(string tag) =>
        tag.Length == 0 ? DefaultLanguage : FindLanguage(tag) ?? DefaultLanguage;

    /// <summary>The content type of pages in <paramref name="section"/> ("" for files at the root of content/).</summary>
    public string? DefaultTypeFor(string section) =>
        Sections.TryGetValue(section, out var type) ? type : Sections.GetValueOrDefault("");
}
