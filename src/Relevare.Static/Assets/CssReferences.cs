using System.Text;

namespace Relevare.Static.Assets;

/// <summary>Finds and rewrites the URLs a style sheet refers to: <c>url(…)</c> and <c>@import "…"</c>.</summary>
internal static class CssReferences
{
    /// <summary>
    /// Returns <paramref name="css"/> with every reference passed through <paramref name="rewrite"/>, which returns
    /// the new URL or null to keep the reference as written. Comments and other strings are left alone.
    /// </summary>
    public static string Rewrite(string css, Func<string, string?> rewrite)
    {
        var output = new StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? css.Length : end + 2;
                output.Append(css, i, stop - i);
                i = stop;
            }
            else if (c is '"' or '\'')
            {
                var end = CssSyntax.StringEnd(css, i);
                var literal = css[i..end];
                output.Append(AfterImport(output) && literal.Length >= 2 && literal[^1] == c
                    ? Quote(c, rewrite(literal[1..^1]) ?? literal[1..^1])
                    : literal);
                i = end;
            }
            else if (CssSyntax.IsUrlFunction(css, i))
            {
                var end = CssSyntax.UrlEnd(css, i);
                output.Append(RewriteUrlFunction(css[i..end], rewrite));
                i = end;
            }
            else if (c == '\\')
            {
                output.Append(css, i, Math.Min(2, css.Length - i));
                i += 2;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    /// <summary>Every reference in <paramref name="css"/>, in order.</summary>
    public static List<string> Find(string css)
    {
        var found = new List<string>();
        Rewrite(css, url =>
        {
            found.Add(url);
            return null;
        });
        return found;
    }

    private static string RewriteUrlFunction(string function, Func<string, string?> rewrite)
    {
        // function is url( … ) with optional whitespace and quotes inside.
        var inner = function[4..].TrimEnd(')').Trim();
        if (inner.Length >= 2 && inner[0] is '"' or '\'' && inner[^1] == inner[0])
        {
            var quote = inner[0];
            var replaced = rewrite(inner[1..^1]);
            return replaced is null ? function : "url(" + Quote(quote, replaced) + ")";
        }

        var url = rewrite(inner);
        return url is null ? function : $"url({url})";
    }

    private static string Quote(char quote, string url) => quote + url + quote;

    private static bool AfterImport(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]))
        {
            end--;
        }

        const string Import = "@import";
        return end >= Import.Length
            && string.Equals(output.ToString(end - Import.Length, Import.Length), Import, StringComparison.OrdinalIgnoreCase);
    }
}
