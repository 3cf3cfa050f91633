namespace Relevare.Static.Yaml;

/// <summary>
/// How a file's readers word the mistakes <see cref="FieldReader"/> finds, each as a message and a hint that says
/// how to fix it. The defaults are site.yml's; a data file gives its own (a person's fields name the person).
/// </summary>
internal sealed record FieldWording
{
    /// <summary>site.yml's wording.</summary>
    public static readonly FieldWording Settings = new();

    /// <summary>A value that should be text is a list or a mapping: key → (message, hint).</summary>
    public Func<string, (string Message, string Hint)> NotText { get; init; } =
        key => ($"'{key}' must be text, not a list or mapping", $"write '{key}: some text'");

    /// <summary>A required key is absent: key → (message, hint).</summary>
    public Func<string, (string Message, string Hint)> Missing { get; init; } =
        key => ($"missing setting '{key}'", $"add '{key}: …'");

    /// <summary>A key the mapping may not have: (key, where) → message; the hint is "did you mean" unless <see cref="UnknownKeyHint"/> is set.</summary>
    public Func<string, string, string> UnknownKey { get; init; } =
        (key, where) => $"unknown setting '{key}' in {where}";

    /// <summary>A fixed hint for unknown keys (null: suggest the closest allowed key).</summary>
    public string? UnknownKeyHint { get; init; }
}
