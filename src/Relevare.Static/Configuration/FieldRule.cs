namespace Relevare.Static.Configuration;

/// <summary>What a content type asks of one front matter field.</summary>
public sealed record FieldRule(
    string Name,
    FieldKind Kind,
    bool Required,
    int? MinLength,
    int? MaxLength,
    int? MaxItems)
{
    /// <summary>
    /// Every kind the field accepts, in the order written (<c>type: [string, list]</c>); empty when it has only
    /// <see cref="Kind"/>, which is always the first.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<FieldKind> Kinds { get; init; } = [];
}
