using System.Text;

namespace Relevare.Static.Assets;

/// <summary>
/// A conservative CSS minifier: removes comments (except <c>/*! … */</c> licence comments), collapses whitespace,
/// drops it next to <c>{ } ; , &gt;</c> and drops the last <c>;</c> of a block. Strings, escapes and <c>url(…)</c> are
/// copied as written. It never removes a space next to <c>:</c>, <c>(</c>, <c>+</c> or <c>-</c>, where CSS gives
/// whitespace a meaning (<c>a :hover</c>, <c>and (min-width…)</c>, <c>calc(1rem + 2px)</c>).
/// </summary>
internal static class CssMinifier
{
    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? css.Length : end + 2;
                if (i + 2 < css.Length && css[i + 2] == '!')
                {
                    Flush(output, ref pendingSpace);
                    output.Append(css, i, stop - i);
                }
                else
                {
                    pendingSpace = true; // a comment separates tokens like whitespace does
                }

                i = stop;
            }
            else if (c is '"' or '\'')
            {
                Flush(output, ref pendingSpace);
                var end = CssSyntax.StringEnd(css, i);
                output.Append(css, i, end - i);
                i = end;
            }
            else if (CssSyntax.IsUrlFunction(css, i))
            {
                Flush(output, ref pendingSpace);
                var end = CssSyntax.UrlEnd(css, i);
                output.Append(css, i, end - i);
                i = end;
            }
            else if (c == '\\')
            {
                Flush(output, ref pendingSpace);
                output.Append(css, i, Math.Min(2, css.Length - i));
                i += 2;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                i++;
            }
            else if (c is '{' or '}' or ';' or ',' or '>')
            {
                pendingSpace = false;
                if (c == '}' && output.Length > 0 && output[^1] == ';')
                {
                    output.Length--;
                }

                output.Append(c);
                i++;
            }
            else
            {
                Flush(output, ref pendingSpace);
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    private static void Flush(StringBuilder output, ref bool pendingSpace)
    {
        if (pendingSpace && output.Length > 0 && output[^1] is not ('{' or '}' or ';' or ',' or '>'))
        {
            output.Append(' ');
        }

        pendingSpace = false;
    }
}
