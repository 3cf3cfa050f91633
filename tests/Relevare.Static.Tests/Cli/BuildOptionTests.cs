namespace Relevare.Static.Tests.Cli;

/// <summary>The options of <c>relevare build</c>, each on a copy of the fixture that shows its effect.</summary>
public sealed class BuildOptionTests
{
    [Fact]
    public void Warnings_alone_do_not_fail_the_build()
    {
        using var site = TempSite.FromFixture("html-in-markdown-is-escaped-with-a-warning");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": warning RS0303: ", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Strict_turns_a_warning_into_exit_1_with_nothing_written()
    {
        using var site = TempSite.FromFixture("html-in-markdown-is-escaped-with-a-warning");
        var before = FolderSnapshot.Take(site.Root);

        var run = CliRunner.Run("build", "--source", site.Root, "--strict");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("content/index.md:5:1: warning RS0303: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("(--strict)", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void Drafts_are_skipped_by_default()
    {
        using var site = TempSite.FromFixture("draft-pages-are-skipped");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "upcoming")));
    }

    [Fact]
    public void Drafts_option_publishes_drafts()
    {
        using var site = TempSite.FromFixture("draft-pages-are-skipped");

        var run = CliRunner.Run("build", "--source", site.Root, "--drafts");

        Assert.True(run.ExitCode == 0, run.ToString());
        var draft = File.ReadAllText(Path.Combine(site.Output, "upcoming", "index.html"));
        Assert.Contains("<h1>Not ready yet</h1>", draft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://preview.example/pr-7", "https://preview.example/pr-7/about/")]
    [InlineData("https://preview.example/pr-7/", "https://preview.example/pr-7/about/")]
    public void Base_url_changes_canonical_links(string baseUrl, string canonical)
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");

        var run = CliRunner.Run("build", "--source", site.Root, "--base-url", baseUrl);

        Assert.True(run.ExitCode == 0, run.ToString());
        var about = File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{canonical}\">", about, StringComparison.Ordinal);
        Assert.DoesNotContain("fixture.test", about, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_base_url_canonical_links_use_site_yml()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        var about = File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://fixture.test/about/\">", about, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/")]
    public void Base_url_that_is_not_absolute_http_is_refused(string baseUrl)
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");

        var run = CliRunner.Run("build", "--source", site.Root, "--base-url", baseUrl);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--base-url", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Output_elsewhere_receives_the_site()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var elsewhere = site.PathOf(Path.Combine("deploy", "public"));

        var run = CliRunner.Run("build", "--source", site.Root, "--output", elsewhere);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Site written to {elsewhere}", run.Out, StringComparison.Ordinal);
        Assert.Equal(
            [".relevare-output", "about/index.html", "guides/first-visit/index.html", "index.html"],
            FolderSnapshot.Take(elsewhere).Keys);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Output_over_a_previous_site_replaces_it_as_a_whole()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        Assert.Equal(0, CliRunner.Run("build", "--source", site.Root).ExitCode);
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "from an older build");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(Path.Combine(site.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Equal(
            ["_site", "content", "site.yml", "templates"],
            Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_site_without_a_home_page_can_be_built_again_over_its_own_output()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        File.Delete(site.PathOf(Path.Combine("content", "index.md")));
        var first = CliRunner.Run("build", "--source", site.Root);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.False(File.Exists(Path.Combine(site.Output, "index.html")));

        var second = CliRunner.Run("build", "--source", site.Root);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(File.Exists(Path.Combine(site.Output, "about", "index.html")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("content")]
    [InlineData("templates/layouts")]
    public void Output_over_the_sources_is_refused(string relative)
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var output = relative.Length == 0 ? site.Root : site.PathOf(relative);
        var before = FolderSnapshot.Take(site.Root);

        var run = CliRunner.Run("build", "--source", site.Root, "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: --output ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void Output_over_a_folder_that_is_not_a_built_site_is_refused()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var documents = site.PathOf("documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "notes.txt"), "not a website");

        var run = CliRunner.Run("build", "--source", site.Root, "--output", documents);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("holds files that relevare did not write", run.Error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], FolderSnapshot.Take(documents).Keys);
    }

    [Fact]
    public void Nonexistent_source_exits_with_2()
    {
        using var site = TempSite.FromFixture("basic-site-renders-pretty-urls");
        var missing = site.PathOf("no-such-folder");

        var run = CliRunner.Run("build", "--source", missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"'{missing}' does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }
}
