using System.Buffers;
using System.Text;

namespace Relevare.Static.Checks;

/// <summary>
/// The tokenizer half of the streaming scanner (<see cref="HtmlScanner"/>): reads one tag, comment or raw-text run
/// at a given index, following the WHATWG tokenizer's states for the error-free paths only. Every method gives -1
/// (or false) where the tokenizer would report a parse error or do anything this code does not reproduce exactly;
/// the scanner then gives the page to AngleSharp.
/// </summary>
internal static class HtmlScanTokenizer
{
    /// <summary>ASCII whitespace as the tokenizer means it (carriage returns never reach the scanner).</summary>
    public static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\f");

    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\0\r\uFFFE\uFFFF" + string.Concat(Enumerable.Range(0xFDD0, 32).Select(c => (char)c)) +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    // Attribute names that appear on nearly every page, shared instead of allocated per element.
    private static readonly HtmlScanNames<bool> CommonAttributeNames = new(new[]
    {
        "alt", "aria-current", "aria-hidden", "aria-label", "aria-labelledby", "action", "charset", "class",
        "content", "crossorigin", "datetime", "decoding", "dir", "for", "height", "href", "hreflang", "id",
        "integrity", "lang", "loading", "media", "method", "name", "property", "rel", "role", "sizes", "src",
        "srcset", "tabindex", "title", "type", "value", "width",
    }.Select(name => KeyValuePair.Create(name, true)));

    /// <summary>
    /// False when the page has a character whose handling the scanner does not reproduce: NUL (replaced or dropped
    /// depending on the state), a carriage return (normalised by the input stream before positions are counted), a
    /// noncharacter (AngleSharp replaces them), a lone surrogate. None is in a page relevare writes; a valid surrogate
    /// pair (an emoji) is fine.
    /// </summary>
    public static bool HasOnlyPlainCharacters(string html)
    {
        var first = html.AsSpan().IndexOfAny(Unusual);
        if (first < 0)
        {
            return true;
        }

        for (var i = first; i < html.Length; i++)
        {
            var c = html[i];
            if (!Unusual.Contains(c))
            {
                continue;
            }

            if (!char.IsHighSurrogate(c) || i + 1 >= html.Length || !char.IsLowSurrogate(html[i + 1]) ||
                (char.ConvertToUtf32(c, html[i + 1]) & 0xFFFE) == 0xFFFE)
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>True for the tokenizer's whitespace (tab, line feed, form feed, space).</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f';

    /// <summary>
    /// The index after <c>&lt;!DOCTYPE html&gt;</c> at the start of the page (any ASCII case, whitespace between
    /// the keyword and the name and before <c>&gt;</c>), or -1: another doctype may switch on quirks mode.
    /// </summary>
    public static int ReadDoctype(string html)
    {
        const string keyword = "<!DOCTYPE";
        if (html.Length < keyword.Length || !Ascii.EqualsIgnoreCase(html.AsSpan(0, keyword.Length), keyword))
        {
            return -1;
        }

        var i = keyword.Length;
        var gap = i;
        while (i < html.Length && IsWhitespace(html[i]))
        {
            i++;
        }

        if (i == gap || i + 4 > html.Length || !Ascii.EqualsIgnoreCase(html.AsSpan(i, 4), "html"))
        {
            return -1;
        }

        i += 4;
        while (i < html.Length && IsWhitespace(html[i]))
        {
            i++;
        }

        return i < html.Length && html[i] == '>' ? i + 1 : -1;
    }

    /// <summary>
    /// Reads the start tag whose <c>&lt;</c> is at <paramref name="lt"/> (followed by an ASCII letter): its name
    /// (an accepted element, <see cref="HtmlScanElements"/>), attributes (first of each name kept, values decoded)
    /// and whether it ends with <c>/&gt;</c>. Gives the index after its <c>&gt;</c>, or -1.
    /// </summary>
    public static int ReadStartTag(
        string html, int lt, List<PageAttribute> attributes, out string name, out HtmlScanKind kind, out bool selfClosing)
    {
        attributes.Clear();
        selfClosing = false;
        var i = lt + 1;
        var nameStart = i;
        while (i < html.Length && !IsWhitespace(html[i]) && html[i] != '/' && html[i] != '>')
        {
            i++;
        }

        if (i >= html.Length || !HtmlScanElements.TryGet(html.AsSpan(nameStart, i - nameStart), out name, out kind))
        {
            name = "";
            kind = HtmlScanKind.None;
            return -1;
        }

        while (true)
        {
            i = SkipWhitespace(html, i);
            if (i >= html.Length)
            {
                return -1;
            }

            switch (html[i])
            {
                case '>':
                    return i + 1;
                case '/':
                    // Self-closing start tag state: anything but '>' is unexpected-solidus-in-tag.
                    selfClosing = true;
                    return i + 1 < html.Length && html[i + 1] == '>' ? i + 2 : -1;
                case '=':
                    return -1;
            }

            i = ReadAttribute(html, i, attributes);
            if (i < 0)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Reads the end tag whose <c>&lt;/</c> is at <paramref name="lt"/>: <c>&lt;/name&gt;</c> with optional
    /// whitespace before <c>&gt;</c>, an accepted element name. Gives the index after it, or -1 (attributes or
    /// <c>/</c> on an end tag, <c>&lt;/</c> not followed by a letter, an unknown name).
    /// </summary>
    public static int ReadEndTag(string html, int lt, out string name, out HtmlScanKind kind)
    {
        var i = lt + 2;
        var nameStart = i;
        while (i < html.Length && !IsWhitespace(html[i]) && html[i] != '/' && html[i] != '>')
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]) ||
            !HtmlScanElements.TryGet(html.AsSpan(nameStart, i - nameStart), out name, out kind))
        {
            name = "";
            kind = HtmlScanKind.None;
            return -1;
        }

        i = SkipWhitespace(html, i);
        return i < html.Length && html[i] == '>' ? i + 1 : -1;
    }

    /// <summary>
    /// The index after the comment that starts at <paramref name="lt"/> (<c>&lt;!--</c>), or -1 for the forms whose
    /// end the tokenizer finds elsewhere than at the first <c>--&gt;</c>: <c>&lt;!--&gt;</c>, <c>&lt;!---&gt;</c>,
    /// <c>--!&gt;</c>, nested <c>&lt;!--</c>, and an unclosed comment.
    /// </summary>
    public static int SkipComment(string html, int lt)
    {
        var start = lt + 4;
        var end = html.IndexOf("-->", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return -1;
        }

        var data = html.AsSpan(start, end - start);
        if ((data.Length > 0 && data[0] == '>') || data.StartsWith("->") || data.Contains("--!", StringComparison.Ordinal) ||
            data.Contains("<!-", StringComparison.Ordinal))
        {
            return -1;
        }

        return end + 3;
    }

    /// <summary>
    /// Finds the end tag of a raw text, RCDATA or script element named <paramref name="name"/> whose content starts
    /// at <paramref name="start"/>: the first <c>&lt;/name</c> (ASCII case-insensitive) followed by whitespace,
    /// <c>/</c> or <c>&gt;</c>. Gives the index of its <c>&lt;</c> and, in <paramref name="after"/>, the index after
    /// the end tag; -1 when there is none, or the end tag has anything but whitespace before its <c>&gt;</c>.
    /// </summary>
    public static int FindRawTextEnd(string html, int start, string name, out int after)
    {
        after = -1;
        var i = start;
        while (true)
        {
            var lt = html.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0)
            {
                return -1;
            }

            var nameEnd = lt + 2 + name.Length;
            // ASCII-only comparison, as the tokenizer's: a culture-aware or Unicode case fold would take
            // "</scrıpt>" (dotless i) or "</ſtyle>" (long s) for an end tag that the tokenizer leaves as text.
            if (nameEnd < html.Length && Ascii.EqualsIgnoreCase(html.AsSpan(lt + 2, name.Length), name) &&
                (IsWhitespace(html[nameEnd]) || html[nameEnd] == '/' || html[nameEnd] == '>'))
            {
                var close = SkipWhitespace(html, nameEnd);
                if (close >= html.Length || html[close] != '>')
                {
                    return -1;
                }

                after = close + 1;
                return lt;
            }

            i = lt + 2;
        }
    }

    // One attribute from its first character (not whitespace, '/', '>' or '='); gives the index after it or -1.
    private static int ReadAttribute(string html, int i, List<PageAttribute> attributes)
    {
        var nameStart = i;
        while (i < html.Length)
        {
            var c = html[i];
            if (IsWhitespace(c) || c == '/' || c == '>' || c == '=')
            {
                break;
            }

            // unexpected-character-in-attribute-name
            if (c is '"' or '\'' or '<')
            {
                return -1;
            }

            i++;
        }

        if (i >= html.Length)
        {
            return -1;
        }

        var name = AttributeName(html.AsSpan(nameStart, i - nameStart));
        i = SkipWhitespace(html, i);
        if (i >= html.Length)
        {
            return -1;
        }

        var value = "";
        if (html[i] == '=')
        {
            i = SkipWhitespace(html, i + 1);
            if (i >= html.Length)
            {
                return -1;
            }

            var quote = html[i];
            int valueStart, valueEnd;
            if (quote is '"' or '\'')
            {
                valueStart = i + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                // After a quoted value: whitespace, '/' or '>' (else missing-whitespace-between-attributes).
                if (valueEnd < 0 || valueEnd + 1 >= html.Length ||
                    !(IsWhitespace(html[valueEnd + 1]) || html[valueEnd + 1] == '/' || html[valueEnd + 1] == '>'))
                {
                    return -1;
                }

                i = valueEnd + 1;
            }
            else
            {
                // missing-attribute-value
                if (quote == '>')
                {
                    return -1;
                }

                valueStart = i;
                while (i < html.Length && !IsWhitespace(html[i]) && html[i] != '>')
                {
                    // unexpected-character-in-unquoted-attribute-value
                    if (html[i] is '"' or '\'' or '<' or '=' or '`')
                    {
                        return -1;
                    }

                    i++;
                }

                if (i >= html.Length)
                {
                    return -1;
                }

                valueEnd = i;
            }

            if (HtmlCharacterReferences.TryDecode(html, valueStart, valueEnd) is not { } decoded)
            {
                return -1;
            }

            value = decoded;
        }

        // duplicate-attribute: the tokenizer drops the later one.
        foreach (var existing in attributes)
        {
            if (existing.Name == name)
            {
                return i;
            }
        }

        attributes.Add(new PageAttribute(name, value));
        return i;
    }

    private static string AttributeName(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOfAnyInRange('A', 'Z') < 0)
        {
            return CommonAttributeNames.TryGet(raw, out var common, out _) ? common : raw.ToString();
        }

        Span<char> lower = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            lower[i] = raw[i] is >= 'A' and <= 'Z' ? (char)(raw[i] + ('a' - 'A')) : raw[i];
        }

        return CommonAttributeNames.TryGet(lower, out var shared, out _) ? shared : lower.ToString();
    }

    private static int SkipWhitespace(string html, int i)
    {
        var rest = html.AsSpan(i).IndexOfAnyExcept(Whitespace);
        return rest < 0 ? html.Length : i + rest;
    }
}
