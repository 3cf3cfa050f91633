using Relevare.Static.Cli;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// <c>--output</c> is judged by where it really leads: every symbolic link along it (and along --source and the
/// sources' folders) is resolved before the containment check, for <c>build</c> and <c>serve</c> alike, so a link
/// cannot make the build replace content/, templates/, assets/ or the site itself.
/// </summary>
public sealed class OutputThroughLinkTests
{
    private const string Fixture = "basic-site-renders-pretty-urls";

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void An_output_inside_content_reached_through_a_linked_folder_is_refused(string command)
    {
        using var site = TempSite.FromFixture(Fixture);
        var link = site.PathOf("published");
        Directory.CreateSymbolicLink(link, site.PathOf("content"));
        var before = FolderSnapshot.Take(site.PathOf("content"));

        var run = CliRunner.Run(command, "--source", site.Root, "--output", Path.Combine(link, "new-site"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith(
            $"error: --output '{Path.Combine(link, "new-site")}' (through symbolic links: '{site.PathOf("content/new-site")}') is inside content/",
            run.Error,
            StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.PathOf("content")));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void An_output_through_a_link_to_the_site_itself_is_refused(string command)
    {
        using var site = TempSite.FromFixture(Fixture);
        var outside = site.PathOf("../" + Path.GetFileName(site.Root) + "-link");
        Directory.CreateSymbolicLink(outside, site.Root);
        try
        {
            foreach (var (output, folder) in new[] { ("templates/out", "templates/"), ("assets/deep/er", "assets/") })
            {
                var run = CliRunner.Run(command, "--source", site.Root, "--output", Path.Combine(outside, output));

                Assert.True(run.ExitCode == 2, run.ToString());
                Assert.Contains($"is inside {folder}", run.Error, StringComparison.Ordinal);
            }

            var whole = CliRunner.Run(command, "--source", site.Root, "--output", outside);
            Assert.True(whole.ExitCode == 2, whole.ToString());
            Assert.Contains("contains the source folder", whole.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_source_given_through_a_link_is_compared_by_its_real_folder()
    {
        using var site = TempSite.FromFixture(Fixture);
        var sourceLink = site.PathOf("../" + Path.GetFileName(site.Root) + "-source");
        Directory.CreateSymbolicLink(sourceLink, site.Root);
        try
        {
            var run = CliRunner.Run("build", "--source", sourceLink, "--output", site.PathOf("content/out"));

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("is inside content/", run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(site.PathOf("content/out")));
        }
        finally
        {
            File.Delete(sourceLink);
        }
    }

    [Fact]
    public void An_output_inside_the_real_folder_of_a_linked_content_folder_is_refused()
    {
        using var site = TempSite.FromFixture(Fixture);
        var realContent = site.PathOf("real-content");
        Directory.Move(site.PathOf("content"), realContent);
        Directory.CreateSymbolicLink(site.PathOf("content"), realContent);

        var run = CliRunner.Run("build", "--source", site.Root, "--output", Path.Combine(realContent, "out"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is inside content/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_through_a_link_to_an_unrelated_folder_is_built()
    {
        using var site = TempSite.FromFixture(Fixture);
        Directory.CreateDirectory(site.PathOf("deploy/real"));
        Directory.CreateSymbolicLink(site.PathOf("public"), site.PathOf("deploy/real"));

        var run = CliRunner.Run("build", "--source", site.Root, "--output", site.PathOf("public/site"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(site.PathOf("deploy/real/site/index.html")));
    }

    [Fact]
    public void Real_paths_resolve_relative_links_chains_and_missing_tails()
    {
        using var site = TempSite.FromFixture(Fixture);
        Directory.CreateDirectory(site.PathOf("a/b"));
        Directory.CreateSymbolicLink(site.PathOf("one"), "a");
        Directory.CreateSymbolicLink(site.PathOf("a/two"), "b");
        Directory.CreateSymbolicLink(site.PathOf("three"), site.PathOf("one/two"));
        Directory.CreateSymbolicLink(site.PathOf("loop1"), site.PathOf("loop2"));
        Directory.CreateSymbolicLink(site.PathOf("loop2"), site.PathOf("loop1"));

        Assert.Equal(site.PathOf("a/b/not/yet"), RealPath.Of(site.PathOf("three/not/yet")));
        Assert.Equal(site.PathOf("a/b"), RealPath.Of(site.PathOf("one/two/")));
        Assert.Equal(site.PathOf("a"), RealPath.Of(site.PathOf("a/b/..")));
        Assert.Throws<IOException>(() => RealPath.Of(site.PathOf("loop1/x")));
    }
}
