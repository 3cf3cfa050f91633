namespace Relevare.Static.Yaml;

/// <summary>
/// A value the clinic has not confirmed, declared as data: the mapping <c>{ placeholder: "…", why: "…" }</c> in place
/// of the value (site.yml, the people file, front matter), or any text holding <c>FILL-IN</c> (what
/// <c>relevare new</c>'s archetypes write). Plain YAML on purpose: the safe reader refuses tags such as
/// <c>!placeholder</c>. The build reports every placeholder (a warning, so <c>--strict</c> fails) and never puts one
/// into JSON-LD (docs/editors-guide.md, "Placeholders").
/// </summary>
/// <param name="Value">The stand-in text (what previews may show), or "" when none is given.</param>
/// <param name="Why">Why the value is not final (the <c>why:</c> text, or "contains FILL-IN"), or null.</param>
/// <param name="Node">Where the placeholder is written.</param>
internal sealed record YamlPlaceholder(string Value, string? Why, YamlNode Node)
{
    /// <summary>The marker text of an archetype's unfinished parts.</summary>
    public const string FillIn = "FILL-IN";

    /// <summary>The keys a placeholder mapping may have.</summary>
    public static readonly string[] Keys = ["placeholder", "why"];

    /// <summary>The placeholder written at <paramref name="node"/>, or null when the value is a real one.</summary>
    public static YamlPlaceholder? Of(YamlNode? node)
    {
        switch (node)
        {
            case YamlMapping map when map.Find("placeholder") is { } entry && map.Entries.All(e => Keys.Contains(e.Key.Value)):
                var why = map.Find("why")?.Value is YamlScalar { IsNull: false } reason ? reason.Value.Trim() : null;
                var value = entry.Value is YamlScalar { IsNull: false } text ? text.Value.Trim() : "";
                return new YamlPlaceholder(value, why, map);
            case YamlScalar scalar when scalar.Value.Contains(FillIn, StringComparison.Ordinal):
                return new YamlPlaceholder(scalar.Value, null, scalar);
            default:
                return null;
        }
    }

    /// <summary>How a diagnostic names the placeholder: its stand-in value and its reason.</summary>
    public string Describe() =>
        (Value.Length > 0 ? $"'{Value}'" : "a value") + (Why is { Length: > 0 } ? $" ({Why})" : "");
}
