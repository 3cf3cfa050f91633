using System.Collections.Immutable;

namespace Relevare.Static.Configuration;

/// <summary>A kind of page (article, page, home …) with its layout and the front matter fields it accepts.</summary>
public sealed record ContentType(
    string Name,
    string Template,
    ImmutableSortedDictionary<string, FieldRule> Fields,
    int Line,
    int Column)
{
    /// <summary>
    /// True when front matter fields that <see cref="Fields"/> does not declare are kept as data for templates
    /// (<c>page.extra</c>) instead of being errors (<c>unknown_fields: keep</c>).
    /// </summary>
    public bool KeepUnknownFields { get; init; }

    /// <summary>
    /// Built-in fields read from another front matter name, built-in name → name in the pages (<c>field_names:</c>,
    /// e.g. <c>aliases: redirect_from</c>). The built-in's own name is then an ordinary field of the pages.
    /// </summary>
    public ImmutableSortedDictionary<string, string> FieldNames { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The built-in field that the front matter name <paramref name="name"/> gives, or null for an ordinary field.</summary>
    public string? BuiltInOf(string name)
    {
        foreach (var (builtIn, renamed) in FieldNames)
        {
            if (renamed == name)
            {
                return builtIn;
            }
        }

        return FieldNames.ContainsKey(name) || !BuiltInFields.Kinds.ContainsKey(name) ? null : name;
    }

    /// <summary>The name the pages write the built-in field <paramref name="builtIn"/> under.</summary>
    public string FrontMatterName(string builtIn) => FieldNames.GetValueOrDefault(builtIn, builtIn);
}
