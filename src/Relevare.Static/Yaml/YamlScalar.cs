namespace Relevare.Static.Yaml;

/// <summary>A scalar exactly as written: no YAML 1.1 coercion (<c>no</c> stays the text "no").</summary>
/// <param name="Value">The text of the scalar.</param>
/// <param name="IsPlain">True when written without quotes (only plain <c>true</c>/<c>false</c> are booleans).</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column.</param>
internal sealed record YamlScalar(string Value, bool IsPlain, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>True for a plain <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}
