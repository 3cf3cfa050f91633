using Relevare.Static.Diagnostics;

namespace Relevare.Static.Configuration;

/// <summary>
/// Host names that can never be a live site's (RFC 2606 and RFC 6761): the <c>.example</c>, <c>.invalid</c> and
/// <c>.localhost</c> top-level domains, <c>example.com</c>, <c>example.org</c>, <c>example.net</c> and their
/// subdomains, and <c>localhost</c>. A site built for such a base URL has canonical links, a sitemap and JSON-LD
/// that point nowhere, so <c>--strict</c> (the publishing build) refuses it (RS0108).
/// </summary>
internal static class ReservedDomains
{
    private static readonly string[] TopLevel = ["example", "invalid", "localhost"];

    private static readonly string[] Domains = ["example.com", "example.org", "example.net"];

    /// <summary>True when <paramref name="host"/> is reserved for examples, documentation or the local machine.</summary>
    public static bool IsReserved(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        var last = name[(name.LastIndexOf('.') + 1)..];
        return TopLevel.Contains(last) || Domains.Any(d => name == d || name.EndsWith("." + d, StringComparison.Ordinal));
    }

    /// <summary>Reports a base URL on a reserved domain (a warning: an error under --strict).</summary>
    public static void Check(Uri baseUrl, SourceLocation at, bool fromCommandLine, List<Diagnostic> diagnostics)
    {
        if (!IsReserved(baseUrl.Host))
        {
            return;
        }

        diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.BaseUrlIsExample, at,
            $"the base URL '{baseUrl.AbsoluteUri}'{(fromCommandLine ? " (from --base-url)" : "")} is on '{baseUrl.Host}', a domain reserved for examples that no live site can have; canonical links, the sitemap and structured data would point nowhere",
            "set base_url in site.yml to the address the site will be published at, e.g. 'https://www.your-clinic.com/' (or pass --base-url for a preview deployment)"));
    }
}
