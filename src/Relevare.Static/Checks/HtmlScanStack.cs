namespace Relevare.Static.Checks;

/// <summary>
/// The streaming scanner's stack of open elements (<see cref="HtmlScanner"/>), with the questions the tree builder
/// asks of it and counts of the elements whose start tag must not appear while one is open.
/// </summary>
internal sealed class HtmlScanStack
{
    private readonly List<PageElement> _elements = [];
    private readonly List<HtmlScanKind> _kinds = [];

    /// <summary>The current node.</summary>
    public PageElement Current => _elements[^1];

    /// <summary>The current node's kind.</summary>
    public HtmlScanKind CurrentKind => _kinds[^1];

    /// <summary>Open h1–h6 elements.</summary>
    public int Headings { get; private set; }

    /// <summary>Open a elements.</summary>
    public int Anchors { get; private set; }

    /// <summary>Open button elements.</summary>
    public int Buttons { get; private set; }

    /// <summary>Open form elements (the form element pointer is set exactly while one is open).</summary>
    public int Forms { get; private set; }

    /// <summary>
    /// "Has a p element in button scope": a p before any boundary, looking from the current node down. Only
    /// boundaries the scanner can have open are listed; a missing one could only make this true more often.
    /// </summary>
    public bool HasPInButtonScope()
    {
        for (var i = _elements.Count - 1; i >= 0; i--)
        {
            if (_elements[i].LocalName == "p")
            {
                return true;
            }

            if ((_kinds[i] & HtmlScanKind.ButtonScopeBoundary) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the start tag of li (or dd/dt) would close an open item: it walks down from the current node and
    /// closes an li (a dd or dt) it meets before any special element other than address, div and p.
    /// </summary>
    public bool WouldCloseItem(bool isListItem)
    {
        for (var i = _elements.Count - 1; i >= 0; i--)
        {
            var kind = _kinds[i];
            if ((kind & (isListItem ? HtmlScanKind.ListItem : HtmlScanKind.DefinitionItem)) != 0)
            {
                return true;
            }

            if ((kind & HtmlScanKind.Special) != 0 && _elements[i].LocalName is not ("address" or "div" or "p"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many elements the stack can hold without growing (a reused stack is not kept after a deep page).</summary>
    public int Capacity => _elements.Capacity;

    /// <summary>Empties the stack, for another page.</summary>
    public void Clear()
    {
        _elements.Clear();
        _kinds.Clear();
        Headings = Anchors = Buttons = Forms = 0;
    }

    /// <summary>Pushes an element.</summary>
    public void Push(PageElement element, HtmlScanKind kind)
    {
        _elements.Add(element);
        _kinds.Add(kind);
        Count(element.LocalName, kind, +1);
    }

    /// <summary>Pops the current node.</summary>
    public void Pop()
    {
        Count(_elements[^1].LocalName, _kinds[^1], -1);
        _elements.RemoveAt(_elements.Count - 1);
        _kinds.RemoveAt(_kinds.Count - 1);
    }

    private void Count(string name, HtmlScanKind kind, int delta)
    {
        if ((kind & HtmlScanKind.Heading) != 0)
        {
            Headings += delta;
        }
        else if (name == "a")
        {
            Anchors += delta;
        }
        else if (name == "button")
        {
            Buttons += delta;
        }
        else if (name == "form")
        {
            Forms += delta;
        }
    }
}
