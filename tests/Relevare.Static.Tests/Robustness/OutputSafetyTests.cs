using Relevare.Static.Cli;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// <c>relevare build</c> must never destroy sources or an unrelated folder, never interleave two builds, and leave
/// the last good site in place whenever it cannot publish a new one.
/// </summary>
public sealed class OutputSafetyTests
{
    private const string Fixture = "basic-site-renders-pretty-urls";

    [Theory]
    [InlineData(".")]
    [InlineData("./")]
    [InlineData("content/..")]
    [InlineData("content")]
    [InlineData("content/")]
    [InlineData("content/new/deeper")]
    [InlineData("templates/./layouts/../partials")]
    [InlineData("assets/out")]
    public void Output_at_or_inside_the_sources_is_refused_however_it_is_spelled(string relative)
    {
        using var site = TempSite.FromFixture(Fixture);
        Directory.CreateDirectory(site.PathOf("assets"));
        var before = FolderSnapshot.Take(site.Root);

        var run = CliRunner.Run("build", "--source", site.Root, "--output", site.PathOf(relative));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: --output ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
        Assert.Equal(["assets", "content", "site.yml", "templates"], Entries(site.Root));
    }

    [Fact]
    public void Output_that_contains_the_source_folder_is_refused()
    {
        using var site = TempSite.FromFixture(Fixture);
        var before = FolderSnapshot.Take(site.Root);

        var run = CliRunner.Run("build", "--source", site.Root, "--output", Path.GetDirectoryName(site.Root)!);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("contains the source folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void Output_folder_holding_only_hidden_files_is_not_a_built_site_and_is_refused()
    {
        using var site = TempSite.FromFixture(Fixture);
        var repository = site.PathOf("deploy");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(repository, ".git", "HEAD"), "ref: refs/heads/main\n");

        var run = CliRunner.Run("build", "--source", site.Root, "--output", repository);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("holds files that relevare did not write", run.Error, StringComparison.Ordinal);
        Assert.Equal([".git/HEAD"], FolderSnapshot.Take(repository).Keys);
    }

    [Fact]
    public void Output_that_is_a_symbolic_link_to_the_sources_is_refused()
    {
        using var site = TempSite.FromFixture(Fixture);
        var link = site.PathOf("published");
        Directory.CreateSymbolicLink(link, site.Root);
        var before = FolderSnapshot.Take(site.PathOf("content"));

        var run = CliRunner.Run("build", "--source", site.Root, "--output", link);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(before, FolderSnapshot.Take(site.PathOf("content")));
        Assert.True(File.Exists(site.PathOf("site.yml")));
    }

    [Fact]
    public void Output_that_is_an_existing_file_fails_with_exit_1_and_keeps_the_file()
    {
        using var site = TempSite.FromFixture(Fixture);
        var notes = site.PathOf("notes.txt");
        File.WriteAllText(notes, "keep me");

        var run = CliRunner.Run("build", "--source", site.Root, "--output", notes);

        Assert.True(run.ExitCode is 1 or 2, run.ToString());
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(notes));
        Assert.Equal(["content", "notes.txt", "site.yml", "templates"], Entries(site.Root));
    }

    [Fact]
    public void A_second_build_is_blocked_while_another_holds_the_lock_and_runs_once_it_is_released()
    {
        using var site = TempSite.FromFixture(Fixture);
        Assert.Equal(0, CliRunner.Run("build", "--source", site.Root).ExitCode);
        var before = FolderSnapshot.Take(site.Output);

        CliRun blocked;
        using (var held = OutputLock.TryAcquire(site.Output))
        {
            Assert.NotNull(held);
            blocked = CliRunner.Run("build", "--source", site.Root);
        }

        Assert.True(blocked.ExitCode == 2, blocked.ToString());
        Assert.Contains("another relevare build is writing", blocked.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        var after = CliRunner.Run("build", "--source", site.Root);
        Assert.True(after.ExitCode == 0, after.ToString());
    }

    [Fact]
    public void Read_only_output_parent_fails_with_exit_1_and_keeps_the_last_good_site()
    {
        using var site = TempSite.FromFixture(Fixture);
        var parent = site.PathOf("public");
        var output = Path.Combine(parent, "site");
        Assert.Equal(0, CliRunner.Run("build", "--source", site.Root, "--output", output).ExitCode);
        var before = FolderSnapshot.Take(output);
        File.AppendAllText(site.PathOf(Path.Combine("content", "about.md")), "\nA new paragraph.\n");

        CliRun run;
        string method;
        using (var readOnly = ReadOnlyFolder.Make(parent))
        {
            method = readOnly.Method;
            run = CliRunner.Run("build", "--source", site.Root, "--output", output);
        }

        Assert.True(run.ExitCode == 1, $"({method}) {run}");
        Assert.StartsWith($"error: could not write the site to {output}", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(output));
        Assert.Equal(["site"], Entries(parent));
    }

    [Fact]
    public void Write_that_fails_midway_leaves_no_staging_folder_and_the_previous_site()
    {
        using var site = TempSite.FromFixture(Fixture);
        Assert.Equal(0, CliRunner.Run("build", "--source", site.Root).ExitCode);
        var before = FolderSnapshot.Take(site.Output);

        var escape = Assert.Throws<InvalidOperationException>(() =>
            SiteWriter.Write(site.Output, [new Output.OutputFile("a/index.html", new byte[] { 1 }), new Output.OutputFile("../escaped.html", new byte[] { 2 })]));

        Assert.Contains("outside the output folder", escape.Message, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.False(File.Exists(site.PathOf("escaped.html")));
        Assert.Equal(["_site", "content", "site.yml", "templates"], Entries(site.Root));
    }

    private static List<string> Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
