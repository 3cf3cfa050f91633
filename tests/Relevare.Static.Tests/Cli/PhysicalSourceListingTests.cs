using Relevare.Static.Cli;
using Relevare.Static.Content;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// The disk adapter's listing: every file under a folder, sorted, without dotfiles or anything in a dot folder (at
/// any depth) and without links; links are listed apart (<see cref="PhysicalSourceFileSystem.SymbolicLinks"/>), also
/// in sub-folders and in folders that hold no other file. The listing tells links apart without reading each
/// entry's attributes (a system call per file), so these cases are checked on a real disk.
/// </summary>
public sealed class PhysicalSourceListingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dotfiles_dot_folders_and_links_are_left_out_of_the_listing_and_links_are_found(bool oneBuild)
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var outside = site.PathOf("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "page.md"), "---\ntitle: Outside\n---\n");
        Directory.CreateDirectory(site.PathOf("content/.git/objects"));
        File.WriteAllText(site.PathOf("content/.git/objects/a.md"), "x");
        File.WriteAllText(site.PathOf("content/.notes.md"), "x");
        Directory.CreateDirectory(site.PathOf("content/deep/er/.cache"));
        File.WriteAllText(site.PathOf("content/deep/er/.cache/b.md"), "x");
        File.WriteAllText(site.PathOf("content/deep/er/.c.md"), "x");
        File.WriteAllText(site.PathOf("content/deep/er/c.md"), "x");
        Directory.CreateDirectory(site.PathOf("content/only-links"));
        File.CreateSymbolicLink(site.PathOf("content/only-links/page.md"), Path.Combine(outside, "page.md"));
        Directory.CreateSymbolicLink(site.PathOf("content/deep/linked"), outside);
        var files = new PhysicalSourceFileSystem(site.Root, oneBuild);

        var listed = files.EnumerateFiles("content");

        Assert.Contains("content/deep/er/c.md", listed);
        Assert.DoesNotContain(listed, p => p.Contains("/.", StringComparison.Ordinal));
        Assert.DoesNotContain(listed, p => p.StartsWith("content/only-links/", StringComparison.Ordinal) || p.StartsWith("content/deep/linked/", StringComparison.Ordinal));
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.Equal(
            [new SourceLink("content/deep/linked", outside, IsFolder: true), new SourceLink("content/only-links/page.md", Path.Combine(outside, "page.md"), IsFolder: false)],
            files.SymbolicLinks("content"));
        Assert.Empty(files.SymbolicLinks("content/deep/er"));
    }
}
