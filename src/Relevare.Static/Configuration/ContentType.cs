using System.Collections.Immutable;

namespace Relevare.Static.Configuration;

/// <summary>A kind of page (article, page, home …) with its layout and the front matter fields it accepts.</summary>
public sealed record ContentType(
    string Name,
    string Template,
    ImmutableSortedDictionary<string, FieldRule> Fields,
    int Line,
    int Column);
