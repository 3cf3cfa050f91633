namespace Relevare.Static.Checks;

/// <summary>
/// The <c>content</c> of a <c>&lt;meta http-equiv="refresh"&gt;</c>, read the way browsers read it (the HTML
/// standard's "shared declarative refresh steps"), plus what the standard asks of authors.
/// </summary>
/// <param name="Url">The target, without quotes; null when the page only reloads itself.</param>
/// <param name="Problem">Why the content does not follow the syntax, or null. Browsers ignore the whole tag for some problems.</param>
internal sealed record MetaRefresh(string? Url, string? Problem)
{
    /// <summary>Reads <paramref name="content"/> (the attribute's value; null when it is missing).</summary>
    public static MetaRefresh Parse(string? content)
    {
        if (content is null)
        {
            return new(null, "the meta refresh has no content attribute, so browsers ignore it");
        }

        if (content.Trim().Length == 0)
        {
            return new(null, "the meta refresh has an empty content attribute, so browsers ignore it");
        }

        var position = SkipSpaces(content, 0);
        var start = position;
        while (position < content.Length && char.IsAsciiDigit(content[position]))
        {
            position++;
        }

        var delay = content[start..position];
        if (delay.Length == 0 && (position >= content.Length || content[position] != '.'))
        {
            return new(UrlAfterDelay(content, position)?.Text, $"the meta refresh content '{content}' does not start with a number of seconds, so browsers ignore it");
        }

        while (position < content.Length && (char.IsAsciiDigit(content[position]) || content[position] == '.'))
        {
            position++;
        }

        string? problem = null;
        if (position < content.Length && content[position] is not (';' or ',') && !IsSpace(content[position]))
        {
            problem = $"the delay in the meta refresh content '{content}' is not a number of seconds, so browsers ignore it";
        }
        else if (content[start..position] != delay || delay.Length == 0)
        {
            problem = $"the delay in the meta refresh content '{content}' is not a whole number of seconds";
        }

        var url = UrlAfterDelay(content, position);
        if (problem is null && url is { Quoted: true })
        {
            problem = $"the URL in the meta refresh content '{content}' is in quotes; write it without them";
        }

        return new(url?.Text, problem);
    }

    // After the delay: optional spaces, ';' or ',', spaces, an optional 'url' '=' and the URL, possibly quoted.
    private static (string Text, bool Quoted)? UrlAfterDelay(string content, int position)
    {
        var separator = content.IndexOfAny([';', ','], position);
        if (separator < 0)
        {
            return null;
        }

        position = SkipSpaces(content, separator + 1);
        if (content.Length - position >= 3 && content.AsSpan(position, 3).Equals("url", StringComparison.OrdinalIgnoreCase))
        {
            var afterUrl = SkipSpaces(content, position + 3);
            if (afterUrl < content.Length && content[afterUrl] == '=')
            {
                position = SkipSpaces(content, afterUrl + 1);
            }
        }

        var text = content[position..];
        if (text.Length > 0 && text[0] is '\'' or '"')
        {
            var end = text.IndexOf(text[0], 1);
            return (end < 0 ? text[1..] : text[1..end], true);
        }

        text = text.TrimEnd();
        return text.Length == 0 ? null : (text, false);
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && IsSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
