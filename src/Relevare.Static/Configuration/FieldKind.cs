namespace Relevare.Static.Configuration;

/// <summary>The type of a front matter field.</summary>
public enum FieldKind
{
    /// <summary>Text on one line (written <c>string</c> in site.yml).</summary>
    Text,

    /// <summary>A calendar date written <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary><c>true</c> or <c>false</c> (nothing else: no <c>yes</c>, <c>no</c>, <c>on</c>).</summary>
    Bool,

    /// <summary>A list of strings.</summary>
    List,

    /// <summary>A list of bibliographic references (built-in field <c>references</c> only).</summary>
    References,

    /// <summary>A justified readability exemption (built-in field <c>readability_exception</c> only).</summary>
    ReadabilityExemption,

    /// <summary>Which page and version a translation translates (built-in field <c>translation_of</c> only).</summary>
    TranslationOf,
}
