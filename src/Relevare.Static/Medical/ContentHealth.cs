using System.Collections.Immutable;
using Relevare.Static.Configuration;

namespace Relevare.Static.Medical;

/// <summary>The medical state of the whole site, for <c>relevare report</c>.</summary>
/// <param name="SiteTitle">site.yml's title.</param>
/// <param name="Today">The date the build was told it is, or null.</param>
/// <param name="Settings">site.yml's medical section.</param>
/// <param name="Pages">Every published page, ordered by source path.</param>
public sealed record ContentHealth(string SiteTitle, DateOnly? Today, MedicalSettings Settings, ImmutableArray<PageHealth> Pages)
{
    /// <summary>The languages other than the default, in site.yml's order (empty for a site with one language).</summary>
    public ImmutableArray<string> OtherLanguages { get; init; } = [];

    /// <summary>Each page of the default language and where its translations stand (empty for a site with one language).</summary>
    public ImmutableArray<TranslationRow> Translations { get; init; } = [];
}
