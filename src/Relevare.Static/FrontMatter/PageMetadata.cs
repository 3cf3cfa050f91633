using System.Collections.Immutable;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// A page's validated front matter: typed, defaults applied, nothing YAML-shaped left.
/// <see cref="Locations"/> keeps where each field was written, for diagnostics of later stages.
/// </summary>
public sealed record PageMetadata(
    string Type,
    string Template,
    string Title,
    string? Description,
    DateOnly? Date,
    DateOnly? Updated,
    DateOnly? Reviewed,
    string? Reviewer,
    string? Slug,
    bool Draft,
    ImmutableArray<string> Tags,
    ImmutableArray<string> Conditions,
    ImmutableArray<string> Aliases,
    ImmutableSortedDictionary<string, object> Extra,
    IReadOnlyDictionary<string, SourceLocation> Locations)
{
    /// <summary>Author, reviewer, references and the other medical fields (empty for sites without them).</summary>
    public MedicalMetadata Medical { get; init; } = MedicalMetadata.None;

    /// <summary>
    /// The page's <c>translation_key:</c> when it sets one: pages with the same key in different languages are
    /// translations of each other. Null when not set (the key is then the file's path under its language's folder).
    /// </summary>
    public string? TranslationKey { get; init; }

    /// <summary>
    /// The placeholders and FILL-IN text of the front matter (RS0616, RS0617), reported when the page is published.
    /// </summary>
    public ImmutableArray<Diagnostic> Placeholders { get; init; } = [];

    /// <summary>
    /// Where each of <see cref="Aliases"/> is written, in the same order (empty when not known, e.g. for pages made in
    /// code): a problem with one alias is reported at its own line.
    /// </summary>
    public ImmutableArray<SourceLocation> AliasLocations { get; init; } = [];
}
