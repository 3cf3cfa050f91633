using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Relevare.Static.Checks;

/// <summary>The page pass's parser: AngleSharp, as a browser with scripting on parses a page.</summary>
internal sealed class AngleSharpPageParser : IPageParser
{
    // Scripting is on, as in every patient's browser: <noscript> content is then raw text, so markup that a
    // scripting-off parse would hide inside an attribute (<noscript><p title="</noscript><img onerror=…>">) is seen
    // as the element a browser runs.
    private readonly HtmlParser _page = new(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });
    private HtmlParser? _plain;

    public IDocument ParseDocument(string html) => _page.ParseDocument(html);

    public IDocument ParsePlain(string html) => (_plain ??= new HtmlParser()).ParseDocument(html);
}
