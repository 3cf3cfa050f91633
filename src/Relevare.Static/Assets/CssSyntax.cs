namespace Relevare.Static.Assets;

/// <summary>The few pieces of CSS tokenising the minifier and the reference rewriter share.</summary>
internal static class CssSyntax
{
    /// <summary>The index just after the string literal starting at <paramref name="start"/> (a quote).</summary>
    public static int StringEnd(string css, int start)
    {
        var quote = css[start];
        var i = start + 1;
        while (i < css.Length && css[i] != quote && css[i] != '\n')
        {
            i += css[i] == '\\' ? 2 : 1;
        }

        return Math.Min(css.Length, i + 1);
    }

    /// <summary>True when <c>url(</c> (any case) starts at <paramref name="i"/> as a function, not inside a name.</summary>
    public static bool IsUrlFunction(string css, int i) =>
        i + 4 <= css.Length
        && string.Compare(css, i, "url(", 0, 4, StringComparison.OrdinalIgnoreCase) == 0
        && (i == 0 || !IsNameCharacter(css[i - 1]));

    /// <summary>The index just after the <c>)</c> closing the <c>url(</c> at <paramref name="start"/>.</summary>
    public static int UrlEnd(string css, int start)
    {
        var i = start + 4;
        while (i < css.Length && char.IsWhiteSpace(css[i]))
        {
            i++;
        }

        if (i < css.Length && css[i] is '"' or '\'')
        {
            i = StringEnd(css, i);
        }

        while (i < css.Length && css[i] != ')')
        {
            i += css[i] == '\\' ? 2 : 1;
        }

        return Math.Min(css.Length, i + 1);
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 0x7F;
}
