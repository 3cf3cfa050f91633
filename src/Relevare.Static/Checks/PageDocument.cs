namespace Relevare.Static.Checks;

/// <summary>
/// A whole page in the page pass's own DOM (<see cref="PageNode"/>): its root element, <c>&lt;head&gt;</c>,
/// <c>&lt;body&gt;</c> and every element in document order, listed once; its doctype and the mode it puts browsers in.
/// </summary>
internal sealed class PageDocument
{
    private Dictionary<string, PageElement>? _byId;

    /// <summary>A document whose tree is complete under <paramref name="root"/>.</summary>
    public PageDocument(PageElement root)
        : this(root, CollectAll(root))
    {
    }

    /// <summary>
    /// A document whose elements in document order are <paramref name="all"/> (the root first): for a builder that
    /// creates the elements in that order (the streaming scanner), so that the tree is not walked again.
    /// </summary>
    internal PageDocument(PageElement root, PageElement[] all)
    {
        Root = root;
        All = all;
        Head = Child(root, "head", null);
        Body = Child(root, "body", "frameset");
    }

    /// <summary>The <c>&lt;html&gt;</c> element.</summary>
    public PageElement Root { get; }

    /// <summary>The <c>&lt;head&gt;</c> element, or null.</summary>
    public PageElement? Head { get; }

    /// <summary>
    /// The DOM's <c>document.body</c>: the root's first child that is a <c>&lt;body&gt;</c> or a <c>&lt;frameset&gt;</c>, or null.
    /// </summary>
    public PageElement? Body { get; }

    /// <summary>The page's doctype, or null when it has none.</summary>
    public PageDoctype? Doctype { get; init; }

    /// <summary>The mode the page's doctype puts browsers in, as its builder found it (a page without a doctype is in <see cref="PageQuirksMode.Quirks"/>).</summary>
    public PageQuirksMode QuirksMode { get; init; }

    /// <summary>Every element in document order, the root first.</summary>
    public PageElement[] All { get; }

    /// <summary>The first element in document order whose id is <paramref name="id"/>, as <c>getElementById</c>.</summary>
    public PageElement? GetElementById(string id)
    {
        if (_byId is null)
        {
            var byId = new Dictionary<string, PageElement>(StringComparer.Ordinal);
            foreach (var element in All)
            {
                if (element.GetAttribute("id") is { Length: > 0 } value)
                {
                    byId.TryAdd(value, element);
                }
            }

            _byId = byId;
        }

        return _byId.GetValueOrDefault(id);
    }

    private static PageElement? Child(PageElement parent, string localName, string? orLocalName)
    {
        foreach (var node in parent.ChildNodes)
        {
            if (node is PageElement { IsHtml: true } element && (element.LocalName == localName || element.LocalName == orLocalName))
            {
                return element;
            }
        }

        return null;
    }

    private static PageElement[] CollectAll(PageElement root)
    {
        var all = new List<PageElement>();
        Collect(root, all);
        return [.. all];
    }

    // Depth-first, without recursion: a hostile page may nest elements deeper than the stack allows.
    private static void Collect(PageElement root, List<PageElement> all)
    {
        var pending = new Stack<PageElement>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            all.Add(element);
            for (var i = element.ChildNodes.Count - 1; i >= 0; i--)
            {
                if (element.ChildNodes[i] is PageElement child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
