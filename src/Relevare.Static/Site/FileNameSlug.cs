using System.Text;

namespace Relevare.Static.Site;

/// <summary>
/// The URL segment a file or folder name becomes with site.yml's <c>file_names: slugify</c>: accents dropped, letters
/// lower-cased, every run of other characters (dots, underscores, spaces, punctuation) one hyphen, none at either end.
/// <c>Getting_Started</c> → <c>getting-started</c>, <c>Install.NET</c> → <c>install-net</c>, <c>Café</c> → <c>cafe</c>.
/// </summary>
internal static class FileNameSlug
{
    /// <summary>The slug of <paramref name="name"/>; empty when it has no Latin letter or digit.</summary>
    public static string Of(string name)
    {
        var slug = new StringBuilder(name.Length);
        var hyphen = false;
        foreach (var c in name)
        {
            var lower = Unaccented(char.ToLowerInvariant(c));
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (hyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(lower);
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return slug.ToString();
    }

    // The Latin letters with accents of Latin-1 and Latin Extended-A, by hand: the build runs with invariant
    // globalization, where Unicode decomposition (FormD) is not available to strip the accents.
    private static char Unaccented(char c)
    {
        const string From = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
        const string To = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
        var at = From.IndexOf(c, StringComparison.Ordinal);
        return at >= 0 ? To[at] : c;
    }
}
