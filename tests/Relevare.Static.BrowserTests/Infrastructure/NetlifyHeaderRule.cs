using System.Text;
using System.Text.RegularExpressions;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>One block of a <c>_headers</c> file: a path pattern and the headers it adds.</summary>
internal sealed record NetlifyHeaderRule(string Pattern, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    private readonly Regex _matcher = ToRegex(Pattern);

    /// <summary>
    /// True when the URL path matches the pattern: <c>*</c> matches anything (slashes included), <c>:name</c> one
    /// path segment, everything else itself. Matching is case-sensitive, like the paths of the built site.
    /// </summary>
    public bool Matches(string path) => _matcher.IsMatch(path);

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*')
            {
                regex.Append(".*");
            }
            else if (pattern[i] == ':' && (i == 0 || pattern[i - 1] == '/'))
            {
                while (i + 1 < pattern.Length && pattern[i + 1] != '/')
                {
                    i++;
                }

                regex.Append("[^/]+");
            }
            else
            {
                regex.Append(Regex.Escape(pattern[i].ToString()));
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
