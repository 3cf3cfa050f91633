using System.Text;
using Relevare.Static.Checks;
using Relevare.Static.Cli;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;
using Relevare.Static.Images;
using Relevare.Static.Incremental;

namespace Relevare.Static.Tests.Fixtures;

/// <summary>
/// The render stage stops writing pages when a page links to a file that is none of the files the site model plans
/// (<see cref="FailureForecast.PlannedPaths"/>). So that a build that succeeds never stops, those must include
/// every file a build publishes, for every fixture and the clinic's site; and a link that only looks broken (to an
/// asset, an alias, a listing, a generated file, a page in another language, a folder's index) does not stop it.
/// </summary>
public sealed class PlannedOutputTests
{
    private const string Bilingual = "languages-bilingual-site-links-translations";
    private const string Publishing = "publishing-generates-files-for-static-hosts";

    public static TheoryData<string> Fixtures() => new(RepositoryPaths.FixtureNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_file_a_fixture_publishes_is_planned_before_rendering(string fixture)
    {
        var folder = RepositoryPaths.Fixture(fixture);
        var cache = new BuildCache();

        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(folder), new BuildOptions { Today = FixtureTests.TodayOf(folder) }, cache);

        if (result.Succeeded)
        {
            var planned = FailureForecast.PlannedPaths(cache.State.Site!);
            Assert.All(result.Files, f => Assert.Contains(f.Path, planned));
        }
    }

    [Fact]
    public void Every_file_of_the_clinic_site_is_planned_before_rendering_and_its_build_writes_every_page_as_it_goes()
    {
        var source = new PhysicalSourceFileSystem(RepositoryPaths.RepositoryRoot);
        var cache = new BuildCache();
        var result = SiteBuilder.Build(source, new BuildOptions(), cache);
        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        var planned = FailureForecast.PlannedPaths(cache.State.Site!);
        Assert.All(result.Files, f => Assert.Contains(f.Path, planned));

        var sink = new RecordingSink();
        var streamed = SiteBuilder.Build(source, new BuildOptions(), output: sink);

        Assert.False(streamed.StoppedWriting);
        Assert.Equal(result.Files.Select(f => f.Path), sink.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/es/conditions/migrana/")] // a page in the other language
    [InlineData("/es/")] // the other language's home: its folder's index
    [InlineData("/conditions/migraine/index.html")] // a folder's index named
    [InlineData("../conditions/migraine/")] // relative to about/
    [InlineData("/conditions/")] // a section's listing
    [InlineData("/es/conditions/")]
    [InlineData("/old-about/")] // an alias
    [InlineData("/assets/css/site.css")] // an asset (published under its fingerprinted name)
    [InlineData("/404.html")]
    [InlineData("/es/404.html")]
    [InlineData("/search/")]
    [InlineData("/es/search/")]
    [InlineData("/feed.xml")]
    [InlineData("/es/feed.xml")]
    [InlineData("/search-index.json")]
    [InlineData("/es/search-index.json")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/manifest.webmanifest")]
    public void A_link_that_resolves_does_not_stop_the_writing(string url)
    {
        var files = BilingualWithLink(url);
        var sink = new RecordingSink();

        var streamed = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions(), output: sink);

        Assert.True(streamed.Succeeded, TestSite.Describe(streamed.Diagnostics));
        Assert.DoesNotContain(streamed.Diagnostics, d => d.Code == DiagnosticCodes.CheckBrokenLink);
        Assert.False(streamed.StoppedWriting);
        Assert.Equal(SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions()).Files.Select(f => f.Path), sink.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/es/conditions/migraine/")] // the page's name in the other language
    [InlineData("/old-abut/")] // a typo of an alias
    [InlineData("/assets/css/site.ecd84c89d3.css")]
    [InlineData("/fr/feed.xml")]
    public void The_same_site_with_a_link_that_does_not_resolve_stops_the_writing(string url)
    {
        var files = BilingualWithLink(url);
        var sink = new RecordingSink();

        var streamed = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions(), output: sink);

        Assert.True(streamed.Diagnostics.SingleWithCode(DiagnosticCodes.CheckBrokenLink).IsError);
        Assert.True(streamed.StoppedWriting);
        Assert.Equal(
            FixtureTests.PrintDiagnostics(SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions())),
            FixtureTests.PrintDiagnostics(streamed));
    }

    [Fact]
    public void An_image_variant_is_planned_before_rendering()
    {
        var files = BilingualWithLink("/es/");
        files["assets/images/dot.png"] = Tests.Images.TestImages.Png(40, 30);
        files["content/about.md"] = Encoding.UTF8.GetBytes("---\ntitle: About us\ndescription: Who we are.\n---\nAbout the clinic.\n\n![A dot](/assets/images/dot.png)\n");
        var cache = new BuildCache();

        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions(), cache);

        Assert.True(result.Succeeded, TestSite.Describe(result.Diagnostics));
        var planned = FailureForecast.PlannedPaths(cache.State.Site!);
        var images = result.Files.Where(f => f.Path.StartsWith(ImageCatalog.OutputFolder, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, f => Assert.Contains(f.Path, planned));
    }

    // The bilingual fixture with the publishing fixture's assets, an alias for the about page, and a link to url on it.
    private static Dictionary<string, byte[]> BilingualWithLink(string url)
    {
        var files = FilesOf(RepositoryPaths.Fixture(Bilingual));
        foreach (var (path, bytes) in FilesOf(RepositoryPaths.Fixture(Publishing)).Where(f => f.Key.StartsWith("assets/", StringComparison.Ordinal)))
        {
            files[path] = bytes;
        }

        files["content/about.md"] = Encoding.UTF8.GetBytes($"---\ntitle: About us\ndescription: Who we are.\naliases: [/old-about/]\n---\nAbout the clinic: [see this]({url}).\n");
        return files;
    }

    private static Dictionary<string, byte[]> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("expected", StringComparison.Ordinal))
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(folder, p)), StringComparer.Ordinal);
}
