using System.Collections.Frozen;

namespace Relevare.Static.Configuration;

/// <summary>The front matter fields the engine knows, with their fixed types.</summary>
public static class BuiltInFields
{
    /// <summary>Field name → type.</summary>
    public static readonly FrozenDictionary<string, FieldKind> Kinds = new Dictionary<string, FieldKind>
    {
        ["title"] = FieldKind.Text,
        ["description"] = FieldKind.Text,
        ["date"] = FieldKind.Date,
        ["updated"] = FieldKind.Date,
        ["slug"] = FieldKind.Text,
        ["draft"] = FieldKind.Bool,
        ["tags"] = FieldKind.List,
        ["type"] = FieldKind.Text,
        ["template"] = FieldKind.Text,
        ["aliases"] = FieldKind.List,
        ["reviewed"] = FieldKind.Date,
        ["reviewer"] = FieldKind.Text,
        ["conditions"] = FieldKind.List,
        ["author"] = FieldKind.Text,
        ["next_review"] = FieldKind.Date,
        ["references"] = FieldKind.References,
        ["readability_exception"] = FieldKind.ReadabilityExemption,
        ["translation_key"] = FieldKind.Text,
        ["translation_of"] = FieldKind.TranslationOf,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names of the field types as written in site.yml.</summary>
    public static readonly FrozenDictionary<string, FieldKind> KindNames = new Dictionary<string, FieldKind>
    {
        ["string"] = FieldKind.Text,
        ["date"] = FieldKind.Date,
        ["bool"] = FieldKind.Bool,
        ["list"] = FieldKind.List,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name of a field type as written in site.yml.</summary>
    public static string NameOf(FieldKind kind) => kind switch
    {
        FieldKind.References => "references (a list of references)",
        FieldKind.ReadabilityExemption => "readability exception (max_grade and reason)",
        FieldKind.TranslationOf => "translation record (source and fingerprint)",
        _ => KindNames.First(k => k.Value == kind).Key,
    };

    /// <summary>Fields every page may use whatever its content type declares.</summary>
    public static readonly FrozenSet<string> Universal =
        new[] { "type", "template", "draft", "slug", "aliases", "translation_key", "translation_of" }.ToFrozenSet(StringComparer.Ordinal);
}
