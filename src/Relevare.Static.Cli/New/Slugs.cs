using System.Globalization;
using System.Text;

namespace Relevare.Static.Cli.New;

/// <summary>File names from titles: "Ketamine &amp; Migraine: What to Expect" → <c>ketamine-migraine-what-to-expect</c>.</summary>
internal static class Slugs
{
    /// <summary>Longest slug made from a title; longer titles are cut at a word boundary.</summary>
    public const int MaxLength = 60;

    /// <summary>
    /// Lowercase ASCII: accents are dropped (é → e), every run of other characters becomes one hyphen, and there is
    /// none at either end. Empty when the title has no ASCII letter or digit at all.
    /// </summary>
    public static string FromTitle(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                slug.Append(lower);
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
}
