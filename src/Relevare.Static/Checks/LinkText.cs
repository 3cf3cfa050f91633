using System.Text;

namespace Relevare.Static.Checks;

/// <summary>What a screen reader announces for a link, and whether that means anything out of context.</summary>
internal static class LinkText
{
    // Link lists read aloud out of context (WCAG 2.4.4): these say nothing about where the link goes.
    private static readonly HashSet<string> Meaningless = new(StringComparer.Ordinal)
    {
        "click", "click here", "click this", "here", "go", "go here", "continue", "details", "learn more",
        "link", "more", "more info", "more information", "read more", "see more", "this", "this link",
        "this page", "find out more", "tap here",
    };

    private static readonly int MeaninglessMaxLength = Meaningless.Max(phrase => phrase.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeaninglessBySpan = Meaningless.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The link's accessible name, simplified: aria-label, aria-labelledby, its text and image alts, title.</summary>
    public static string AccessibleName(PageDocument document, PageElement link)
    {
        if (link.GetAttribute("aria-label") is { } label && !string.IsNullOrWhiteSpace(label))
        {
            return label.Trim();
        }

        if (link.GetAttribute("aria-labelledby") is { } ids && !string.IsNullOrWhiteSpace(ids))
        {
            var named = string.Join(' ', ids.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => document.GetElementById(id)?.TextContent ?? ""));
            if (!string.IsNullOrWhiteSpace(named))
            {
                return Collapse(named);
            }
        }

        var text = new StringBuilder();
        Append(link, text);
        var name = Collapse(text.ToString());
        return name.Length > 0 ? name : Collapse(link.GetAttribute("title") ?? "");
    }

    /// <summary>True when <paramref name="name"/> means nothing without the text around it ("click here").</summary>
    public static bool IsMeaningless(string name)
    {
        // The name's words (runs of letters and digits, lower case) joined by single spaces, built in a buffer as long
        // as the longest phrase: a longer name is not one of them. Every link of every page asks this; building the
        // string of every link's words, then splitting and joining it, was most of what a link's check allocated.
        Span<char> words = stackalloc char[MeaninglessMaxLength];
        var length = 0;
        var gap = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (!char.IsLetterOrDigit(c))
            {
                gap = true;
                continue;
            }

            if (gap && length > 0)
            {
                if (length == words.Length)
                {
                    return false;
                }

                words[length++] = ' ';
            }

            gap = false;
            if (length == words.Length)
            {
                return false;
            }

            words[length++] = c;
        }

        return MeaninglessBySpan.Contains(words[..length]);
    }

    /// <summary>
    /// True when the link's text is code, not prose: all of it inside <c>code</c>, <c>kbd</c>, <c>samp</c> or
    /// <c>var</c> (a Markdown code span, <c>[`Continue`](…)</c>), the link inside such an element, or text shaped like
    /// an identifier (<c>$this</c>, <c>this_page</c>, <c>Foo.Continue()</c>, <c>std::more</c>) — an API's name, which
    /// is what documentation links to, not "click here".
    /// </summary>
    public static bool IsCode(PageElement link, string name)
    {
        if (CodeLike(name) || HasCodeAncestor(link))
        {
            return true;
        }

        var prose = new StringBuilder();
        AppendOutsideCode(link, prose);
        return string.IsNullOrWhiteSpace(prose.ToString());
    }

    private static bool CodeLike(string name) =>
        name.Any(c => c is '$' or '_' or '(' or ')' or '{' or '}' or '[' or ']' or '<' or '>' or '=' or ';' or '@' or '\\')
        || name.Contains("::", StringComparison.Ordinal)
        || name.Contains("->", StringComparison.Ordinal)
        || (name.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && dot < name.Length - 1 && char.IsLetter(name[dot + 1]));

    private static bool HasCodeAncestor(PageElement link)
    {
        for (var e = link.Parent; e is not null; e = e.Parent)
        {
            if (IsCodeElement(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCodeElement(PageElement element) => element.LocalName is "code" or "kbd" or "samp" or "var" or "pre";

    private static void AppendOutsideCode(PageElement node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case PageText t:
                    text.Append(t.Span);
                    break;
                case PageElement e when IsCodeElement(e):
                    break;
                case PageElement e:
                    AppendOutsideCode(e, text);
                    break;
            }
        }
    }

    private static void Append(PageElement node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case PageText t:
                    text.Append(t.Span);
                    break;
                case PageElement e when e.GetAttribute("aria-hidden") == "true":
                    break;
                case PageElement { LocalName: "img" or "area" } image:
                    text.Append(' ').Append(image.GetAttribute("alt")).Append(' ');
                    break;
                case PageElement e when e.GetAttribute("aria-label") is { } label && !string.IsNullOrWhiteSpace(label):
                    text.Append(' ').Append(label).Append(' ');
                    break;
                case PageElement e:
                    Append(e, text);
                    break;
            }
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
