using System.Text;
using Relevare.Static.Publishing;

namespace Relevare.Static.Checks;

/// <summary>
/// The search index's text of a page (as <see cref="SearchIndexFile.PlainText(AngleSharp.Html.Parser.HtmlParser, string)"/>
/// defines it: the rendered Markdown body as plain text, without footnote markers), taken from the page the pass parsed rather than from the body parsed
/// again. The body is found in the page verbatim (<see cref="MarkdownMap"/>); its text is the text of the elements
/// that start inside it and of what lies between them. Where that cannot be sure to give the same text as the body
/// parsed on its own — raw HTML allowed (it may leave an element open), the body not found, its top-level elements
/// not siblings (a template that puts it inside <c>&lt;p&gt;</c> or <c>&lt;table&gt;</c>), text at its edges — the
/// body is parsed on its own, as before.
/// </summary>
internal sealed class SearchTextRule : PageRule
{
    private readonly bool _rawHtmlAllowed;

    /// <param name="rawHtmlAllowed">site.yml's <c>markdown.allow_html</c>: raw HTML passes through unchecked.</param>
    public SearchTextRule(bool rawHtmlAllowed) => _rawHtmlAllowed = rawHtmlAllowed;

    public override bool IsCheck => false;

    public override void Finish(PageContext page)
    {
        if (page.Origin is not { } origin)
        {
            return;
        }

        var body = origin.Body.Html;
        if (body.Length == 0)
        {
            page.SearchText = "";
            return;
        }

        if (_rawHtmlAllowed || FromPage(page, body) is not { } text)
        {
            text = PlainText(page.Parser.ParsePlain(SearchIndexFile.BodyDocument(body)));
        }

        page.SearchText = text;
    }

    /// <summary>The body's text from the page's own document, or null when it cannot be told apart from the template's.</summary>
    internal static string? FromPage(PageContext page, string body)
    {
        // Text before the body's first tag or after its last would share a text node with the template's text.
        var trimmed = body.AsSpan().Trim();
        if (!page.Map.HasBody || trimmed.Length == 0 || trimmed[0] != '<' || trimmed[^1] != '>')
        {
            return null;
        }

        // The body's top-level elements: those that start inside it and have no ancestor that does (an element the
        // parser inserted, like a table's <tbody>, has no position, so ancestors are looked at all the way up).
        var top = new List<PageElement>();
        foreach (var element in page.Elements)
        {
            if (page.Map.Contains(element) && !HasAncestorInBody(page.Map, element))
            {
                top.Add(element);
            }
        }

        if (top.Count == 0 || top[0].Parent is not { } parent || top.Any(e => e.Parent != parent))
        {
            return null;
        }

        // From the first top-level element to the last, with the text between them. The parent's other elements must
        // start before the body or after it: where the parser moves the body's elements (out of a <table> that the
        // template opened, before it) it leaves their whitespace behind, and the text would differ.
        var text = new StringBuilder();
        var at = 0; // 0 before the body, 1 inside, 2 after
        foreach (var node in parent.ChildNodes)
        {
            if (node is PageElement element)
            {
                at = element == top[0] ? 1 : at;
                var placed = at switch
                {
                    0 => page.Map.StartsBefore(element),
                    1 => page.Map.Contains(element),
                    _ => page.Map.StartsAfter(element),
                };
                if (!placed)
                {
                    return null;
                }
            }

            if (at == 1)
            {
                Append(node, text);
            }

            at = node == top[^1] ? 2 : at;
        }

        return SearchIndexFile.Collapse(text.ToString());
    }

    private static bool HasAncestorInBody(MarkdownMap map, PageElement element)
    {
        for (var e = element.Parent; e is not null; e = e.Parent)
        {
            if (map.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of a rendered body parsed on its own (<see cref="SearchIndexFile.BodyDocument"/>), whitespace collapsed,
    /// without footnote numbers and back-links: <see cref="SearchIndexFile.PlainText(AngleSharp.Html.Parser.HtmlParser, string)"/>
    /// on the pass's own DOM.
    /// </summary>
    public static string PlainText(PageDocument document)
    {
        if (document.Body is not { } body)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var child in body.ChildNodes)
        {
            Append(child, text);
        }

        return SearchIndexFile.Collapse(text.ToString());
    }

    // Node.TextContent (every descendant text node, in order), leaving out Markdig's footnote numbers and back-links.
    // Without recursion: a body may nest deeper than the stack allows.
    private static void Append(PageNode node, StringBuilder text)
    {
        var pending = new Stack<PageNode>();
        pending.Push(node);
        while (pending.TryPop(out var next))
        {
            switch (next)
            {
                case PageText data:
                    text.Append(data.Span);
                    break;
                case PageElement element when element.HasClass("footnote-ref") || element.HasClass("footnote-back-ref"):
                    break;
                case PageElement element:
                    for (var i = element.ChildNodes.Count - 1; i >= 0; i--)
                    {
                        pending.Push(element.ChildNodes[i]);
                    }

                    break;
            }
        }
    }
}
