namespace Relevare.Static.Templating;

/// <summary>
/// The size limits of one page, counted in work units rather than time so that the same page gets the same verdict
/// on any machine. A Markdown body is refused above <see cref="MaxBodyElements"/> elements before its templates run
/// (a 1 MiB table of one-character cells is half a million <c>&lt;td&gt;</c>: seconds of templating, checking and
/// indexing, for a page no patient can read); the checks refuse a whole page above <see cref="MaxCheckedElements"/>.
/// </summary>
internal static class PageSize
{
    /// <summary>The most HTML elements a page's Markdown may become.</summary>
    public const int MaxBodyElements = 50_000;

    /// <summary>The most HTML elements the checks go through in one page (templates add navigation, listings…).</summary>
    public const int MaxCheckedElements = 200_000;

    /// <summary>The longest HTML a page's templates may write, in UTF-16 characters (Scriban's output limit).</summary>
    public const int MaxOutputChars = 16 * 1024 * 1024;

    /// <summary>
    /// The number of start tags in <paramref name="html"/> when it is more than <paramref name="limit"/>, else null.
    /// A start tag takes two characters ('&lt;' and a letter, which is not the next one's '&lt;'), so HTML of at most
    /// twice the limit's length is under it without being counted (every ordinary page).
    /// </summary>
    public static int? ElementsAbove(string html, int limit) =>
        html.Length / 2 <= limit ? null : CountElements(html) is var count && count > limit ? count : null;

    /// <summary>The number of start tags in <paramref name="html"/> ('&lt;' and a letter): its elements, without parsing it.</summary>
    public static int CountElements(string html)
    {
        var count = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (char.IsAsciiLetter(html[i + 1]))
            {
                count++;
            }
        }

        return count;
    }
}
