using AngleSharp.Dom;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// Which elements of a built page came from its Markdown, and which Markdown link each <c>a</c>/<c>img</c> was.
/// The rendered body is found verbatim in the page (templates insert it raw); inside it, elements are matched to
/// the Markdown's links by URL, in document order, so raw HTML or template links with the same URL cannot shift it.
/// </summary>
internal sealed class MarkdownMap
{
    private readonly int _start;
    private readonly int _end;
    private readonly Dictionary<IElement, SourceLocation> _links;

    private MarkdownMap(int start, int end, Dictionary<IElement, SourceLocation> links)
    {
        _start = start;
        _end = end;
        _links = links;
    }

    public static MarkdownMap Empty { get; } = new(0, 0, []);

    public static MarkdownMap Build(IDocument document, string html, PageOrigin? origin)
    {
        if (origin is null || origin.Body.Html.Length == 0)
        {
            return Empty;
        }

        var start = html.IndexOf(origin.Body.Html, StringComparison.Ordinal);
        if (start < 0)
        {
            return Empty;
        }

        var pending = new Dictionary<(bool, string), Queue<SourceLocation>>();
        foreach (var link in origin.Body.Links)
        {
            var key = (link.IsImage, Normalize(link.Url));
            if (!pending.TryGetValue(key, out var queue))
            {
                pending[key] = queue = new Queue<SourceLocation>();
            }

            queue.Enqueue(link.Location);
        }

        var map = new MarkdownMap(start, start + origin.Body.Html.Length, []);
        foreach (var element in document.All)
        {
            var url = element.LocalName switch
            {
                "a" => element.GetAttribute("href"),
                "img" => element.GetAttribute("src"),
                _ => null,
            };
            if (url is not null && map.Contains(element)
                && pending.TryGetValue((element.LocalName == "img", Normalize(url)), out var queue) && queue.Count > 0)
            {
                map._links[element] = queue.Dequeue();
            }
        }

        return map;
    }

    /// <summary>True when the element's start tag lies inside the rendered Markdown.</summary>
    public bool Contains(IElement element)
    {
        // AngleSharp's position is the 1-based offset of the tag's '<', i.e. the 0-based offset of the name.
        var offset = element.SourceReference?.Position.Position - 1;
        return offset >= _start && offset < _end;
    }

    /// <summary>The Markdown link the element was rendered from, or null.</summary>
    public SourceLocation? LinkOf(IElement element) =>
        _links.TryGetValue(element, out var location) ? location : null;

    // Markdig percent-encodes non-ASCII characters and AngleSharp decodes entities: compare the decoded forms.
    private static string Normalize(string url) => Uri.UnescapeDataString(url.Trim());
}
