namespace Relevare.Static.Checks;

/// <summary>
/// Parses pages for the page pass into its own DOM (<see cref="PageDocument"/>). One instance is used by one thread at
/// a time (creating an AngleSharp parser costs more than parsing a page, so instances are pooled). Tests inject one
/// that counts.
/// </summary>
internal interface IPageParser
{
    /// <summary>Parses a whole page as a browser with scripting on does, keeping each element's source position.</summary>
    PageDocument ParseDocument(string html);

    /// <summary>
    /// Parses HTML as it would be parsed with scripting off and no positions: what a browser without script sees of
    /// a <c>&lt;noscript&gt;</c>'s content, and a page's Markdown body on its own when it cannot be found in the page.
    /// Rare: a page without either is parsed exactly once.
    /// </summary>
    PageDocument ParsePlain(string html);
}
