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

    /// <summary>The content type of pages in <paramref name="section"/> ("" for files at the root of content/).</summary>
    public string? DefaultTypeFor(string section) =>
        Sections.TryGetValue(section, out var type) ? type : Sections.GetValueOrDefault("");
}
