using System.Diagnostics;
using System.Text.Json;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Publishing;

/// <summary>
/// Site search on the clinic's site: a build-time index and the site's own script (no third-party request), on a
/// page that works without script. The script's search runs here in Node, on the real index.
/// </summary>
public sealed class ClinicSiteSearchTests
{
    [Theory]
    [InlineData("migraine")]
    [InlineData("headache")]
    [InlineData("infusion")]
    [InlineData("Headaches")]
    public void The_search_script_finds_the_migraine_article(string query)
    {
        var results = RunSearch(query);

        Assert.Contains("/conditions/migraine/", results);
        Assert.Equal("/conditions/migraine/", results[0]);
    }

    [Fact]
    public void The_search_script_finds_nothing_for_a_word_no_page_has()
    {
        Assert.Empty(RunSearch("zzzyzzy"));
    }

    [Fact]
    public void The_index_lists_every_content_page_with_its_text_and_not_the_404_or_search_pages()
    {
        using var index = JsonDocument.Parse(ClinicSite.Text("search-index.json"));

        var pages = index.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(["/", "/about/", "/conditions/migraine/", "/dr-mallek/", "/free-consultation/", "/treatment/during-your-infusion/"], pages.Select(p => p.GetProperty("url").GetString()));
        var migraine = pages.Single(p => p.GetProperty("url").GetString() == "/conditions/migraine/");
        Assert.Equal("Ketamine infusions for migraine", migraine.GetProperty("title").GetString());
        Assert.Contains("intense headache", migraine.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<", migraine.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("↩", migraine.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_page_works_without_script_and_loads_only_the_sites_own_script()
    {
        var document = ClinicSite.HtmlFiles().Single(f => f.Path == "search/index.html").Document;

        var form = document.QuerySelector("main form")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.NotNull(document.QuerySelector($"label[for='{form.QuerySelector("input")!.Id}']"));

        // Without script the page lists every page, so nothing is out of reach.
        var listed = document.QuerySelectorAll("main .article-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/conditions/migraine/", listed);
        Assert.Contains("/about/", listed);

        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Matches(@"^/assets/js/search\.[0-9a-f]{10}\.js$", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Equal("/search-index.json", document.QuerySelector("#search-results")!.GetAttribute("data-search-index"));
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public void Every_page_has_a_search_form_leading_to_the_search_page()
    {
        foreach (var (path, document) in ClinicSite.HtmlFiles().Where(f => !ClinicSitePublishingTests.IsRedirect(f.Document)))
        {
            var form = document.QuerySelector("header form[role=search]");
            Assert.True(form is not null, $"{path}: no search form in the header");
            Assert.Equal(path.StartsWith("es/", StringComparison.Ordinal) ? "/es/search/" : "/search/", form.GetAttribute("action")); // each language searches its own pages
        }
    }

    // Loads the published search script in Node and runs its search over the published index.
    private static List<string> RunSearch(string query)
    {
        var folder = Path.Combine(Path.GetTempPath(), "relevare-search-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var script = ClinicSite.Result.Files.Single(f => f.Path.StartsWith("assets/js/search.", StringComparison.Ordinal));
            File.WriteAllBytes(Path.Combine(folder, "search.js"), script.Content.ToArray());
            File.WriteAllBytes(Path.Combine(folder, "index.json"), ClinicSite.Bytes("search-index.json")!);
            File.WriteAllText(Path.Combine(folder, "run.js"), """
                const search = require('./search.js');
                const index = require('./index.json');
                const results = search.search(search.prepare(index), process.argv[2]);
                process.stdout.write(JSON.stringify(results.map(page => page.url)));
                """);
            var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("run.js");
            start.ArgumentList.Add(query);
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEnd();
            var error = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, $"node failed: {error}");
            return JsonSerializer.Deserialize<List<string>>(output)!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_search_script_in_assets_is_the_one_published()
    {
        var source = File.ReadAllBytes(Path.Combine(RepositoryPaths.RepositoryRoot, "assets", "js", "search.js"));
        var published = ClinicSite.Result.Files.Single(f => f.Path.StartsWith("assets/js/search.", StringComparison.Ordinal));

        Assert.Equal(source, published.Content.ToArray());
    }
}
