using Relevare.Static.Cli;
using Relevare.Static.Output;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// The staging folder that <c>relevare build</c> writes its pages into while it renders: nothing reaches the output
/// folder before the commit, an abandoned staging folder is gone, and no file lands outside it.
/// </summary>
public sealed class StagingOutputTests
{
    private const string Fixture = "basic-site-renders-pretty-urls";

    [Fact]
    public void Written_files_are_in_the_staging_folder_and_reach_the_output_only_on_commit()
    {
        using var site = BuiltSite(out var before);
        using var staging = StagingOutput.Open(site.Output);

        staging.Write(new OutputFile("index.html", "<p>new home</p>"u8.ToArray()));
        staging.Write(new OutputFile("deep/er/page/index.html", "<p>deep</p>"u8.ToArray()));
        staging.Drain();

        Assert.StartsWith(site.PathOf("._site.staging-"), staging.Staging, StringComparison.Ordinal);
        Assert.Equal("<p>deep</p>", File.ReadAllText(Path.Combine(staging.Staging, "deep", "er", "page", "index.html")));
        Assert.True(File.Exists(Path.Combine(staging.Staging, OutputMarker.FileName)));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));

        staging.Commit();

        Assert.Equal([OutputMarker.FileName, "deep/er/page/index.html", "index.html"], FolderSnapshot.Take(site.Output).Keys);
        Assert.Equal("<p>new home</p>", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void Abandon_removes_the_staging_folder_and_leaves_the_output_as_it_was()
    {
        using var site = BuiltSite(out var before);
        var staging = StagingOutput.Open(site.Output);
        staging.Write(new OutputFile("index.html", "<p>never published</p>"u8.ToArray()));
        staging.Drain();
        Assert.True(File.Exists(Path.Combine(staging.Staging, "index.html")));

        staging.Abandon();

        Assert.False(Directory.Exists(staging.Staging));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void Disposing_without_a_commit_abandons_the_staging_folder()
    {
        using var site = BuiltSite(out var before);
        string folder;
        using (var staging = StagingOutput.Open(site.Output))
        {
            staging.Write(new OutputFile("about/index.html", "x"u8.ToArray()));
            staging.Drain();
            folder = staging.Staging;
            Assert.True(Directory.Exists(folder));
        }

        Assert.False(Directory.Exists(folder));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("a/../../escaped.html")]
    [InlineData("/tmp/escaped.html")]
    [InlineData(".")]
    public void A_path_outside_the_staging_folder_is_refused_and_nothing_is_written_there(string path)
    {
        using var site = BuiltSite(out var before);
        var parent = FolderSnapshot.Take(site.Root);
        using (var staging = StagingOutput.Open(site.Output))
        {
            var refused = Assert.Throws<InvalidOperationException>(() => staging.Write(new OutputFile(path, "payload"u8.ToArray())));
            Assert.Contains("outside the output folder", refused.Message, StringComparison.Ordinal);
            staging.Drain();
            Assert.Equal([OutputMarker.FileName], Directory.EnumerateFileSystemEntries(staging.Staging).Select(Path.GetFileName));
        }

        Assert.False(File.Exists(site.PathOf("escaped.html")));
        Assert.Equal(parent, FolderSnapshot.Take(site.Root));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void A_failed_write_is_kept_and_thrown_by_the_commit_which_leaves_the_output_and_no_staging_folder()
    {
        using var site = BuiltSite(out var before);
        var staging = StagingOutput.Open(site.Output);

        // A file where a folder is needed: the file system refuses the second one, as a full disk would refuse any.
        staging.Write(new OutputFile("clash", "file"u8.ToArray()));
        staging.Write(new OutputFile("clash/index.html", "page"u8.ToArray()));
        staging.Drain();
        Assert.IsAssignableFrom<IOException>(staging.Failure);

        Assert.ThrowsAny<IOException>(staging.Commit);

        Assert.False(Directory.Exists(staging.Staging));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void Files_queued_when_the_staging_folder_is_abandoned_are_not_written_anywhere()
    {
        using var site = BuiltSite(out var before);
        var staging = StagingOutput.Open(site.Output);
        for (var i = 0; i < 2 * StagingOutput.Queued; i++)
        {
            staging.Write(new OutputFile($"p{i}/index.html", "x"u8.ToArray()));
        }

        staging.Abandon();

        Assert.False(Directory.Exists(staging.Staging));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public void The_same_path_written_twice_is_a_failure_not_an_overwrite()
    {
        using var site = BuiltSite(out var before);
        var staging = StagingOutput.Open(site.Output);

        staging.Write(new OutputFile("index.html", "first"u8.ToArray()));
        staging.Write(new OutputFile("index.html", "second"u8.ToArray()));
        staging.Drain();

        Assert.IsAssignableFrom<IOException>(staging.Failure);
        Assert.Equal("first", File.ReadAllText(Path.Combine(staging.Staging, "index.html")));
        Assert.ThrowsAny<IOException>(staging.Commit);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    // A site whose output folder holds a previous build, and that output's snapshot.
    private static TempSite BuiltSite(out SortedDictionary<string, string> output)
    {
        var site = TempSite.FromFixture(Fixture);
        var run = CliRunner.Run("build", "--source", site.Root);
        Assert.True(run.ExitCode == 0, run.ToString());
        output = FolderSnapshot.Take(site.Output);
        Assert.Contains("index.html", output.Keys);
        return site;
    }
}
