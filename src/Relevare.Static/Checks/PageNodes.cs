using System.Buffers;
using System.Text;

namespace Relevare.Static.Checks;

/// <summary>
/// A node of a page as the page pass sees it: an element or a run of text. The page pass's own small DOM, built
/// either by the streaming scanner (pages relevare writes itself, in the subset of HTML whose tree it can build
/// exactly as a browser does) or from AngleSharp's document (every other page, and <c>relevare check --site</c>'s
/// foreign HTML). Both builders give the same tree for the same page: tests compare them.
/// </summary>
internal abstract class PageNode
{
    /// <summary>The element this node is a child of; null for the root element.</summary>
    public PageElement? Parent { get; internal set; }
}

/// <summary>A run of character data (entities decoded), as the DOM's <c>Text</c> node.</summary>
internal sealed class PageText : PageNode
{
    // Most of a page's text is read by no rule (only links', titles', scripts'… is): a run that is one slice of
    // the page as it is stays a range into the page's text until a reader asks for it as a string.
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;
    private string? _data;

    /// <summary>A text node holding <paramref name="data"/>.</summary>
    public PageText(string data)
    {
        _source = _data = data;
        _length = data.Length;
    }

    /// <summary>A text node holding <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public PageText(string source, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, source.Length - start);
        _source = source;
        _start = start;
        _length = length;
    }

    /// <summary>The text, with character references decoded.</summary>
    public string Data => _data ??= _source.Substring(_start, _length);

    /// <summary>The text as <see cref="Data"/>, without making it a string.</summary>
    public ReadOnlySpan<char> Span => _data is { } data ? data : _source.AsSpan(_start, _length);
}

/// <summary>One attribute of an element: its name (lower case for HTML elements) and decoded value.</summary>
internal readonly record struct PageAttribute(string Name, string Value);

/// <summary>
/// An element: its name, namespace, attributes (in source order, first of each name wins as in the DOM), children,
/// and where its start tag is in the page's text (line and column 1-based; <see cref="Offset"/> the 0-based index of
/// its <c>&lt;</c>). An element the parser inserted (an implied <c>&lt;head&gt;</c> or <c>&lt;body&gt;</c>) has
/// <see cref="Line"/> 0 and <see cref="Offset"/> -1.
/// </summary>
internal sealed class PageElement(string localName, string namespaceUri, PageAttribute[] attributes, int line, int column, int offset) : PageNode
{
    /// <summary>The HTML namespace (AngleSharp's <c>NamespaceNames.HtmlUri</c>).</summary>
    public const string HtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The SVG namespace (AngleSharp's <c>NamespaceNames.SvgUri</c>).</summary>
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>The MathML namespace (AngleSharp's <c>NamespaceNames.MathMlUri</c>).</summary>
    public const string MathMLNamespace = "http://www.w3.org/1998/Math/MathML";

    private readonly List<PageNode> _children = [];

    // The attributes as the array they are: every rule asks for attributes of every element, and a loop over the
    // IReadOnlyList view allocates an enumerator each time.
    private readonly PageAttribute[] _attributes = attributes;

    /// <summary>The element's local name (lower case for HTML elements).</summary>
    public string LocalName { get; } = localName;

    /// <summary>The element's namespace (<see cref="HtmlNamespace"/>, <see cref="SvgNamespace"/> or <see cref="MathMLNamespace"/>).</summary>
    public string NamespaceUri { get; } = namespaceUri;

    /// <summary>The attributes, in source order.</summary>
    public IReadOnlyList<PageAttribute> Attributes => _attributes;

    /// <summary>The attributes, in source order, to loop over without allocating.</summary>
    public ReadOnlySpan<PageAttribute> AttributeSpan => _attributes;

    /// <summary>The line of the start tag (1-based), or 0 for an element the parser inserted.</summary>
    public int Line { get; } = line;

    /// <summary>The column of the start tag's <c>&lt;</c> (1-based), or 0 for an element the parser inserted.</summary>
    public int Column { get; } = column;

    /// <summary>The 0-based index of the start tag's <c>&lt;</c> in the page's text, or -1 for an inserted element.</summary>
    public int Offset { get; } = offset;

    /// <summary>The child nodes, in document order.</summary>
    public IReadOnlyList<PageNode> ChildNodes => _children;

    /// <summary>True when the element is in the HTML namespace.</summary>
    public bool IsHtml => NamespaceUri == HtmlNamespace;

    /// <summary>The value of the attribute named <paramref name="name"/> (lower case), or null.</summary>
    public string? GetAttribute(string name)
    {
        foreach (var attribute in _attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>True when the element has the attribute named <paramref name="name"/> (lower case).</summary>
    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    private static readonly SearchValues<char> ClassSeparators = SearchValues.Create(" \t\n\f\r");

    /// <summary>True when the <c>class</c> attribute lists <paramref name="name"/> (split on ASCII whitespace).</summary>
    public bool HasClass(string name)
    {
        if (GetAttribute("class") is not { } classes)
        {
            return false;
        }

        // Token by token, without splitting: the search text asks this of every element of a page's body.
        var rest = classes.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(ClassSeparators);
            var token = end < 0 ? rest : rest[..end];
            if (token.Length > 0 && token.SequenceEqual(name))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return false;
    }

    /// <summary>The text of every descendant text node, in document order, as the DOM's <c>textContent</c>.</summary>
    public string TextContent
    {
        get
        {
            if (_children.Count == 1 && _children[0] is PageText only)
            {
                return only.Data;
            }

            var text = new StringBuilder();
            AppendText(this, text);
            return text.ToString();
        }
    }

    /// <summary>The element's descendant elements (not itself), in document order, as the DOM's <c>querySelectorAll('*')</c>.</summary>
    public IEnumerable<PageElement> Descendants()
    {
        // Depth-first, without recursion (see AppendText).
        var pending = new Stack<(PageElement Element, int Next)>();
        pending.Push((this, 0));
        while (pending.TryPop(out var top))
        {
            for (var i = top.Next; i < top.Element._children.Count; i++)
            {
                if (top.Element._children[i] is PageElement inner)
                {
                    yield return inner;
                    pending.Push((top.Element, i + 1));
                    pending.Push((inner, 0));
                    break;
                }
            }
        }
    }

    /// <summary>Adds a child at the end (builders only).</summary>
    internal void Append(PageNode child)
    {
        child.Parent = this;
        _children.Add(child);
    }

    // Depth-first, without recursion: a hostile page may nest elements deeper than the stack allows.
    private static void AppendText(PageElement root, StringBuilder text)
    {
        var pending = new Stack<(PageElement Element, int Next)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var top))
        {
            for (var i = top.Next; i < top.Element._children.Count; i++)
            {
                if (top.Element._children[i] is PageText data)
                {
                    text.Append(data.Span);
                }
                else if (top.Element._children[i] is PageElement inner)
                {
                    pending.Push((top.Element, i + 1));
                    pending.Push((inner, 0));
                    break;
                }
            }
        }
    }
}
