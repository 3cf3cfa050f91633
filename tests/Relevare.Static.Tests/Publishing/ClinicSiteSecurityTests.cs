using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// The security headers the clinic's site sends, and that no output file breaks the Content-Security-Policy
/// they set. The checks here are written independently of the build's own CSP check.
/// </summary>
public sealed partial class ClinicSiteSecurityTests
{
    [Fact]
    public void Headers_file_sets_a_strict_policy_and_the_security_headers_for_every_path()
    {
        var rules = HeaderRules(ClinicSite.Text("_headers"));

        var all = rules["/*"];
        var csp = all["Content-Security-Policy"];
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.Equal("default-src 'none'", directives["default-src"]);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.True(directives.ContainsKey("base-uri"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp.Replace("/*", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.Equal("same-origin", all["Referrer-Policy"]);
        Assert.Contains("camera=()", all["Permissions-Policy"], StringComparison.Ordinal);
        Assert.StartsWith("max-age=", all["Strict-Transport-Security"], StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_file_caches_exactly_the_fingerprinted_assets_for_a_year()
    {
        var rules = HeaderRules(ClinicSite.Text("_headers"));

        // Images made by the build are all under img/, every one with a hashed name: one rule covers them.
        var hashed = ClinicSite.Result.Files.Select(f => f.Path).Where(p => HashedName().IsMatch(p) && !p.StartsWith("img/", StringComparison.Ordinal)).Select(p => "/" + p).Order(StringComparer.Ordinal).ToList();
        var images = ClinicSite.Result.Files.Select(f => f.Path).Where(p => p.StartsWith("img/", StringComparison.Ordinal)).ToList();
        Assert.Contains("/assets/css/site.", string.Join(" ", hashed), StringComparison.Ordinal);
        Assert.NotEmpty(images);
        Assert.All(images, path => Assert.Matches(HashedName(), path));
        Assert.Equal(hashed.Append("/img/*").Order(StringComparer.Ordinal), rules.Keys.Where(k => k != "/*").Order(StringComparer.Ordinal));
        Assert.All(hashed.Append("/img/*"), path => Assert.Equal("public, max-age=31536000, immutable", rules[path]["Cache-Control"]));
        Assert.All(rules.Keys, path => Assert.True(path.Length <= 2000));
    }

    [Fact]
    public void No_html_file_has_inline_script_inline_style_style_attributes_or_event_handlers()
    {
        foreach (var (path, document) in ClinicSite.HtmlFiles())
        {
            Assert.Empty(document.QuerySelectorAll("style"));
            Assert.Empty(document.QuerySelectorAll("[style]"));
            Assert.All(document.QuerySelectorAll("script"), script => Assert.True(
                script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json",
                $"{path}: inline script"));
            Assert.All(document.All, element => Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, base"));
        }
    }

    [Fact]
    public void Every_script_style_sheet_image_and_form_stays_on_the_site()
    {
        foreach (var (path, document) in ClinicSite.HtmlFiles())
        {
            foreach (var element in document.QuerySelectorAll("script[src], link[rel~=stylesheet], link[rel~=icon], link[rel~=manifest], img, form"))
            {
                var url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("action") ?? "";
                Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{path}: <{element.LocalName}> loads {url}");
            }
        }

        foreach (var css in ClinicSite.Result.Files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch("url\\(\\s*['\"]?(https?:)?//", Encoding.UTF8.GetString(css.Content.Span));
            Assert.DoesNotContain("@import", Encoding.UTF8.GetString(css.Content.Span), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Style_sheets_and_scripts_carry_integrity_values_that_match_the_published_files()
    {
        var checkedFiles = 0;
        foreach (var (path, document) in ClinicSite.HtmlFiles())
        {
            foreach (var element in document.QuerySelectorAll("link[rel~=stylesheet], script[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                var integrity = element.GetAttribute("integrity");
                Assert.True(integrity is not null, $"{path}: {url} has no integrity");
                var bytes = ClinicSite.Bytes(ClinicSite.OutputPathOf(url));
                Assert.NotNull(bytes);
                Assert.Equal("sha384-" + Convert.ToBase64String(SHA384.HashData(bytes)), integrity);
                checkedFiles++;
            }
        }

        Assert.True(checkedFiles > 20);
    }

    [Fact]
    public void Style_sheets_are_minified_and_published_only_under_hashed_names()
    {
        var css = ClinicSite.Result.Files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, css.Count);
        Assert.All(css, f => Assert.Matches(HashedName(), f.Path));
        var site = Encoding.UTF8.GetString(css.Single(f => f.Path.StartsWith("assets/css/site.", StringComparison.Ordinal)).Content.Span);
        Assert.DoesNotContain("/*", site, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", site, StringComparison.Ordinal);
        Assert.Contains(".site-header :focus-visible{", site, StringComparison.Ordinal); // the descendant space is kept
        Assert.Contains("td.align-center{text-align: center}", site, StringComparison.Ordinal);
        Assert.Null(ClinicSite.Bytes("assets/css/site.css"));
    }

    [Fact]
    public void The_build_reports_no_content_security_policy_problem()
    {
        Assert.DoesNotContain(ClinicSite.Result.Diagnostics, d => d.Code == "RS0803");
    }

    private static Dictionary<string, Dictionary<string, string>> HeaderRules(string text)
    {
        var rules = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
                rules.Add(line, current);
                continue;
            }

            Assert.NotNull(current);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            current.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return rules;
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}\.[a-z0-9]+$")]
    private static partial Regex HashedName();
}
