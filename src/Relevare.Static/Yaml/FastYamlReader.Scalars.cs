using System.Collections.Immutable;
using System.Text;

namespace Relevare.Static.Yaml;

/// <summary>The values <see cref="FastYamlReader"/> reads within one line: scalars, and one-line flow lists and mappings of scalars.</summary>
internal sealed partial class FastYamlReader
{
    // What may not start a plain value: YAML's indicators. '-', '?' and ':' may start one when a character other than
    // a space follows (-5), but that is left to YamlDotNet.
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*'
        or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    // The value written from `at` on the current line to its end (or to a comment), or null.
    private YamlNode? ReadInline(int at, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        YamlNode? node;
        int end;
        switch (_text[at])
        {
            case '"' or '\'':
                node = ReadQuoted(at, out end);
                break;
            case '[':
                node = ReadFlowList(at, out end);
                break;
            case '{':
                node = ReadFlowMapping(at, out end);
                break;
            default:
                return ReadPlain(at);
        }

        if (node is null)
        {
            return null;
        }

        // After a quoted or flow value only spaces and a comment may follow.
        var rest = SkipSpaces(end);
        return rest == _end || (_text[rest] == '#' && rest > end) ? node : null;
    }

    // A plain value in a block: to the end of the line or a " #" comment, without its trailing spaces.
    private YamlScalar? ReadPlain(int at)
    {
        if (IsIndicator(_text[at]))
        {
            return null;
        }

        var stop = at;
        while (stop < _end)
        {
            var c = _text[stop];
            if (c == ':' && (stop + 1 == _end || _text[stop + 1] == ' '))
            {
                return null; // a key inside a value ("a: b: c") is a syntax error
            }

            if (c == '#' && _text[stop - 1] == ' ')
            {
                break;
            }

            stop++;
        }

        while (_text[stop - 1] == ' ')
        {
            stop--;
        }

        return new YamlScalar(_strings.Get(_text.AsSpan(at, stop - at)), true, LineNumber, at - _start + 1);
    }

    // A plain value inside a flow list or mapping: up to ',', ']' or '}', without its trailing spaces; null when it
    // holds anything a flow value could mean otherwise (':', '[', '{', a comment) or goes on over the line.
    private YamlScalar? ReadFlowPlain(int at, out int end)
    {
        end = at;
        if (IsIndicator(_text[at]))
        {
            return null;
        }

        var stop = at;
        while (stop < _end && _text[stop] is not (',' or ']' or '}'))
        {
            if (_text[stop] is ':' or '[' or '{' || (_text[stop] == '#' && _text[stop - 1] == ' '))
            {
                return null;
            }

            stop++;
        }

        if (stop == _end)
        {
            return null;
        }

        end = stop;
        while (_text[stop - 1] == ' ')
        {
            stop--;
        }

        return new YamlScalar(_strings.Get(_text.AsSpan(at, stop - at)), true, LineNumber, at - _start + 1);
    }

    // A single- or double-quoted value closed on its line; `end` is after the closing quote.
    private YamlScalar? ReadQuoted(int at, out int end)
    {
        var quote = _text[at];
        end = at;
        StringBuilder? unescaped = null;
        var from = at + 1;
        for (var i = at + 1; i < _end; i++)
        {
            var c = _text[i];
            if (c == quote && quote == '\'' && i + 1 < _end && _text[i + 1] == '\'')
            {
                // '' is one quote in single quotes.
                (unescaped ??= new StringBuilder()).Append(_text, from, i + 1 - from);
                from = i + 2;
                i++;
            }
            else if (c == quote)
            {
                end = i + 1;
                var value = unescaped is null
                    ? _strings.Get(_text.AsSpan(at + 1, i - at - 1))
                    : unescaped.Append(_text, from, i - from).ToString();
                return new YamlScalar(value, false, LineNumber, at - _start + 1);
            }
            else if (c == '\\' && quote == '"')
            {
                var escaped = i + 1 < _end ? _text[i + 1] : '\0';
                var meaning = escaped switch
                {
                    '\\' or '"' or '/' => escaped,
                    'n' => '\n',
                    't' => '\t',
                    'u' => Unicode(i + 2),
                    _ => '\0',
                };
                if (meaning == '\0')
                {
                    return null; // other escapes (\x, \0, \e, a line break) are YamlDotNet's to read or refuse
                }

                (unescaped ??= new StringBuilder()).Append(_text, from, i - from).Append(meaning);
                var length = escaped == 'u' ? 6 : 2;
                from = i + length;
                i += length - 1;
            }
        }

        return null; // not closed on this line
    }

    // The character of "\uXXXX" whose digits start at `at`, or '\0' when it is not one read here: only printable
    // characters of the Basic Multilingual Plane (a no-break space, a letter), not controls, separators or surrogates.
    private char Unicode(int at)
    {
        if (at + 4 > _end || !int.TryParse(_text.AsSpan(at, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
        {
            return '\0';
        }

        var c = (char)code;
        return c is (< ' ') or (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF') or '\u2028' or '\u2029' or '\uFEFF'
            or '\uFFFE' or '\uFFFF' ? '\0' : c;
    }

    private YamlScalar? ReadFlowScalar(int at, out int end) =>
        _text[at] is '"' or '\'' ? ReadQuoted(at, out end) : ReadFlowPlain(at, out end);

    // "[a, 'b', "c"]" on one line: scalars only; `end` is after the ']'.
    private YamlSequence? ReadFlowList(int at, out int end)
    {
        end = at;
        var first = _items.Count;
        var i = SkipSpaces(at + 1);
        if (i < _end && _text[i] == ']')
        {
            end = i + 1;
            return new YamlSequence([], LineNumber, at - _start + 1);
        }

        while (true)
        {
            if (i >= _end || ReadFlowScalar(i, out var after) is not { } item)
            {
                return null;
            }

            _items.Add(item);
            i = SkipSpaces(after);
            if (i < _end && _text[i] == ']')
            {
                break;
            }

            if (i >= _end || _text[i] != ',')
            {
                return null;
            }

            i = SkipSpaces(i + 1);
        }

        end = i + 1;
        var items = ImmutableArray.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items)[first..]);
        _items.RemoveRange(first, _items.Count - first);
        return new YamlSequence(items, LineNumber, at - _start + 1);
    }

    // "{ key: value, other: 'text' }" on one line: simple keys and scalar values; `end` is after the '}'.
    private YamlMapping? ReadFlowMapping(int at, out int end)
    {
        end = at;
        var first = _entries.Count;
        var i = SkipSpaces(at + 1);
        if (i < _end && _text[i] == '}')
        {
            end = i + 1;
            return new YamlMapping([], LineNumber, at - _start + 1);
        }

        while (true)
        {
            var keyEnd = KeyEnd(i);
            if (keyEnd < 0)
            {
                return null;
            }

            var key = new YamlScalar(_strings.Get(_text.AsSpan(i, keyEnd - i)), true, LineNumber, i - _start + 1);
            for (var k = first; k < _entries.Count; k++)
            {
                if (_entries[k].Key.Value == key.Value)
                {
                    return null;
                }
            }

            i = SkipSpaces(keyEnd + 1);
            if (i >= _end || ReadFlowScalar(i, out var after) is not { } value)
            {
                return null;
            }

            _entries.Add(new YamlEntry(key, value));
            i = SkipSpaces(after);
            if (i < _end && _text[i] == '}')
            {
                break;
            }

            if (i >= _end || _text[i] != ',')
            {
                return null;
            }

            i = SkipSpaces(i + 1);
        }

        end = i + 1;
        var entries = ImmutableArray.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries)[first..]);
        _entries.RemoveRange(first, _entries.Count - first);
        return new YamlMapping(entries, LineNumber, at - _start + 1);
    }

    /// <summary>
    /// Short strings already made by this thread's reader (keys, tags, dates repeat from page to page), so each page
    /// does not allocate them again. Strings are immutable: sharing one changes nothing a reader of the tree sees.
    /// </summary>
    private sealed class StringCache
    {
        private const int MaxLength = 32;
        private const int MaxCount = 2048;
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public StringCache() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> text)
        {
            if (text.Length == 0)
            {
                return "";
            }

            if (text.Length > MaxLength)
            {
                return text.ToString();
            }

            if (_lookup.TryGetValue(text, out var known))
            {
                return known;
            }

            var made = text.ToString();
            if (_strings.Count < MaxCount)
            {
                _strings.Add(made, made);
            }

            return made;
        }
    }
}
