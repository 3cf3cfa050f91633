namespace Relevare.Static.Checks;

/// <summary>
/// What the HTML tree-construction rules do with an element the streaming scanner (<see cref="HtmlScanner"/>)
/// accepts. Each flag names one rule of the WHATWG HTML parser ("in body" insertion mode) that the scanner must
/// honour or refuse; the names of the elements carrying each flag are in <see cref="HtmlScanElements"/>.
/// </summary>
[Flags]
internal enum HtmlScanKind
{
    /// <summary>An ordinary element: its start tag is inserted and pushed, its end tag pops it.</summary>
    None = 0,

    /// <summary>A void element: inserted and popped at once, never has an end tag.</summary>
    Void = 1 << 0,

    /// <summary>
    /// Its start tag closes an open <c>&lt;p&gt;</c> in button scope (the scanner refuses the page then). Erring on
    /// the side of too many elements here only makes the scanner fall back more often.
    /// </summary>
    ClosesP = 1 << 1,

    /// <summary>
    /// The spec's "special" category, used where a start tag of <c>li</c>/<c>dd</c>/<c>dt</c> looks for an open item
    /// to close: the search stops at a special element other than <c>address</c>, <c>div</c> and <c>p</c>.
    /// </summary>
    Special = 1 << 2,

    /// <summary>A boundary of the "button scope" (html, table, td, th, caption, button).</summary>
    ButtonScopeBoundary = 1 << 3,

    /// <summary>h1–h6.</summary>
    Heading = 1 << 4,

    /// <summary>Raw text: content up to the matching end tag, no character references (style, noscript with scripting on).</summary>
    RawText = 1 << 5,

    /// <summary>RCDATA: content up to the matching end tag, character references decoded (title).</summary>
    Rcdata = 1 << 6,

    /// <summary>Script data: raw text that enters the escaped states on <c>&lt;!--</c> (the scanner refuses that).</summary>
    ScriptData = 1 << 7,

    /// <summary>Allowed in <c>&lt;head&gt;</c> (and, by the "in head" rules, anywhere in the body).</summary>
    HeadContent = 1 << 8,

    /// <summary>table, thead, tbody, tfoot, tr: text directly inside is "table text" (only whitespace stays put).</summary>
    TableContext = 1 << 9,

    /// <summary>caption, thead, tbody, tfoot, tr, td, th: only valid at their exact place in a table.</summary>
    TablePart = 1 << 10,

    /// <summary>li: a start tag closes an open li (the scanner refuses that).</summary>
    ListItem = 1 << 11,

    /// <summary>dd, dt: a start tag closes an open dd or dt (the scanner refuses that).</summary>
    DefinitionItem = 1 << 12,

    /// <summary>html, head, body: only valid at their one place in the page's skeleton.</summary>
    Skeleton = 1 << 13,
}
