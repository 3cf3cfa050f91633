using System.Collections.Frozen;

namespace Relevare.Static.Checks;

/// <summary>
/// The HTML elements the streaming scanner (<see cref="HtmlScanner"/>) accepts, with what the tree builder does with
/// each (<see cref="HtmlScanKind"/>): what relevare's templates and Markdig emit, no more. Every other name — SVG and
/// MathML (foreign content), form controls with their own insertion modes (select, option, textarea), frames,
/// template, plaintext/xmp/iframe/noembed/noframes, colgroup, obsolete elements — is absent, so the scanner leaves
/// the page to AngleSharp.
/// </summary>
internal static class HtmlScanElements
{
    private const HtmlScanKind Block = HtmlScanKind.ClosesP | HtmlScanKind.Special;

    private static readonly FrozenDictionary<string, HtmlScanKind> Kinds = new Dictionary<string, HtmlScanKind>(StringComparer.Ordinal)
    {
        // The page's skeleton. html is also a button-scope boundary.
        ["html"] = HtmlScanKind.Skeleton | HtmlScanKind.Special | HtmlScanKind.ButtonScopeBoundary,
        ["head"] = HtmlScanKind.Skeleton | HtmlScanKind.Special,
        ["body"] = HtmlScanKind.Skeleton | HtmlScanKind.Special,

        // What "in head" takes; in the body they are processed by the same rules (inserted where they are).
        ["meta"] = HtmlScanKind.HeadContent | HtmlScanKind.Void | HtmlScanKind.Special,
        ["link"] = HtmlScanKind.HeadContent | HtmlScanKind.Void | HtmlScanKind.Special,
        ["base"] = HtmlScanKind.HeadContent | HtmlScanKind.Void | HtmlScanKind.Special,
        ["title"] = HtmlScanKind.HeadContent | HtmlScanKind.Rcdata | HtmlScanKind.Special,
        ["style"] = HtmlScanKind.HeadContent | HtmlScanKind.RawText | HtmlScanKind.Special,
        ["noscript"] = HtmlScanKind.HeadContent | HtmlScanKind.RawText | HtmlScanKind.Special,
        ["script"] = HtmlScanKind.HeadContent | HtmlScanKind.ScriptData | HtmlScanKind.Special,

        // "If the stack of open elements has a p element in button scope, then close a p element."
        ["address"] = Block,
        ["article"] = Block,
        ["aside"] = Block,
        ["blockquote"] = Block,
        ["details"] = Block,
        ["dialog"] = HtmlScanKind.ClosesP,
        ["div"] = Block,
        ["dl"] = Block,
        ["fieldset"] = Block,
        ["figcaption"] = Block,
        ["figure"] = Block,
        ["footer"] = Block,
        ["form"] = Block,
        ["header"] = Block,
        ["hgroup"] = Block,
        ["main"] = Block,
        ["menu"] = Block,
        ["nav"] = Block,
        ["ol"] = Block,
        ["p"] = Block,
        ["pre"] = Block,
        ["search"] = Block,
        ["section"] = Block,
        ["summary"] = Block,
        ["ul"] = Block,
        ["h1"] = Block | HtmlScanKind.Heading,
        ["h2"] = Block | HtmlScanKind.Heading,
        ["h3"] = Block | HtmlScanKind.Heading,
        ["h4"] = Block | HtmlScanKind.Heading,
        ["h5"] = Block | HtmlScanKind.Heading,
        ["h6"] = Block | HtmlScanKind.Heading,
        ["hr"] = Block | HtmlScanKind.Void,
        ["li"] = Block | HtmlScanKind.ListItem,
        ["dd"] = Block | HtmlScanKind.DefinitionItem,
        ["dt"] = Block | HtmlScanKind.DefinitionItem,

        // Tables (no colgroup/col: their insertion mode is not worth the code).
        ["table"] = Block | HtmlScanKind.ButtonScopeBoundary | HtmlScanKind.TableContext,
        ["caption"] = HtmlScanKind.Special | HtmlScanKind.ButtonScopeBoundary | HtmlScanKind.TablePart,
        ["thead"] = HtmlScanKind.Special | HtmlScanKind.TableContext | HtmlScanKind.TablePart,
        ["tbody"] = HtmlScanKind.Special | HtmlScanKind.TableContext | HtmlScanKind.TablePart,
        ["tfoot"] = HtmlScanKind.Special | HtmlScanKind.TableContext | HtmlScanKind.TablePart,
        ["tr"] = HtmlScanKind.Special | HtmlScanKind.TableContext | HtmlScanKind.TablePart,
        ["td"] = HtmlScanKind.Special | HtmlScanKind.ButtonScopeBoundary | HtmlScanKind.TablePart,
        ["th"] = HtmlScanKind.Special | HtmlScanKind.ButtonScopeBoundary | HtmlScanKind.TablePart,

        // Void elements of the body.
        ["br"] = HtmlScanKind.Void | HtmlScanKind.Special,
        ["img"] = HtmlScanKind.Void | HtmlScanKind.Special,
        ["input"] = HtmlScanKind.Void | HtmlScanKind.Special,
        ["source"] = HtmlScanKind.Void | HtmlScanKind.Special,
        ["track"] = HtmlScanKind.Void | HtmlScanKind.Special,
        ["wbr"] = HtmlScanKind.Void | HtmlScanKind.Special,

        // button: a start tag closes an open button (refused); a boundary of button scope.
        ["button"] = HtmlScanKind.Special | HtmlScanKind.ButtonScopeBoundary,

        // "Any other start tag" and the formatting elements (a b code em i s small strong u), whose bookkeeping
        // (the list of active formatting elements) changes nothing while every element is closed by its own end
        // tag in order, which the scanner demands.
        ["a"] = HtmlScanKind.None,
        ["abbr"] = HtmlScanKind.None,
        ["audio"] = HtmlScanKind.None,
        ["b"] = HtmlScanKind.None,
        ["bdi"] = HtmlScanKind.None,
        ["bdo"] = HtmlScanKind.None,
        ["cite"] = HtmlScanKind.None,
        ["code"] = HtmlScanKind.None,
        ["data"] = HtmlScanKind.None,
        ["del"] = HtmlScanKind.None,
        ["dfn"] = HtmlScanKind.None,
        ["em"] = HtmlScanKind.None,
        ["i"] = HtmlScanKind.None,
        ["ins"] = HtmlScanKind.None,
        ["kbd"] = HtmlScanKind.None,
        ["label"] = HtmlScanKind.None,
        ["legend"] = HtmlScanKind.None,
        ["mark"] = HtmlScanKind.None,
        ["picture"] = HtmlScanKind.None,
        ["q"] = HtmlScanKind.None,
        ["s"] = HtmlScanKind.None,
        ["samp"] = HtmlScanKind.None,
        ["small"] = HtmlScanKind.None,
        ["span"] = HtmlScanKind.None,
        ["strong"] = HtmlScanKind.None,
        ["sub"] = HtmlScanKind.None,
        ["sup"] = HtmlScanKind.None,
        ["time"] = HtmlScanKind.None,
        ["u"] = HtmlScanKind.None,
        ["var"] = HtmlScanKind.None,
        ["video"] = HtmlScanKind.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The lookup by span gives the shared name string without allocating one.
    private static readonly HtmlScanNames<HtmlScanKind> ByLowerName = new(Kinds);

    /// <summary>Every accepted element name (lower case).</summary>
    public static IEnumerable<string> Names => Kinds.Keys;

    /// <summary>
    /// Looks up a tag name as the tokenizer produced it (ASCII upper case letters lower-cased, nothing else changed).
    /// Gives the shared name string and its kind, or false for a name the scanner does not accept.
    /// </summary>
    public static bool TryGet(ReadOnlySpan<char> tagName, out string name, out HtmlScanKind kind)
    {
        // Nearly every tag is written in lower case already: looked up as it is, without the copy.
        if (!tagName.ContainsAnyInRange('A', 'Z'))
        {
            return ByLowerName.TryGet(tagName, out name, out kind);
        }

        Span<char> lower = stackalloc char[12];
        if (tagName.Length > lower.Length)
        {
            name = "";
            kind = HtmlScanKind.None;
            return false;
        }

        for (var i = 0; i < tagName.Length; i++)
        {
            var c = tagName[i];
            lower[i] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        return ByLowerName.TryGet(lower[..tagName.Length], out name, out kind);
    }
}
