using System.Text;
using FsCheck.Xunit;
using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;
using Relevare.Static.Site;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// Properties over generated names: whatever string becomes a file stem, a folder or a slug, the build either
/// refuses it with a diagnostic or publishes it at a contained, portable path; whatever relative path reaches
/// the writer, nothing is written outside the output folder.
/// </summary>
public sealed class PathPropertyTests
{
    private const string Fixture = "hostile-front-matter-without-body";
    private const string Page = "---\ntitle: Page\n---\n\nBody.\n";

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = 300)]
    public void Any_file_stem_is_refused_or_published_at_a_contained_portable_path(PathText stem)
    {
        var path = $"content/{stem.Value}.md";

        var result = InMemorySite.BuildWithFixture(Fixture, ("content/index.md", Page), (path, Page));

        AssertContainedAndPortable(result);
        var hidden = path.Split('/').Any(s => s.StartsWith('.'));
        var published = result.Files.Length == (path == "content/index.md" ? 1 : 2); // the stem "index" is the home page itself
        Assert.True(hidden || published || result.Diagnostics.Any(d => d.IsError), $"{stem}: neither published, nor hidden, nor refused");
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = 300)]
    public void Any_slug_is_refused_or_published_at_a_contained_portable_path(PathText slug)
    {
        var page = $"---\ntitle: Page\nslug: {slug.AsYaml()}\n---\n\nBody.\n";

        var result = InMemorySite.BuildWithFixture(Fixture, ("content/index.md", Page), ("content/page.md", page));

        AssertContainedAndPortable(result);
        if (result.Succeeded)
        {
            Assert.Equal(new[] { $"{slug.Value}/index.html", "index.html" }.Order(StringComparer.Ordinal), result.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug.Value);
        }
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = 200)]
    public void Any_asset_path_is_refused_or_published_where_it_was(PathText name)
    {
        var path = $"assets/{name.Value}";

        var result = InMemorySite.BuildWithFixture(Fixture, ("content/index.md", Page), (path, "asset"));

        AssertContainedAndPortable(result);
        var hidden = path.Split('/').Any(s => s.StartsWith('.'));
        Assert.True(hidden || result.Files.Any(f => f.Path == path) || result.Diagnostics.Any(d => d.IsError), $"{name}: neither published, nor hidden, nor refused");
    }

    [Property(Arbitrary = [typeof(PathArbitraries)], MaxTest = 100)]
    public void Site_writer_never_writes_outside_the_output_folder(PathText relative)
    {
        using var site = TempSite.FromFixture(Fixture);

        // Deep enough that a few '..' stay inside the temp folder, where the snapshot can see them.
        var output = site.PathOf(Path.Combine("l1", "l2", "l3", "l4", "l5", "l6", "out"));
        Directory.CreateDirectory(output);
        var before = FolderSnapshot.Take(site.Root);
        var files = new[] { new OutputFile("index.html", Encoding.UTF8.GetBytes("home")), new OutputFile(relative.Value, Encoding.UTF8.GetBytes("payload")) };

        try
        {
            SiteWriter.Write(output, files);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Refusing is fine; the previous state must then be intact.
            Assert.Equal(before, FolderSnapshot.Take(site.Root));
            return;
        }

        var outside = FolderSnapshot.Take(site.Root).Where(f => !f.Key.StartsWith("l1/l2/l3/l4/l5/l6/out/", StringComparison.Ordinal));
        Assert.Equal(before, outside);
        Assert.Equal(["l1"], Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName).Where(n => n!.StartsWith('l')));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    private static void AssertContainedAndPortable(BuildResult result)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        foreach (var file in result.Files)
        {
            Assert.False(Path.IsPathRooted(file.Path), file.Path);
            Assert.DoesNotContain("..", file.Path.Split('/'));
            Assert.DoesNotContain('\\', file.Path);
            Assert.Null(PortablePath.Problem(file.Path));
        }
    }
}
