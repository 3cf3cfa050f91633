using System.Text;
using AngleSharp.Dom;
using Relevare.Static.Publishing;

namespace Relevare.Static.Checks;

/// <summary>
/// The search index's text of a page (<see cref="SearchIndexFile.PlainText(IDocument)"/>: the rendered Markdown body
/// as plain text, without footnote markers), taken from the page the pass parsed rather than from the body parsed
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
            using var alone = page.Parser.ParsePlain(SearchIndexFile.BodyDocument(body));
            text = SearchIndexFile.PlainText(alone);
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
        var top = new List<IElement>();
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
            if (node is IElement element)
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

    private static bool HasAncestorInBody(MarkdownMap map, IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (map.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    // Node.TextContent (every descendant text node, in order), leaving out Markdig's footnote numbers and back-links.
    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText data:
                text.Append(data.Data);
                break;
            case IElement element when element.ClassList.Contains("footnote-ref") || element.ClassList.Contains("footnote-back-ref"):
                break;
            case IElement element:
                foreach (var child in element.ChildNodes)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
