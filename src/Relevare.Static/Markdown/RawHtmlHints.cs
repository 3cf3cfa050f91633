using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Relevare.Static.Markdown;

/// <summary>
/// What a raw HTML tag in content is, and the Markdown an editor writes instead. An editor who pasted
/// <c>&lt;b&gt;</c> needs to know that <c>**bold**</c> is the way, not merely that HTML is refused.
/// </summary>
internal static partial class RawHtmlHints
{
    private const string Generic = "write it in Markdown instead (e.g. **bold**, [link](url))";

    private static readonly FrozenDictionary<string, string> ByTag = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["b"] = "write **bold** instead",
        ["strong"] = "write **bold** instead",
        ["i"] = "write *italic* instead",
        ["em"] = "write *italic* instead",
        ["u"] = "underline is not available (readers take it for a link): write *italic* or **bold** instead",
        ["br"] = "for a line break, end the line with two spaces or a backslash (\\); for a new paragraph, leave a blank line",
        ["p"] = "leave a blank line between paragraphs instead",
        ["kbd"] = "write the keys as a code span instead: `Ctrl+C`",
        ["code"] = "write a code span instead: `text`",
        ["tt"] = "write a code span instead: `text`",
        ["samp"] = "write a code span instead: `text`",
        ["var"] = "write a code span instead: `text`",
        ["pre"] = "write a fenced code block instead: a line of ``` before and after the text",
        ["a"] = "write a link instead: [link text](https://example.org/page)",
        ["img"] = "write an image instead: ![what the image shows](image.png)",
        ["h1"] = "write a heading instead: a line starting with '# '",
        ["h2"] = "write a heading instead: a line starting with '## '",
        ["h3"] = "write a heading instead: a line starting with '### '",
        ["h4"] = "write a heading instead: a line starting with '#### '",
        ["h5"] = "write a heading instead: a line starting with '##### '",
        ["h6"] = "write a heading instead: a line starting with '###### '",
        ["ul"] = "write a list instead: lines starting with '- '",
        ["ol"] = "write a numbered list instead: lines starting with '1. '",
        ["li"] = "write a list item instead: a line starting with '- ' (or '1. ')",
        ["blockquote"] = "write a quotation instead: lines starting with '> '",
        ["hr"] = "write a line of three dashes (---) between blank lines instead",
        ["table"] = "write a table with pipes instead: | a | b | then | --- | --- |",
        ["del"] = "strike-through is not available: say in words what changed",
        ["s"] = "strike-through is not available: say in words what changed",
        ["sup"] = "write it as text (e.g. 'm2' as 'square metres', '10^3' as '1,000'); Markdown has no superscript here",
        ["sub"] = "write it as text (e.g. 'CO2'); Markdown has no subscript here",
        ["div"] = "leave the text without the <div>; for a callout, use a ':::note' block (see the editor's guide)",
        ["span"] = "leave the text without the <span>",
        ["script"] = "remove it: pages cannot run scripts (ask a developer to add behaviour to the templates)",
        ["iframe"] = "remove it: pages cannot embed other sites; link to it instead: [title](https://…)",
        ["style"] = "remove it: styling belongs to the site's style sheet (ask a developer)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The lower-case element name of an HTML tag (<c>&lt;b&gt;</c>, <c>&lt;/b&gt;</c>), or null for a comment or declaration.</summary>
    public static string? TagName(string tag, out bool closing)
    {
        var match = TagPattern().Match(tag);
        closing = match.Success && match.Groups[1].Length > 0;
        return match.Success ? match.Groups[2].Value.ToLowerInvariant() : null;
    }

    /// <summary>The Markdown an editor writes instead of <paramref name="tagName"/> (null: a comment).</summary>
    public static string Hint(string? tagName) => tagName is null
        ? "delete the comment: comments in Markdown are shown to patients as text"
        : ByTag.GetValueOrDefault(tagName, Generic);

    [GeneratedRegex(@"^\s*<(/?)([A-Za-z][A-Za-z0-9-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
