using System.Text;

namespace Relevare.Static.Cli.New;

/// <summary>File names from titles: "Ketamine &amp; Migraine: What to Expect" → <c>ketamine-migraine-what-to-expect</c>.</summary>
internal static class Slugs
{
    /// <summary>Longest slug made from a title; longer titles are cut at a word boundary.</summary>
    public const int MaxLength = 60;

    // Latin letters with accents → ASCII, by code point range (Latin-1 Supplement and Latin Extended-A). A table,
    // not Unicode decomposition: the process runs with invariant globalization, which does not decompose.
    private static readonly (int From, int To, string Ascii)[] Latin =
    [
        (0xC0, 0xC5, "a"), (0xC6, 0xC6, "ae"), (0xC7, 0xC7, "c"), (0xC8, 0xCB, "e"), (0xCC, 0xCF, "i"), (0xD0, 0xD0, "d"),
        (0xD1, 0xD1, "n"), (0xD2, 0xD6, "o"), (0xD8, 0xD8, "o"), (0xD9, 0xDC, "u"), (0xDD, 0xDD, "y"), (0xDE, 0xDE, "th"),
        (0xDF, 0xDF, "ss"), (0xE0, 0xE5, "a"), (0xE6, 0xE6, "ae"), (0xE7, 0xE7, "c"), (0xE8, 0xEB, "e"), (0xEC, 0xEF, "i"),
        (0xF0, 0xF0, "d"), (0xF1, 0xF1, "n"), (0xF2, 0xF6, "o"), (0xF8, 0xF8, "o"), (0xF9, 0xFC, "u"), (0xFD, 0xFD, "y"),
        (0xFE, 0xFE, "th"), (0xFF, 0xFF, "y"), (0x100, 0x105, "a"), (0x106, 0x10D, "c"), (0x10E, 0x111, "d"),
        (0x112, 0x11B, "e"), (0x11C, 0x123, "g"), (0x124, 0x127, "h"), (0x128, 0x131, "i"), (0x132, 0x133, "ij"),
        (0x134, 0x135, "j"), (0x136, 0x138, "k"), (0x139, 0x142, "l"), (0x143, 0x14B, "n"), (0x14C, 0x151, "o"),
        (0x152, 0x153, "oe"), (0x154, 0x159, "r"), (0x15A, 0x161, "s"), (0x162, 0x167, "t"), (0x168, 0x173, "u"),
        (0x174, 0x175, "w"), (0x176, 0x178, "y"), (0x179, 0x17E, "z"), (0x17F, 0x17F, "s"),
    ];

    /// <summary>
    /// Lowercase ASCII: accented Latin letters lose their accents (é → e, ß → ss), every run of other characters
    /// becomes one hyphen, and there is none at either end. Empty when the title has no Latin letter or digit.
    /// </summary>
    public static string FromTitle(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue; // a combining accent (a title typed in decomposed form)
            }

            var ascii = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : Fold(c);
            if (ascii is not null)
            {
                slug.Append(ascii);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf('-', MaxLength);
            text = cut > 0 ? text[..cut] : text[..MaxLength];
        }

        return text;
    }

    private static string? Fold(char c)
    {
        foreach (var (from, to, ascii) in Latin)
        {
            if (c >= from && c <= to)
            {
                return ascii;
            }
        }

        return null;
    }
}
