using System.Globalization;

namespace Relevare.Static.BrowserTests.Infrastructure;

/// <summary>
/// The rules of a Netlify <c>_headers</c> file: a line holding a URL path (pattern) starts a rule, and the indented
/// <c>Name: value</c> lines below it are the headers sent for every matching path; <c>#</c> starts a comment.
/// When several rules match a path, their values for the same header are joined with ", " (as Netlify does).
/// </summary>
internal sealed class NetlifyHeaders
{
    /// <summary>The file's name at the root of a built site.</summary>
    public const string FileName = "_headers";

    private NetlifyHeaders(IReadOnlyList<NetlifyHeaderRule> rules) => Rules = rules;

    /// <summary>No rules: what a site without a <c>_headers</c> file gets.</summary>
    public static NetlifyHeaders None { get; } = new([]);

    public IReadOnlyList<NetlifyHeaderRule> Rules { get; }

    /// <summary>The rules of <c>SITE/_headers</c>, or <see cref="None"/> when the site has no such file.</summary>
    public static NetlifyHeaders ForSite(string siteRoot)
    {
        var file = Path.Combine(siteRoot, FileName);
        return File.Exists(file) ? Parse(File.ReadAllText(file)) : None;
    }

    /// <summary>Parses the text of a <c>_headers</c> file; a malformed line throws <see cref="FormatException"/>.</summary>
    public static NetlifyHeaders Parse(string text)
    {
        var rules = new List<NetlifyHeaderRule>();
        string? pattern = null;
        var headers = new List<KeyValuePair<string, string>>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                Flush();
                pattern = PathOf(trimmed, number);
                continue;
            }

            if (pattern is null)
            {
                throw Error(number, "a header comes before any path line");
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Error(number, $"expected 'Name: value', found '{trimmed}'");
            }

            headers.Add(KeyValuePair.Create(trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim()));
        }

        Flush();
        return new NetlifyHeaders(rules);

        void Flush()
        {
            if (pattern is not null)
            {
                rules.Add(new NetlifyHeaderRule(pattern, [.. headers]));
            }

            headers.Clear();
        }
    }

    /// <summary>The headers for a request path, in file order, merged by name (case-insensitive).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string path)
    {
        var merged = new List<KeyValuePair<string, string>>();
        foreach (var header in Rules.Where(rule => rule.Matches(path)).SelectMany(rule => rule.Headers))
        {
            var index = merged.FindIndex(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                merged.Add(header);
            }
            else
            {
                merged[index] = KeyValuePair.Create(merged[index].Key, merged[index].Value + ", " + header.Value);
            }
        }

        return merged;
    }

    private static string PathOf(string line, int number)
    {
        // Netlify also accepts a full URL; only its path matters for one site served on one origin.
        if (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(line.Replace("*", "%2A", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                ? Uri.UnescapeDataString(uri.AbsolutePath)
                : throw Error(number, $"'{line}' is not a URL");
        }

        return line.StartsWith('/') && !line.Any(char.IsWhiteSpace)
            ? line
            : throw Error(number, $"expected a path starting with '/', found '{line}'");
    }

    private static FormatException Error(int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{FileName}:{line}: {message}"));
}
