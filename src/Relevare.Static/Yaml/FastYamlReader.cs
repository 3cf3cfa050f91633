using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Relevare.Static.Yaml;

/// <summary>
/// A reader for the YAML that front matter and the site's files mostly hold, without YamlDotNet's scanner, parser and
/// events: a block mapping of single-line scalars (plain, single- or double-quoted with simple escapes), one-line flow
/// lists and mappings of scalars, block lists, and nested block mappings, with comments and blank lines between. It
/// gives the tree <see cref="SafeYamlReader"/>'s YamlDotNet path gives (values, plain flags, lines, columns, order),
/// or null for anything else: anything outside that subset, and anything that could be a mistake or a finding of any
/// kind (a duplicate key, a tab, an anchor, an alias, a tag, a control character, a document marker, a value that goes
/// on over several lines, an escape other than <c>\\ \" \/ \n \t</c>, unusual indentation). Then YamlDotNet reads the
/// text as before, so every diagnostic is its path's. tests/…/Yaml/FastYamlReaderTests.cs hold the two paths equal.
/// </summary>
internal sealed partial class FastYamlReader
{
    // Far below SafeYamlReader.MaxDepth: what is deeper is YamlDotNet's to read (and refuse).
    private const int MaxDepth = 16;

    // Longer keys are YamlDotNet's (a simple key is limited to 1024 characters).
    private const int MaxKeyLength = 128;

    [ThreadStatic]
    private static FastYamlReader? _cached;

    // Entries and items of the mappings and lists being read, innermost last: each collection takes its own from the
    // end when it closes, so a page's YAML allocates only its tree.
    private readonly List<YamlEntry> _entries = [];
    private readonly List<YamlNode> _items = [];
    private readonly StringCache _strings = new();

    private string _text = "";
    private int _firstLine;

    // The current line: where it starts and ends (its '\n' or the end of the text), its 0-based number in the text, and
    // the column (0-based) of its first character that is not a space (where a list item's mapping starts, the column
    // of its first key).
    private int _start;
    private int _end;
    private int _line;
    private int _indent;

    /// <summary>The tree of <paramref name="text"/> (whose first line is line <paramref name="firstLine"/>), or null when YamlDotNet must read it.</summary>
    public static YamlNode? Read(string text, int firstLine)
    {
        if (!HasOnlyPlainCharacters(text))
        {
            return null;
        }

        var reader = _cached ?? new FastYamlReader();
        _cached = null; // a reader is used by one Read at a time
        try
        {
            return reader.ReadDocument(text, firstLine);
        }
        finally
        {
            reader._entries.Clear();
            reader._items.Clear();
            reader._text = "";
            _cached = reader;
        }
    }

    private YamlMapping? ReadDocument(string text, int firstLine)
    {
        _text = text;
        _firstLine = firstLine;
        _start = 0;
        _line = 0;
        SetLine();
        if (!SkipToContent())
        {
            // Only blank lines and comments: YamlDotNet reads no document, which SafeYamlReader makes an empty mapping.
            return new YamlMapping([], firstLine, 1);
        }

        if (_text[_start + _indent] == '-')
        {
            return null; // a list at the top, or a document marker: rare, left to YamlDotNet
        }

        var root = ReadMapping(_indent, 1);
        return root is not null && AtEnd ? root : null;
    }

    // A block mapping whose keys are at column `indent` (0-based), from the current line, which holds its first key.
    private YamlMapping? ReadMapping(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var first = _entries.Count;
        var line = LineNumber;
        while (true)
        {
            var key = ReadKey(_start + indent, out var keyEnd);
            if (key is null)
            {
                return null;
            }

            for (var i = first; i < _entries.Count; i++)
            {
                if (_entries[i].Key.Value == key.Value)
                {
                    return null; // YamlDotNet's path reports the duplicate
                }
            }

            var value = ReadValue(indent, keyEnd + 1, depth);
            if (value is null)
            {
                return null;
            }

            _entries.Add(new YamlEntry(key, value));
            if (AtEnd || _indent < indent)
            {
                break;
            }

            if (_indent > indent)
            {
                return null; // a value going on over several lines, or indentation YamlDotNet is to judge
            }
        }

        var entries = ImmutableArray.Create(CollectionsMarshal.AsSpan(_entries)[first..]);
        _entries.RemoveRange(first, _entries.Count - first);
        return new YamlMapping(entries, line, indent + 1);
    }

    // The value of a key of the mapping at `indent`, written after the key's ':' at `afterColon`; leaves the reader on
    // the next line with content.
    private YamlNode? ReadValue(int indent, int afterColon, int depth)
    {
        var at = SkipSpaces(afterColon);
        if (at < _end && _text[at] != '#')
        {
            var inline = ReadInline(at, depth);
            return inline is not null && NextLine() && (AtEnd || _indent <= indent) ? inline : null;
        }

        // Nothing on the key's line: the value is a block below it, or empty.
        var emptyLine = LineNumber;
        if (!NextLine())
        {
            return null;
        }

        if (!AtEnd && IsListItem(_start + _indent) && _indent >= indent)
        {
            return ReadList(_indent, _indent == indent, depth + 1);
        }

        if (!AtEnd && _indent > indent)
        {
            return ReadMapping(_indent, depth + 1);
        }

        // YamlDotNet puts an empty value right after the ':'.
        return new YamlScalar("", true, emptyLine, afterColon - LineStartOf(afterColon) + 1);
    }

    // A block list whose '-' are at column `indent`; `inMapping` when it is a mapping value at the mapping's own
    // indentation (then a line at that column that is not an item is the mapping's next key).
    private YamlSequence? ReadList(int indent, bool inMapping, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var first = _items.Count;
        var line = LineNumber;
        while (true)
        {
            var dash = _start + indent;
            var at = SkipSpaces(dash + 1);
            if (at >= _end || _text[at] == '#')
            {
                return null; // an empty item, or its value on the next lines
            }

            YamlNode? item;
            if (KeyEnd(at) >= 0)
            {
                // "- key: value": a mapping whose keys are at the column of the first one.
                _indent = at - _start;
                item = ReadMapping(_indent, depth + 1);
            }
            else
            {
                item = ReadInline(at, depth);
                if (item is not null && !NextLine())
                {
                    return null;
                }
            }

            if (item is null)
            {
                return null;
            }

            _items.Add(item);
            if (AtEnd || _indent < indent)
            {
                break;
            }

            if (_indent > indent)
            {
                return null;
            }

            if (!IsListItem(_start + indent))
            {
                if (inMapping)
                {
                    break;
                }

                return null;
            }
        }

        var items = ImmutableArray.Create(CollectionsMarshal.AsSpan(_items)[first..]);
        _items.RemoveRange(first, _items.Count - first);
        return new YamlSequence(items, line, indent + 1);
    }

    // A key of a block mapping written from `at`: a simple plain one (see KeyEnd), or a short quoted one ("": page);
    // `colon` is the index of its ':'.
    private YamlScalar? ReadKey(int at, out int colon)
    {
        if (_text[at] is not ('"' or '\''))
        {
            colon = KeyEnd(at);
            return colon < 0 ? null : new YamlScalar(_strings.Get(_text.AsSpan(at, colon - at)), true, LineNumber, at - _start + 1);
        }

        colon = -1;
        var key = ReadQuoted(at, out var end);
        if (key is null || end - at > MaxKeyLength || end >= _end || _text[end] != ':' || (end + 1 < _end && _text[end + 1] != ' '))
        {
            return null;
        }

        colon = end;
        return key;
    }

    // The end of a key written from `at` (the index of its ':', followed by a space or the end of the line), or -1 when
    // the key is not of the simple kind read here (letters, digits, '_', '-', '.', '/', starting with a letter, digit
    // or '_').
    private int KeyEnd(int at)
    {
        if (at >= _end || !(char.IsAsciiLetterOrDigit(_text[at]) || _text[at] == '_'))
        {
            return -1;
        }

        var i = at + 1;
        while (i < _end && i - at <= MaxKeyLength && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-' or '.' or '/'))
        {
            i++;
        }

        return i < _end && _text[i] == ':' && (i + 1 == _end || _text[i + 1] == ' ') && i - at <= MaxKeyLength ? i : -1;
    }

    private bool IsListItem(int at) => _text[at] == '-' && at + 1 < _end && _text[at + 1] == ' ';

    private int SkipSpaces(int at)
    {
        while (at < _end && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private bool AtEnd => _start >= _text.Length;

    private int LineNumber => _firstLine + _line;

    private int LineStartOf(int index) => index == 0 ? 0 : _text.LastIndexOf('\n', index - 1) + 1;

    // Moves to the line after the current one, then to the first line from there with content (not blank, not only a
    // comment). False when that line is of a kind never read here (a document marker or a directive).
    private bool NextLine()
    {
        if (_end >= _text.Length)
        {
            _start = _text.Length;
            return true;
        }

        _start = _end + 1;
        _line++;
        SetLine();
        SkipToContent();
        return AtEnd || !IsMarker();
    }

    // From the current line, the first one with content; false at the end of the text.
    private bool SkipToContent()
    {
        while (true)
        {
            if (_start + _indent < _end && _text[_start + _indent] != '#')
            {
                return true;
            }

            if (_end >= _text.Length)
            {
                _start = _text.Length;
                return false;
            }

            _start = _end + 1;
            _line++;
            SetLine();
        }
    }

    private void SetLine()
    {
        var newline = _text.IndexOf('\n', _start);
        _end = newline < 0 ? _text.Length : newline;
        var i = _start;
        while (i < _end && _text[i] == ' ')
        {
            i++;
        }

        _indent = i - _start;
    }

    // "---", "..." or a directive at the start of a line.
    private bool IsMarker()
    {
        var line = _text.AsSpan(_start, _end - _start);
        return line.StartsWith("---") || line.StartsWith("...") || line.StartsWith('%');
    }

    // Characters YamlDotNet reads as they are: printable ASCII, the newline, and non-ASCII characters of the Basic
    // Multilingual Plane that are not controls, separators, surrogates, the byte order mark or non-characters (where
    // columns could differ, or YamlDotNet could refuse or break the line).
    private static bool HasOnlyPlainCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c is (< ' ' and not '\n') or (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF')
                or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }
}
