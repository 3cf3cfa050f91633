using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Medical;

namespace Relevare.Static.Tests.Checks.Rules;

/// <summary>
/// A build parses each page once: the checks, the medical output rules, the Content-Security-Policy check and the
/// search index all read the one parsed page. The parser the build is given counts (no clock involved).
/// </summary>
public sealed class OneParsePerPageTests
{
    // The medical test site with publishing on: a health page, a page, the generated 404, search and listing pages,
    // and a redirect page for an old address.
    private static Dictionary<string, string> Site()
    {
        var files = MedicalSite.Files(MedicalSite.HealthPage("""
            description: About migraine
            date: 2026-11-01
            reviewed: 2026-11-20
            reviewer: mallek
            conditions: [migraine]
            aliases: [/old-migraine/]
            references:
              - { key: n2014, authors: [Niesters M, et al.], title: Ketamine for chronic pain, journal: Br J Clin Pharmacol, year: 2014, doi: 10.1111/bcp.12094 }
            """, "What helps.[@n2014] A footnote too.[^1]\n\n| Dose | When |\n| --- | --- |\n| low | weekly |\n\n[^1]: A note.\n"));
        files["site.yml"] += "\npublishing:\n  page_size: 10\nchecks: { RS0706: off, RS0710: off, RS0730: off }\n";
        files["templates/layouts/404.html"] = MedicalSite.Page;
        files["templates/layouts/search.html"] = MedicalSite.Page;
        files["templates/layouts/listing.html"] = "<main><h1>{{ page.title }}</h1>{{ for item in listing.items }}<a href=\"{{ item.url }}\">{{ item.title }}</a>{{ end }}</main>\n";
        return files;
    }

    private static (BuildResult Result, ParseCounter Counter) Build(bool checks)
    {
        var counter = new ParseCounter();
        var result = SiteBuilder.Build(
            InMemorySourceFileSystem.FromText(Site()),
            new BuildOptions { Today = MedicalSite.Today, Checks = checks, PageParsers = counter.Factory });
        return (result, counter);
    }

    [Fact]
    public void A_build_parses_every_html_page_once()
    {
        var (result, counter) = Build(checks: true);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, p => p.Path == "old-migraine/index.html");          // a redirect page
        Assert.Contains(pages, p => p.Path == "404.html");                        // a generated page
        Assert.Contains(pages, p => p.Path == "conditions/migraine/index.html");  // a health page
        Assert.Equal(pages.Count, counter.Documents);
        Assert.Equal(0, counter.Plain);
        // Each page's text was parsed exactly once.
        Assert.Equal(pages.Select(p => System.Text.Encoding.UTF8.GetString(p.Content.Span)).Order(StringComparer.Ordinal), counter.Texts);
    }

    [Fact]
    public void A_build_without_checks_parses_only_the_pages_its_own_rules_read_and_publishes_the_same_files()
    {
        var (checkedBuild, _) = Build(checks: true);
        var (result, counter) = Build(checks: false);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        // Redirect pages are built-in HTML that no rule of a build without checks reads.
        var pages = result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("old-migraine/", StringComparison.Ordinal));
        Assert.Equal(pages, counter.Documents);
        Assert.Equal(
            checkedBuild.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))),
            result.Files.Select(f => (f.Path, Convert.ToHexString(f.Content.Span))));
        Assert.Contains("What helps.", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "search-index.json").Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_medical_and_policy_rules_report_from_the_one_parse()
    {
        var files = Site();
        files["templates/layouts/article.html"] = MedicalSite.Article.Replace("class=\"disclaimer\"", "class=\"note\"", StringComparison.Ordinal)
            + "<img src=\"https://tracker.example/p.gif\" alt=\"\" width=\"1\" height=\"1\">\n";
        var counter = new ParseCounter();

        var result = SiteBuilder.Build(InMemorySourceFileSystem.FromText(files), new BuildOptions { Today = MedicalSite.Today, PageParsers = counter.Factory });

        Assert.Equal(("RS0611", "content/conditions/migraine.md:1:1"), (result.Diagnostics.SingleWithCode(DiagnosticCodes.MissingDisclaimer).Code, result.Diagnostics.SingleWithCode(DiagnosticCodes.MissingDisclaimer).Location));
        Assert.Contains("loads an image from another site", result.Diagnostics.SingleWithCode(DiagnosticCodes.ContentSecurityPolicy).Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Plain);
        Assert.Equal(counter.Texts.Count, counter.Texts.Distinct(StringComparer.Ordinal).Count()); // no page parsed twice
    }
}
