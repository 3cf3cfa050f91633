namespace Relevare.Static.Tests.Serve;

public sealed class ServeOutputTests
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task With_an_output_folder_only_changed_files_are_rewritten_and_removed_pages_deleted()
    {
        using var site = new SiteFolder(Serving.Site);
        var output = site.PathOf("_site");
        await using var session = await Serving.StartAsync(site, configure: options => options with { Output = output });
        await using var events = await EventStream.OpenAsync(session.Url);
        var build = await events.NextAsync(Serving.Patience);
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([".relevare-output", Path.Combine("about", "index.html"), Path.Combine("assets", "site.css"), "index.html"], files);
        Assert.DoesNotContain("__relevare", File.ReadAllText(Path.Combine(output, "about", "index.html")), StringComparison.Ordinal);
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(Path.Combine(output, file), LongAgo);
        }

        var homeBytes = File.ReadAllBytes(Path.Combine(output, "index.html"));

        // A body edit rewrites that page only.
        site.Write("content/about.md", "---\ntitle: About\n---\nAbout us, edited.\n");
        build = await events.NextBuildAfterAsync(build, Serving.Patience);
        Assert.Contains("About us, edited.", File.ReadAllText(Path.Combine(output, "about", "index.html")), StringComparison.Ordinal);
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "about", "index.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "index.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "assets", "site.css")));
        Assert.Equal(homeBytes, File.ReadAllBytes(Path.Combine(output, "index.html")));

        // A failed build leaves the folder as it was.
        site.Write("content/about.md", "---\ntitel: About\n---\nBroken.\n");
        build = await events.NextBuildAfterAsync(build, Serving.Patience);
        Assert.Contains("About us, edited.", File.ReadAllText(Path.Combine(output, "about", "index.html")), StringComparison.Ordinal);

        // A deleted page's file (and its folder) go.
        site.Delete("content/about.md");
        site.Write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
        build = await events.NextBuildAfterAsync(build, Serving.Patience);
        // On a loaded machine the watcher may report these edits (or the broken file's two writes) over more than one
        // build: wait for the builds that follow, a few at most; a build that never comes fails (Patience).
        for (var extra = 0; extra < 5 && Directory.Exists(Path.Combine(output, "about")); extra++)
        {
            build = await events.NextBuildAfterAsync(build, Serving.Patience);
        }

        Assert.False(Directory.Exists(Path.Combine(output, "about")), "about/ was not removed");
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }
}
