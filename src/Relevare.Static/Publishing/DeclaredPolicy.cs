namespace Relevare.Static.Publishing;

/// <summary>
/// The Content-Security-Policy that a folder's <c>_headers</c> file (Netlify and Cloudflare Pages format) sends for
/// every page (<c>/*</c>), as <c>relevare check</c> finds it, and whether the policy check can judge pages against it:
/// the check reports what <see cref="ContentSecurityPolicy.Policy"/> blocks, which is right for any policy at least as
/// strict (each directive allows no more sources than relevare's). A looser policy is not judged.
/// </summary>
internal static class DeclaredPolicy
{
    // Fetch directives fall back to default-src when absent; the others (form-action, frame-ancestors, base-uri) do not.
    private static readonly string[] FetchDirectives =
        ["script-src", "style-src", "img-src", "font-src", "connect-src", "manifest-src", "object-src", "frame-src", "media-src", "child-src", "worker-src"];

    /// <summary>The Content-Security-Policy <c>_headers</c> sends for <c>/*</c>, or null when it sends none.</summary>
    public static string? Of(string headers)
    {
        var forEveryPage = false;
        foreach (var raw in headers.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                forEveryPage = line.Trim() == "/*";
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (forEveryPage && colon > 0 && string.Equals(line[..colon].Trim(), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="policy"/> allows, in every directive relevare's policy sets, no source that relevare's does not.</summary>
    public static bool IsAtLeastAsStrict(string policy)
    {
        var declared = Parse(policy);
        foreach (var (directive, allowed) in Parse(ContentSecurityPolicy.Policy))
        {
            if (directive == "default-src")
            {
                continue; // judged through each fetch directive, which falls back to it
            }

            var sources = declared.GetValueOrDefault(directive)
                ?? (FetchDirectives.Contains(directive) ? declared.GetValueOrDefault("default-src") : null);
            if (sources is null || !sources.All(allowed.Contains))
            {
                return false;
            }
        }

        // A fetch directive relevare leaves to default-src 'none' must allow nothing in the declared policy either.
        var ours = Parse(ContentSecurityPolicy.Policy);
        return FetchDirectives.Where(d => !ours.ContainsKey(d))
            .All(d => (declared.GetValueOrDefault(d) ?? declared.GetValueOrDefault("default-src") ?? ["*"]).Count == 0);
    }

    // Directive → its sources, lower-cased; 'none' is the empty list. The first of a repeated directive counts, as in browsers.
    private static Dictionary<string, List<string>> Parse(string policy)
    {
        var directives = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var part in policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            directives.TryAdd(words[0], [.. words.Skip(1).Where(w => w != "'none'")]);
        }

        return directives;
    }
}
