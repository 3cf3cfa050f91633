using System.Globalization;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Checks;

/// <summary>
/// Which elements of a built page came from its Markdown, and which Markdown link (<c>a</c>, <c>img</c>) or heading
/// each was. The rendered body is found verbatim in the page (templates insert it raw); inside it, elements are
/// matched to the Markdown's links by URL and to its headings by level and id, in document order, so raw HTML with
/// the same URL cannot shift the rest.
/// </summary>
internal sealed class MarkdownMap
{
    private readonly int _start;
    private readonly int _end;
    private readonly Dictionary<PageElement, SourceLocation> _origins;

    private MarkdownMap(int start, int end, Dictionary<PageElement, SourceLocation> origins)
    {
        _start = start;
        _end = end;
        _origins = origins;
    }

    public static MarkdownMap Empty { get; } = new(0, 0, []);

    public static MarkdownMap Build(IReadOnlyList<PageElement> elements, string html, PageOrigin? origin)
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

        var pending = new Dictionary<(string, string), Queue<SourceLocation>>();
        void Expect(string tag, string key, SourceLocation location)
        {
            if (!pending.TryGetValue((tag, key), out var queue))
            {
                pending[(tag, key)] = queue = new Queue<SourceLocation>();
            }

            queue.Enqueue(location);
        }

        foreach (var link in origin.Body.Links)
        {
            Expect(link.IsImage ? "img" : "a", Normalize(link.Url), link.Location);
        }

        foreach (var heading in origin.Body.Headings)
        {
            Expect("h" + heading.Level.ToString(CultureInfo.InvariantCulture), heading.Id, heading.Location);
        }

        var map = new MarkdownMap(start, start + origin.Body.Html.Length, []);
        foreach (var element in elements.Where(map.Contains))
        {
            var key = element.LocalName switch
            {
                "a" => Normalize(element.GetAttribute("href") ?? ""),
                "img" => Normalize(element.GetAttribute("src") ?? ""),
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => element.GetAttribute("id") ?? "",
                _ => null,
            };
            if (key is not null && pending.TryGetValue((element.LocalName, key), out var queue) && queue.Count > 0)
            {
                map._origins[element] = queue.Dequeue();
            }
        }

        return map;
    }

    /// <summary>True when the rendered Markdown was found in the page (an empty body never is).</summary>
    public bool HasBody => _end > _start;

    /// <summary>True when the element's start tag lies inside the rendered Markdown.</summary>
    public bool Contains(PageElement element)
    {
        var offset = element.Offset;
        return offset >= _start && offset < _end;
    }

    /// <summary>True when the element's start tag lies before the rendered Markdown (true for an element the parser inserted, offset -1).</summary>
    public bool StartsBefore(PageElement element) => element.Offset < _start;

    /// <summary>True when the element's start tag lies after the rendered Markdown (false for an element the parser inserted).</summary>
    public bool StartsAfter(PageElement element) => element.Offset >= _end;

    /// <summary>Where the Markdown link, image or heading the element was rendered from is written, or null.</summary>
    public SourceLocation? OriginOf(PageElement element) =>
        _origins.TryGetValue(element, out var location) ? location : null;

    // Markdig percent-encodes non-ASCII characters and the parser decodes entities: compare the decoded forms.
    private static string Normalize(string url) => Uri.UnescapeDataString(url.Trim());
}
