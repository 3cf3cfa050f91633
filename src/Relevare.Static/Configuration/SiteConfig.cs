using System.Collections.Immutable;
using Relevare.Static.Checks;
using Relevare.Static.Images;
using Relevare.Static.Medical;

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

    /// <summary>The <c>publishing:</c> settings, or null when the site does not publish for static hosts.</summary>
    public PublishingConfig? Publishing { get; init; }

    /// <summary>How images are published (<c>images:</c>; see docs/editors-guide.md).</summary>
    internal ImageSettings Images { get; init; } = ImageSettings.Default;

    /// <summary>The content type of pages in <paramref name="section"/> ("" for files at the root of content/).</summary>
    public string? DefaultTypeFor(string section) =>
        Sections.TryGetValue(section, out var type) ? type : Sections.GetValueOrDefault("");
}
