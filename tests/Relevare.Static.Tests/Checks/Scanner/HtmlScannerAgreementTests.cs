using System.Globalization;
using System.Text;
using Relevare.Static.Content;
using Relevare.Static.Tests.Fixtures;
using Relevare.Static.Tests.Infrastructure;
using Relevare.Static.Tests.Publishing;

namespace Relevare.Static.Tests.Checks.Scanner;

/// <summary>
/// The streaming scanner on the pages relevare really writes: it must take the fast path on every page of the
/// clinic's site and of the benchmark corpus (or the speed-up is not real) and give AngleSharp's tree on each, and
/// on every page a fixture approves it must give AngleSharp's tree or fall back.
/// </summary>
public sealed class HtmlScannerAgreementTests
{
    [Fact]
    public void Every_page_of_the_clinic_site_is_scanned_to_AngleSharps_tree()
    {
        var pages = HtmlPages(ClinicSite.Result.Files.Select(f => (f.Path, f.Content.ToArray())));
        Assert.True(pages.Count >= 20, $"the clinic site has only {pages.Count} pages");
        foreach (var (path, html) in pages)
        {
            Assert.True(PageTreeComparison.ScanAndCompare(html, path) is not null, $"{path}: the scanner fell back on a page of the clinic site");
        }
    }

    [Fact]
    public void Every_approved_fixture_page_is_scanned_to_AngleSharps_tree_or_falls_back()
    {
        var scanned = 0;
        var fellBack = new List<string>();
        foreach (var fixture in RepositoryPaths.FixtureNames())
        {
            var expected = Path.Combine(RepositoryPaths.Fixture(fixture), "expected");
            if (!Directory.Exists(expected))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(expected, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var what = Path.GetRelativePath(RepositoryPaths.FixturesRoot, file);
                if (PageTreeComparison.ScanAndCompare(File.ReadAllText(file), what) is null)
                {
                    fellBack.Add(what.Replace('\\', '/'));
                }
                else
                {
                    scanned++;
                }
            }
        }

        Assert.True(scanned >= 100, $"only {scanned} fixture pages were scanned");
        // The one approved page outside the subset is the one built to be: an unclosed comment swallows the rest.
        Assert.Equal(["hostile-unclosed-html-comment-with-html-allowed/expected/index.html"], fellBack);
    }

    [Fact]
    public void Every_page_of_a_generated_benchmark_sample_is_scanned_to_AngleSharps_tree()
    {
        // Pages shaped like ../shared/bench/make-corpus.sh's (lorem paragraphs, a heading, an inline link, tags), built
        // with the benchmark site's own configuration and templates (bench/site).
        var random = new Random(20261207);
        var content = Enumerable.Range(1, 60).Select(i => ($"content/{i:D6}-page.md", Encoding.UTF8.GetBytes(BenchPage(random, i))));
        AssertAllScanned(BuildBenchSite(content), minimum: 60);
    }

    [SharedDataFact("bench/make-corpus.sh")]
    public void Every_page_of_the_shared_benchmark_corpus_is_scanned_to_AngleSharps_tree()
    {
        using var corpus = SharedData.MakeBenchCorpus(300, "scanner");
        var content = Directory.EnumerateFiles(corpus.Content, "*.md")
            .Select(f => ("content/" + Path.GetFileName(f), File.ReadAllBytes(f)));
        AssertAllScanned(BuildBenchSite(content), minimum: 300);
    }

    private static void AssertAllScanned(BuildResult result, int minimum)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var pages = HtmlPages(result.Files.Select(f => (f.Path, f.Content.ToArray())));
        Assert.True(pages.Count >= minimum, $"the benchmark site has only {pages.Count} pages");
        foreach (var (path, html) in pages)
        {
            Assert.True(PageTreeComparison.ScanAndCompare(html, path) is not null, $"{path}: the scanner fell back on a benchmark page");
        }
    }

    private static BuildResult BuildBenchSite(IEnumerable<(string Path, byte[] Bytes)> content)
    {
        var site = Path.Combine(RepositoryPaths.RepositoryRoot, "bench", "site");
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["site.yml"] = File.ReadAllBytes(Path.Combine(site, "site.yml")),
        };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, "templates"), "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(site, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        foreach (var (path, bytes) in content)
        {
            files[path] = bytes;
        }

        return SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions());
    }

    private static List<(string Path, string Html)> HtmlPages(IEnumerable<(string Path, byte[] Bytes)> files) =>
        [.. files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => (f.Path, Encoding.UTF8.GetString(f.Bytes)))];

    private static readonly string[] Words =
        "a ac accumsan ad adipiscing aenean aliquam amet ante arcu at auctor augue blandit class commodo cras dolor donec dui duis eget elit enim erat est et eu ex fames felis id in ipsum justo lacus leo lorem magna mauris mi nam nec nibh nisi non nulla nunc odio orci proin purus quam quis risus sed sem sit tellus urna ut vel vitae".Split(' ');

    private static readonly string[] Tags = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"];

    private static string BenchPage(Random random, int i)
    {
        string Sentence(int min, int max) =>
            string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => Words[random.Next(Words.Length)])) is var s
                ? char.ToUpperInvariant(s[0]) + s[1..] + "."
                : "";

        string Paragraph() => string.Join(' ', Enumerable.Range(0, random.Next(8, 14)).Select(_ => Sentence(6, 18)));

        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(5 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tags = Tags.OrderBy(_ => random.Next()).Take(2).ToArray();
        var link = $"{Sentence(2, 4).TrimEnd('.')} [{Sentence(2, 4).TrimEnd('.')}](https://example.com/{Words[random.Next(Words.Length)]}/) {Sentence(3, 6)}";
        return $"""
            ---
            title: "{Sentence(5, 6).TrimEnd('.')} {i}"
            date: {date}
            description: "{Sentence(10, 16)}"
            tags:
              - {tags[0]}
              - {tags[1]}
            ---

            {Paragraph()}

            ## {Sentence(3, 6).TrimEnd('.')}

            {Paragraph()} {link}

            {Paragraph()} Quotes "like this", 'these' & ampersands stay text.

            """;
    }
}
