using System.Text.RegularExpressions;

namespace Relevare.Static.Yaml;

/// <summary>
/// The shapes of the values that site.yml, the data files and front matter are checked against, in one place so
/// that two readers never disagree about what is valid. Where two shapes of one thing are both needed (a language
/// tag site.yml may declare, and one a foreign page may carry), both are here, the stricter a subset of the other.
/// </summary>
internal static partial class Patterns
{
    // A slug: lowercase letters and digits, words joined by single hyphens (folder names, page slugs, bio paths).
    private const string SlugShape = "[a-z0-9]+(-[a-z0-9]+)*";

    /// <summary>
    /// A key that names something: a content type, a template, a field, a person. Lowercase letters and digits
    /// first, then also <c>_</c> and <c>-</c>.
    /// </summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    public static partial Regex Identifier();

    /// <summary>A reference's key (<c>[@key]</c>): like <see cref="Identifier"/>, but letters may be uppercase.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    public static partial Regex ReferenceKey();

    /// <summary>A URL segment of the site: lowercase letters and digits, words joined by single hyphens.</summary>
    [GeneratedRegex("^" + SlugShape + "$")]
    public static partial Regex Slug();

    /// <summary>A page folder of the site as a path: <c>/</c>, <c>/team/</c>, <c>/team/dr-rivera/</c>.</summary>
    [GeneratedRegex("^/(" + SlugShape + "/)*$")]
    public static partial Regex SitePath();

    /// <summary>
    /// A language tag as any page may carry it (BCP 47's shape, any case): a 2–3 letter language, then subtags
    /// of 1–8 letters or digits (<c>en</c>, <c>en-GB</c>, <c>EN-us</c>, <c>de-CH-1901</c>, <c>en-x-a</c>).
    /// </summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    public static partial Regex LanguageTag();

    /// <summary>
    /// A language tag site.yml may declare, a subset of <see cref="LanguageTag"/>: the language in lowercase, and
    /// subtags of 2–8 letters or digits (region, script, variant; no single-letter extensions).
    /// </summary>
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    public static partial Regex SiteLanguageTag();

    /// <summary>
    /// How a phone number may be written in a <c>tel:</c> link: an optional <c>+</c>, then digits and the
    /// separators <c>( ) . - ,</c> and space. Whether it can be dialled is libphonenumber's answer
    /// (<c>Configuration/PhoneNumberRules</c>), not a pattern's.
    /// </summary>
    [GeneratedRegex(@"^\+?[0-9().\-, ]+$")]
    public static partial Regex PhoneNumber();

    /// <summary>A URL scheme's name in lowercase (RFC 3986): a letter, then letters, digits, <c>+</c>, <c>.</c> or <c>-</c>.</summary>
    [GeneratedRegex("^[a-z][a-z0-9+.-]*$")]
    public static partial Regex UrlScheme();

    /// <summary>A school grade: one or two digits, with at most one decimal (<c>8</c>, <c>10.5</c>).</summary>
    [GeneratedRegex(@"^[0-9]{1,2}(\.[0-9])?$")]
    public static partial Regex Grade();

    /// <summary>A date written <c>YYYY-MM-DD</c> (whether it is a day of the calendar is checked when it is parsed).</summary>
    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    public static partial Regex IsoDate();
}
