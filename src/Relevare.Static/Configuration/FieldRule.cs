namespace Relevare.Static.Configuration;

/// <summary>What a content type asks of one front matter field.</summary>
public sealed record FieldRule(
    string Name,
    FieldKind Kind,
    bool Required,
    int? MinLength,
    int? MaxLength,
    int? MaxItems);
