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

        var map = new MarkdownMap(start, start + origin.Body.Html.Length, []);
        var body = origin.Body;
        var expected = body.Links.Length + body.Headings.Length;
        if (expected == 0)
        {
            return map;
        }

        // Each Markdown link, image and heading is expected once, in document order, by tag and key (URL or id): an
        // element takes the first one not yet taken with its tag and key. A page has a few of them: a list searched
        // from the start (the dictionary of queues it replaces was 5% of the checks' CPU); a long one is indexed.
        var pending = new Expected[expected];
        var count = 0;
        foreach (var link in body.Links)
        {
            pending[count++] = new Expected(link.IsImage ? "img" : "a", Normalize(link.Url), link.Location);
        }

        foreach (var heading in body.Headings)
        {
            pending[count++] = new Expected(HeadingTag(heading.Level), heading.Id, heading.Location);
        }

        var index = expected > LinearSearchLimit ? Index(pending) : null;
        foreach (var element in elements)
        {
            if (!map.Contains(element))
            {
                continue;
            }

            var key = element.LocalName switch
            {
                "a" => Normalize(element.GetAttribute("href") ?? ""),
                "img" => Normalize(element.GetAttribute("src") ?? ""),
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => element.GetAttribute("id") ?? "",
                _ => null,
            };
            if (key is null)
            {
                continue;
            }

            if (index is null)
            {
                for (var i = 0; i < pending.Length; i++)
                {
                    ref var candidate = ref pending[i];
                    if (!candidate.Taken && candidate.Key == key && candidate.Tag == element.LocalName)
                    {
                        candidate.Taken = true;
                        map._origins[element] = candidate.Location;
                        break;
                    }
                }
            }
            else if (index.TryGetValue((element.LocalName, key), out var queue) && queue.Count > 0)
            {
                map._origins[element] = queue.Dequeue();
            }
        }

        return map;
    }

    // Up to this many expected links and headings, a page's elements search the list instead of an index.
    private const int LinearSearchLimit = 32;

    private static readonly string[] HeadingTags = ["h0", "h1", "h2", "h3", "h4", "h5", "h6"];

    private static string HeadingTag(int level) =>
        level is >= 1 and <= 6 ? HeadingTags[level] : "h" + level.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<(string, string), Queue<SourceLocation>> Index(Expected[] pending)
    {
        var index = new Dictionary<(string, string), Queue<SourceLocation>>();
        foreach (var expected in pending)
        {
            if (!index.TryGetValue((expected.Tag, expected.Key), out var queue))
            {
                index[(expected.Tag, expected.Key)] = queue = new Queue<SourceLocation>();
            }

            queue.Enqueue(expected.Location);
        }

        return index;
    }

    private struct Expected(string tag, string key, SourceLocation location)
    {
        public readonly string Tag = tag;
        public readonly string Key = key;
        public readonly SourceLocation Location = location;
        public bool Taken;
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
