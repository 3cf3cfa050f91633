using System.Text;

namespace Relevare.Static.Checks;

/// <summary>
/// The text the streaming scanner (<see cref="HtmlScanner"/>) is collecting for one element. The DOM appends
/// character data to the last child when that is a Text node, so text inserted into the same element with no other
/// node inserted into it in between is one Text node — even across markup that inserts nothing there (an end tag,
/// a comment that goes elsewhere). Most runs are one slice of the page, kept as a range into it (a string only when read).
/// </summary>
internal sealed class HtmlScanTextRun(string html)
{
    private readonly string _html = html;
    private PageElement? _target;
    private int _start;
    private int _end;
    private StringBuilder? _text;
    private bool _built;

    /// <summary>Appends the page's text [<paramref name="start"/>, <paramref name="end"/>) as it is. Always true.</summary>
    public bool AppendRaw(PageElement target, int start, int end)
    {
        if (target != _target)
        {
            Flush();
            _target = target;
            _start = start;
            _end = end;
            return true;
        }

        Built().Append(_html, start, end - start);
        return true;
    }

    /// <summary>Appends the page's text with its character references decoded; false when one is refused.</summary>
    public bool AppendDecoded(PageElement target, int start, int end)
    {
        if (target != _target)
        {
            Flush();
            _target = target;
            _start = _end = start;
        }

        return HtmlCharacterReferences.TryAppendDecoded(_html, start, end, Built());
    }

    /// <summary>A node (element or comment) is being inserted into <paramref name="parent"/>: its run ends there.</summary>
    public void EndIn(PageElement parent)
    {
        if (parent == _target)
        {
            Flush();
        }
    }

    /// <summary>Appends the run, if any, to its element as a Text node.</summary>
    public void Flush()
    {
        if (_target is null)
        {
            return;
        }

        if (_built ? _text!.Length > 0 : _end > _start)
        {
            _target.Append(_built ? new PageText(_text!.ToString()) : new PageText(_html, _start, _end - _start));
        }

        _target = null;
        _built = false;
    }

    // The run as a builder, from the slice collected so far.
    private StringBuilder Built()
    {
        _text ??= new StringBuilder();
        if (!_built)
        {
            _text.Clear().Append(_html, _start, _end - _start);
            _built = true;
        }

        return _text;
    }
}
