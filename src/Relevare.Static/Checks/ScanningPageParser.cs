namespace Relevare.Static.Checks;

/// <summary>
/// The page pass's default parser: the streaming scanner (<see cref="HtmlScanner"/>) for a page inside the subset of
/// HTML it builds exactly as a browser does — every page relevare's templates and Markdown write — and AngleSharp
/// (<see cref="AngleSharpPageParser"/>) for any other page. Both give the same tree for a page the scanner accepts
/// (differential tests hold them to it), so which one parsed a page changes no finding; the scanner only saves
/// AngleSharp's tokenizer and tree builder, most of the checks' time.
/// </summary>
internal sealed class ScanningPageParser : IPageParser
{
    private readonly AngleSharpPageParser _fallback = new();

    /// <summary>How many pages the scanner parsed (for tests and <c>--timings</c>-style diagnostics).</summary>
    public int Scanned { get; private set; }

    /// <summary>How many pages were left to AngleSharp.</summary>
    public int FellBack { get; private set; }

    public PageDocument ParseDocument(string html)
    {
        if (HtmlScanner.TryParse(html) is { } scanned)
        {
            Scanned++;
            return scanned;
        }

        FellBack++;
        return _fallback.ParseDocument(html);
    }

    // Rare (a page's <noscript> content and its Markdown body without scripting): AngleSharp, as ever.
    public PageDocument ParsePlain(string html) => _fallback.ParsePlain(html);
}
