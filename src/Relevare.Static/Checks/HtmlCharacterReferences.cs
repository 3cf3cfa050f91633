using System.Collections.Frozen;
using System.Text;

namespace Relevare.Static.Checks;

/// <summary>
/// Character references as the streaming scanner (<see cref="HtmlScanner"/>) decodes them: only the forms whose
/// meaning is the same everywhere in the HTML tokenizer — a numeric reference with its <c>;</c> whose code point
/// needs no replacement, and a named reference from a common subset, written with its <c>;</c>. An <c>&amp;</c>
/// not followed by a letter, digit or <c>#</c> is literal text, as in the spec. Anything else (a name without
/// <c>;</c>, whose meaning depends on the legacy table and on whether it is in an attribute; an unknown name; a
/// code point the spec replaces or flags) makes the scanner give the page to AngleSharp.
/// </summary>
internal static class HtmlCharacterReferences
{
    // The names relevare's templates, Markdig and WebUtility can produce, plus the typographic ones an editor might
    // type. Tests check every value against AngleSharp's own table.
    private static readonly FrozenDictionary<string, string> Named = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["amp"] = "&",
        ["lt"] = "<",
        ["gt"] = ">",
        ["quot"] = "\"",
        ["apos"] = "'",
        ["nbsp"] = "\u00A0",
        ["AMP"] = "&",
        ["LT"] = "<",
        ["GT"] = ">",
        ["QUOT"] = "\"",
        ["copy"] = "\u00A9",
        ["reg"] = "\u00AE",
        ["trade"] = "\u2122",
        ["hellip"] = "\u2026",
        ["mdash"] = "\u2014",
        ["ndash"] = "\u2013",
        ["lsquo"] = "\u2018",
        ["rsquo"] = "\u2019",
        ["ldquo"] = "\u201C",
        ["rdquo"] = "\u201D",
        ["sbquo"] = "\u201A",
        ["bdquo"] = "\u201E",
        ["laquo"] = "\u00AB",
        ["raquo"] = "\u00BB",
        ["lsaquo"] = "\u2039",
        ["rsaquo"] = "\u203A",
        ["middot"] = "\u00B7",
        ["bull"] = "\u2022",
        ["deg"] = "\u00B0",
        ["plusmn"] = "\u00B1",
        ["times"] = "\u00D7",
        ["divide"] = "\u00F7",
        ["minus"] = "\u2212",
        ["le"] = "\u2264",
        ["ge"] = "\u2265",
        ["frac12"] = "\u00BD",
        ["frac14"] = "\u00BC",
        ["frac34"] = "\u00BE",
        ["sup2"] = "\u00B2",
        ["sup3"] = "\u00B3",
        ["micro"] = "\u00B5",
        ["euro"] = "\u20AC",
        ["pound"] = "\u00A3",
        ["yen"] = "\u00A5",
        ["cent"] = "\u00A2",
        ["sect"] = "\u00A7",
        ["para"] = "\u00B6",
        ["shy"] = "\u00AD",
        ["iexcl"] = "\u00A1",
        ["iquest"] = "\u00BF",
        ["ordf"] = "\u00AA",
        ["ordm"] = "\u00BA",
        ["thinsp"] = "\u2009",
        ["ensp"] = "\u2002",
        ["emsp"] = "\u2003",
        ["zwnj"] = "\u200C",
        ["zwj"] = "\u200D",
        ["larr"] = "\u2190",
        ["rarr"] = "\u2192",
        ["uarr"] = "\u2191",
        ["darr"] = "\u2193",
        ["check"] = "\u2713",
        ["dagger"] = "\u2020",
        ["Dagger"] = "\u2021",
        ["aacute"] = "\u00E1",
        ["eacute"] = "\u00E9",
        ["iacute"] = "\u00ED",
        ["oacute"] = "\u00F3",
        ["uacute"] = "\u00FA",
        ["Aacute"] = "\u00C1",
        ["Eacute"] = "\u00C9",
        ["Iacute"] = "\u00CD",
        ["Oacute"] = "\u00D3",
        ["Uacute"] = "\u00DA",
        ["ntilde"] = "\u00F1",
        ["Ntilde"] = "\u00D1",
        ["uuml"] = "\u00FC",
        ["Uuml"] = "\u00DC",
        ["auml"] = "\u00E4",
        ["ouml"] = "\u00F6",
        ["Auml"] = "\u00C4",
        ["Ouml"] = "\u00D6",
        ["szlig"] = "\u00DF",
        ["ccedil"] = "\u00E7",
        ["Ccedil"] = "\u00C7",
        ["agrave"] = "\u00E0",
        ["egrave"] = "\u00E8",
        ["ecirc"] = "\u00EA",
        ["euml"] = "\u00EB",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedBySpan =
        Named.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The names this decoder knows (without <c>&amp;</c> and <c>;</c>), for tests.</summary>
    public static IReadOnlyDictionary<string, string> KnownNames => Named;

    /// <summary>
    /// Appends <paramref name="html"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="text"/>
    /// with its character references decoded. False when a reference is outside what this decoder is sure of.
    /// </summary>
    public static bool TryAppendDecoded(string html, int start, int end, StringBuilder text)
    {
        var i = start;
        while (i < end)
        {
            var amp = html.AsSpan(i, end - i).IndexOf('&');
            if (amp < 0)
            {
                text.Append(html, i, end - i);
                return true;
            }

            amp += i;
            text.Append(html, i, amp - i);
            var next = TryDecodeAt(html, amp, end, text);
            if (next < 0)
            {
                return false;
            }

            i = next;
        }

        return true;
    }

    /// <summary>Decodes a value into a new string, or null when <see cref="TryAppendDecoded"/> refuses it.</summary>
    public static string? TryDecode(string html, int start, int end)
    {
        if (html.AsSpan(start, end - start).IndexOf('&') < 0)
        {
            return html.Substring(start, end - start);
        }

        var text = new StringBuilder(end - start);
        return TryAppendDecoded(html, start, end, text) ? text.ToString() : null;
    }

    // The reference at html[amp] == '&': appends its value and gives the index after it, or -1.
    private static int TryDecodeAt(string html, int amp, int end, StringBuilder text)
    {
        var i = amp + 1;
        if (i >= end || !(char.IsAsciiLetterOrDigit(html[i]) || html[i] == '#'))
        {
            // "Anything else: flush code points consumed as a character reference": a literal '&'.
            text.Append('&');
            return i;
        }

        if (html[i] == '#')
        {
            return TryDecodeNumeric(html, i + 1, end, text);
        }

        var nameStart = i;
        while (i < end && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        if (i >= end || html[i] != ';' || !NamedBySpan.TryGetValue(html.AsSpan(nameStart, i - nameStart), out var value))
        {
            return -1;
        }

        text.Append(value);
        return i + 1;
    }

    private static int TryDecodeNumeric(string html, int i, int end, StringBuilder text)
    {
        var hex = i < end && (html[i] == 'x' || html[i] == 'X');
        if (hex)
        {
            i++;
        }

        var digitsStart = i;
        var value = 0;
        while (i < end && (hex ? char.IsAsciiHexDigit(html[i]) : char.IsAsciiDigit(html[i])))
        {
            // Eight digits hold every code point with leading zeros to spare; longer runs are refused, not wrapped.
            if (i - digitsStart >= 8)
            {
                return -1;
            }

            value = (value * (hex ? 16 : 10)) + HexValue(html[i]);
            i++;
        }

        if (i == digitsStart || i >= end || html[i] != ';' || !IsPlainCodePoint(value))
        {
            return -1;
        }

        text.Append(char.ConvertFromUtf32(value));
        return i + 1;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // A code point the numeric character reference end state passes through without a parse error: not NUL, not
    // beyond U+10FFFF, not a surrogate, not a noncharacter, not a control other than ASCII whitespace (so no C1
    // replacement table and no carriage return, which the input stream would not have had).
    private static bool IsPlainCodePoint(int value) =>
        value switch
        {
            0x09 or 0x0A or 0x0C or 0x20 => true,
            < 0x20 => false,
            >= 0x7F and <= 0x9F => false,
            >= 0xD800 and <= 0xDFFF => false,
            >= 0xFDD0 and <= 0xFDEF => false,
            > 0x10FFFF => false,
            _ => (value & 0xFFFE) != 0xFFFE,
        };
}
