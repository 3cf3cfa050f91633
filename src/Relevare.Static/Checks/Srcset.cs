namespace Relevare.Static.Checks;

/// <summary>Reads the URLs of a <c>srcset</c> attribute (the HTML "parse a srcset attribute" steps, simplified).</summary>
internal static class Srcset
{
    public static IReadOnlyList<string> Urls(string srcset)
    {
        var urls = new List<string>();
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var url = srcset[start..i];
            if (url.EndsWith(','))
            {
                urls.Add(url.TrimEnd(','));
                continue;
            }

            urls.Add(url);

            // Skip the descriptors ("2x", "640w") up to the next comma outside parentheses.
            var depth = 0;
            while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
            {
                depth += srcset[i] switch { '(' => 1, ')' => -1, _ => 0 };
                i++;
            }
        }

        return urls;
    }
}
