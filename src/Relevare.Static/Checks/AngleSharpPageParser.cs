using AngleSharp.Html.Parser;

namespace Relevare.Static.Checks;

/// <summary>
/// The page pass's parser: AngleSharp, as a browser with scripting on parses a page, its document converted to the
/// pass's own DOM (<see cref="AngleSharpPageDocument"/>).
/// </summary>
internal sealed class AngleSharpPageParser : IPageParser
{
    // Scripting is on, as in every patient's browser: <noscript> content is then raw text, so markup that a
    // scripting-off parse would hide inside an attribute (<noscript><p title="</noscript><img onerror=…>">) is seen
    // as the element a browser runs.
    private static readonly HtmlParserOptions PageOptions = new() { IsKeepingSourceReferences = true, IsScripting = true };

    [ThreadStatic]
    private static HtmlParser? _selectorParser;

    private readonly HtmlParser _page = new(PageOptions);
    private HtmlParser? _plain;

    public PageDocument ParseDocument(string html)
    {
        using var document = _page.ParseDocument(html);
        return AngleSharpPageDocument.From(document);
    }

    public PageDocument ParsePlain(string html)
    {
        using var document = (_plain ??= new HtmlParser()).ParseDocument(html);
        return AngleSharpPageDocument.From(document);
    }

    /// <summary>
    /// The text (<c>textContent</c>) of the first element of the page <paramref name="html"/> that the CSS
    /// <paramref name="selector"/> matches, or null when none does: AngleSharp's <c>querySelector</c> on the page parsed
    /// as <see cref="ParseDocument"/> parses it. For the selectors the pass's own matcher does not cover
    /// (<see cref="PageSelector"/>); it parses the page again, so it is kept for the pages that need it.
    /// </summary>
    public static string? FirstMatchText(string html, string selector)
    {
        using var document = (_selectorParser ??= new HtmlParser(PageOptions)).ParseDocument(html);
        return document.QuerySelector(selector)?.TextContent;
    }
}
