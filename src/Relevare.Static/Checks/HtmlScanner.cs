namespace Relevare.Static.Checks;

/// <summary>
/// A streaming scanner that builds a <see cref="PageDocument"/> in one forward pass over a page, for the pages
/// relevare writes itself. It accepts only a conservative subset of HTML in which the HTML5 tree builder does
/// nothing but push and pop: a <c>&lt;!doctype html&gt;</c>, an explicit <c>html</c>/<c>head</c>/<c>body</c>
/// skeleton, known elements (<see cref="HtmlScanElements"/>) each closed by its own end tag in order, error-free
/// tags, comments and character references. Wherever the tree builder would imply, close, move or reparent an
/// element (an open <c>&lt;p&gt;</c> closed by a block, a second <c>&lt;a&gt;</c>, foster parenting, foreign
/// content…) or the tokenizer would report a parse error, <see cref="TryParse"/> returns null and the caller parses
/// the page with AngleSharp. A null costs one parse; a wrong tree would hide a script from the safety rule, so
/// every doubt is a null. Differential tests hold its trees equal to AngleSharp's.
/// </summary>
internal sealed class HtmlScanner
{
    private enum Mode
    {
        BeforeHtml,
        BeforeHead,
        InHead,
        AfterHead,
        InBody,
        AfterBody,
        AfterAfterBody,
    }

    private static readonly PageDoctype HtmlDoctype = new("html", "", "");

    private readonly string _html;
    private readonly Buffers _buffers;
    private readonly HtmlScanStack _open;
    private readonly List<PageAttribute> _attributes;
    private Mode _mode = Mode.BeforeHtml;
    private PageElement? _root;
    private PageElement? _head;
    private PageElement? _body;
    private bool _afterPre;

    private readonly HtmlScanTextRun _text;

    // The stack of open elements, the attribute list and the list of created elements: one set per thread, reused
    // page after page (emptied after each, so that no page's tree stays reachable; not kept after a very large page).
    [ThreadStatic]
    private static Buffers? t_buffers;

    private const int KeptCapacity = 4096;

    // Every element in the order it was created, which is document order: the scanner only appends to the current
    // node, never moves a node, so an element is created after every node before it in the tree.
    private readonly List<PageElement> _created;

    // Line counting, incremental: lines are counted once, up to the last start tag seen.
    private int _lineCounted;
    private int _line = 1;
    private int _lineStart;

    private HtmlScanner(string html)
    {
        _html = html;
        _text = new HtmlScanTextRun(html);
        _buffers = t_buffers ?? new Buffers();
        t_buffers = null;
        _buffers.Clear();
        _open = _buffers.Open;
        _attributes = _buffers.Attributes;
        _created = _buffers.Created;
    }

    /// <summary>
    /// The page's tree, exactly as an HTML5 parser with scripting on builds it (comments left out), each element
    /// with the line, column and offset of its start tag's <c>&lt;</c>; or null when the page is outside the subset
    /// the scanner can prove that for.
    /// </summary>
    public static PageDocument? TryParse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);

        if (!HtmlScanTokenizer.HasOnlyPlainCharacters(html))
        {
            return null;
        }

        var start = HtmlScanTokenizer.ReadDoctype(html);
        if (start < 0)
        {
            return null;
        }

        var scanner = new HtmlScanner(html);
        var document = scanner.Run(start);
        scanner.Release();
        return document;
    }

    // Hands the buffers back, empty, for the thread's next page.
    private void Release()
    {
        _buffers.Clear();
        if (_created.Capacity <= KeptCapacity && _open.Capacity <= KeptCapacity && _attributes.Capacity <= KeptCapacity)
        {
            t_buffers = _buffers;
        }
    }

    private sealed class Buffers
    {
        public HtmlScanStack Open { get; } = new();

        public List<PageAttribute> Attributes { get; } = [];

        public List<PageElement> Created { get; } = [];

        public void Clear()
        {
            Open.Clear();
            Attributes.Clear();
            Created.Clear();
        }
    }

    private PageDocument? Run(int position)
    {
        while (position < _html.Length)
        {
            var lt = _html.IndexOf('<', position);
            var textEnd = lt < 0 ? _html.Length : lt;
            if (textEnd > position && !Text(position, textEnd))
            {
                return null;
            }

            if (lt < 0)
            {
                break;
            }

            _afterPre = false;
            position = Markup(lt);
            if (position < 0)
            {
                return null;
            }
        }

        if (_mode != Mode.AfterAfterBody || _root is null)
        {
            return null;
        }

        _text.Flush();
        // The only doctype the scanner accepts: <!doctype html>, name lower-cased, no identifiers, no quirks.
        return new PageDocument(_root, [.. _created]) { Doctype = HtmlDoctype, QuirksMode = PageQuirksMode.Off };
    }

    // Character data between two pieces of markup.
    private bool Text(int start, int end)
    {
        if (_afterPre)
        {
            // "If the next token is a U+000A LINE FEED (LF) character token, then ignore that token": a reference
            // could be that token too, so it is refused rather than guessed.
            _afterPre = false;
            if (_html[start] == '&')
            {
                return false;
            }

            if (_html[start] == '\n' && ++start == end)
            {
                return true;
            }
        }

        var span = _html.AsSpan(start, end - start);
        var whitespaceOnly = span.IndexOfAnyExcept(HtmlScanTokenizer.Whitespace) < 0;
        switch (_mode)
        {
            case Mode.BeforeHtml or Mode.BeforeHead:
                return whitespaceOnly;
            case Mode.InHead:
                return whitespaceOnly && _text.AppendRaw(_head!, start, end);
            case Mode.AfterHead:
                return whitespaceOnly && _text.AppendRaw(_root!, start, end);
            case Mode.AfterBody or Mode.AfterAfterBody:
                // Whitespace after </body> or </html> is processed "using the rules for in body": into the body.
                return whitespaceOnly && _text.AppendRaw(_body!, start, end);
        }

        var current = _open.Current;
        if ((_open.CurrentKind & HtmlScanKind.TableContext) != 0)
        {
            // "In table text": anything but whitespace is foster-parented out of the table.
            return whitespaceOnly && _text.AppendRaw(current, start, end);
        }

        return span.IndexOf('&') < 0 ? _text.AppendRaw(current, start, end) : _text.AppendDecoded(current, start, end);
    }

    private int Markup(int lt)
    {
        if (lt + 1 >= _html.Length)
        {
            return -1;
        }

        var next = _html[lt + 1];
        if (next == '!')
        {
            return _html.AsSpan(lt).StartsWith("<!--") ? Comment(lt) : -1;
        }

        if (next == '/')
        {
            var after = HtmlScanTokenizer.ReadEndTag(_html, lt, out var endName, out _);
            return after < 0 || !EndTag(endName) ? -1 : after;
        }

        if (!char.IsAsciiLetter(next))
        {
            // "<" before a non-letter is text with a parse error (invalid-first-character-of-tag-name), "<?" a bogus
            // comment: neither is in a page relevare writes.
            return -1;
        }

        var end = HtmlScanTokenizer.ReadStartTag(_html, lt, _attributes, out var name, out var kind, out var selfClosing);
        if (end < 0 || (selfClosing && (kind & HtmlScanKind.Void) == 0))
        {
            // A non-void HTML element's "/>" is ignored by the tree builder (and reported): not ours.
            return -1;
        }

        return StartTag(lt, end, name, kind);
    }

    private int Comment(int lt)
    {
        var after = HtmlScanTokenizer.SkipComment(_html, lt);
        if (after < 0)
        {
            return -1;
        }

        // Comments are not part of the page pass's tree, but the node one is inserted into ends that node's text run.
        var parent = _mode switch
        {
            Mode.BeforeHead or Mode.AfterHead => _root,
            Mode.InHead => _head,
            Mode.InBody => _open.Current,
            _ => null, // the document (before <html>, after </html>) or, after </body>, the html element
        };
        if (parent is not null)
        {
            _text.EndIn(parent);
        }

        return after;
    }

    private int StartTag(int lt, int end, string name, HtmlScanKind kind)
    {
        switch (_mode)
        {
            case Mode.BeforeHtml when name == "html":
                _root = NewElement(name, lt);
                _open.Push(_root, kind);
                _mode = Mode.BeforeHead;
                return end;
            case Mode.BeforeHead when name == "head":
                _head = Insert(name, kind, lt);
                _mode = Mode.InHead;
                return end;
            case Mode.InHead when (kind & HtmlScanKind.HeadContent) != 0:
                return HeadContent(lt, end, name, kind);
            case Mode.AfterHead when name == "body":
                _body = Insert(name, kind, lt);
                _mode = Mode.InBody;
                return end;
            case Mode.InBody when !BodyStartTag(lt, name, kind):
                return -1;
            case Mode.InBody:
                return (kind & HtmlScanKind.HeadContent) != 0 ? HeadContent(lt, end, name, kind) : end;
            default:
                return -1;
        }
    }

    // meta, link, base, title, style, noscript, script: by the "in head" rules, in the head or the body alike.
    private int HeadContent(int lt, int end, string name, HtmlScanKind kind)
    {
        var element = Insert(name, kind, lt);
        if ((kind & HtmlScanKind.Void) != 0)
        {
            return end;
        }

        var close = HtmlScanTokenizer.FindRawTextEnd(_html, end, name, out var after);
        if (close < 0)
        {
            return -1;
        }

        // Script data enters its escaped states at "<!--", where "</script>" may no longer end it.
        if ((kind & HtmlScanKind.ScriptData) != 0 && _html.AsSpan(end, close - end).Contains("<!--", StringComparison.Ordinal))
        {
            return -1;
        }

        if (close > end)
        {
            var ok = (kind & HtmlScanKind.Rcdata) != 0 ? _text.AppendDecoded(element, end, close) : _text.AppendRaw(element, end, close);
            if (!ok)
            {
                return -1;
            }
        }

        _open.Pop();
        return after;
    }

    // The "in body" rules (and "in table", "in table body", "in row" by the current node) for an accepted start tag;
    // false where they would do more than insert the element. Inserts it unless it is head content (the caller).
    private bool BodyStartTag(int lt, string name, HtmlScanKind kind)
    {
        var currentKind = _open.CurrentKind;
        var current = _open.Current;
        if ((currentKind & HtmlScanKind.TableContext) != 0)
        {
            // Only the exact table structure: anything else in a table is foster-parented or implies a part.
            var fits = current.LocalName switch
            {
                "table" => name is "caption" or "thead" or "tbody" or "tfoot",
                "thead" or "tbody" or "tfoot" => name == "tr",
                _ => name is "td" or "th",
            };
            if (fits)
            {
                Insert(name, kind, lt);
            }

            return fits;
        }

        if ((kind & (HtmlScanKind.Skeleton | HtmlScanKind.TablePart)) != 0 ||
            ((kind & HtmlScanKind.ClosesP) != 0 && _open.HasPInButtonScope()) ||
            ((kind & HtmlScanKind.Heading) != 0 && _open.Headings > 0) ||
            ((kind & HtmlScanKind.ListItem) != 0 && _open.WouldCloseItem(isListItem: true)) ||
            ((kind & HtmlScanKind.DefinitionItem) != 0 && _open.WouldCloseItem(isListItem: false)) ||
            (name == "a" && _open.Anchors > 0) ||
            (name == "button" && _open.Buttons > 0) ||
            (name == "form" && _open.Forms > 0))
        {
            return false;
        }

        if ((kind & HtmlScanKind.HeadContent) == 0)
        {
            Insert(name, kind, lt);
            _afterPre = name == "pre";
        }

        return true;
    }

    private bool EndTag(string name)
    {
        switch (_mode)
        {
            case Mode.InHead when name == "head" && _open.Current == _head:
                _open.Pop();
                _mode = Mode.AfterHead;
                return true;
            case Mode.InBody when name == "body":
                // </body> does not pop the body: what follows is still inserted into it.
                _mode = Mode.AfterBody;
                return _open.Current == _body;
            case Mode.InBody when _open.Current != _body && _open.Current.LocalName == name:
                // The end tag of the current node: every end-tag rule of "in body", "in table", "in table body",
                // "in row", "in cell" and "in caption" pops just that node then (implied end tags are none, the
                // adoption agency has no furthest block).
                _open.Pop();
                return true;
            case Mode.AfterBody when name == "html":
                _mode = Mode.AfterAfterBody;
                return true;
            default:
                return false;
        }
    }

    private PageElement Insert(string name, HtmlScanKind kind, int lt)
    {
        var parent = _open.Current;
        _text.EndIn(parent);

        var element = NewElement(name, lt);
        parent.Append(element);
        if ((kind & HtmlScanKind.Void) == 0)
        {
            _open.Push(element, kind);
        }

        return element;
    }

    private PageElement NewElement(string name, int lt)
    {
        // Line by line with IndexOf: span.Count's vector loop is not inlined in the Native AOT build (a call per 8
        // characters: 2% of rendering a page), and the last line's start comes out of the same loop.
        while (_html.AsSpan(_lineCounted, lt - _lineCounted).IndexOf('\n') is var next and >= 0)
        {
            _line++;
            _lineCounted += next + 1;
            _lineStart = _lineCounted;
        }

        _lineCounted = lt;
        PageAttribute[] attributes = _attributes.Count == 0 ? [] : [.. _attributes];
        var element = new PageElement(name, PageElement.HtmlNamespace, attributes, _line, lt - _lineStart + 1, lt);
        _created.Add(element);
        return element;
    }
}
