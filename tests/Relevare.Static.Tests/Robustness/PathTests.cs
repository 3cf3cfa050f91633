using Relevare.Static.Diagnostics;
using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Robustness;

/// <summary>
/// File names that a Linux checkout holds but Windows or macOS cannot (reserved names, forbidden characters, names
/// differing only in case or Unicode form), and symbolic links. They are made at test time, in memory or in a temp
/// folder: committed as fixtures they would break the repository's own checkouts on those systems.
/// </summary>
public sealed class PathTests
{
    private const string Fixture = "hostile-front-matter-without-body";
    private const string Page = "---\ntitle: Page\n---\n\nBody.\n";

    [Theory]
    [InlineData("content/con.md", "'con' is a reserved device name on Windows")]
    [InlineData("content/aux/page.md", "'aux' is a reserved device name on Windows")]
    [InlineData("content/lpt1.md", "'lpt1' is a reserved device name on Windows")]
    [InlineData("content/a:b.md", "the file name 'a:b' cannot be a URL")]
    [InlineData("content/what?.md", "the file name 'what?' cannot be a URL")]
    [InlineData("content/Capital.md", "the file name 'Capital' cannot be a URL")]
    [InlineData("content/trailing-dot..md", "the file name 'trailing-dot.' cannot be a URL")]
    [InlineData("content/back\\slash.md", "the file name 'back\\slash' cannot be a URL")]
    [InlineData("content/Folder/page.md", "the folder name 'Folder' cannot be part of a URL")]
    [InlineData("content/caf\u00e9.md", "the file name 'caf\u00e9' cannot be a URL")]
    [InlineData("content/nul\0byte.md", "the file name 'nul\0byte' cannot be a URL")]
    public void Content_file_names_that_are_not_portable_urls_are_refused(string path, string message)
    {
        var result = InMemorySite.BuildWithFixture(Fixture, ("content/index.md", Page), (path, Page));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidSlug, path), (diagnostic.Code, diagnostic.Path));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Over_long_content_file_name_is_refused()
    {
        var path = "content/" + new string('a', 101) + ".md";

        var result = InMemorySite.BuildWithFixture(Fixture, ("content/index.md", Page), (path, Page));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidSlug, path), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("101 characters long (limit 100)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assets/con.txt", "'con.txt' is a reserved device name on Windows")]
    [InlineData("assets/NUL", "'NUL' is a reserved device name on Windows")]
    [InlineData("assets/a:b.png", "contains :, which Windows does not allow")]
    [InlineData("assets/what?.png", "contains ?, which Windows does not allow")]
    [InlineData("assets/star*.png", "contains *, which Windows does not allow")]
    [InlineData("assets/pipe|.png", "contains |, which Windows does not allow")]
    [InlineData("assets/back\\slash.png", "contains \\, which Windows does not allow")]
    [InlineData("assets/tab\there.png", "contains U+0009, which Windows does not allow")]
    [InlineData("assets/nul\0byte.png", "contains NUL, which Windows does not allow")]
    [InlineData("assets/dot./logo.png", "ends with a dot or a space")]
    [InlineData("assets/space /logo.png", "ends with a dot or a space")]
    [InlineData("assets/cafe\u0301.txt", "contains U+0301")]
    [InlineData("assets/\u212Bngstrom.txt", "contains U+212B")]
    public void Asset_names_that_break_on_windows_or_macos_are_refused(string path, string message)
    {
        var result = Build(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidSlug, path), (diagnostic.Code, diagnostic.Path));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Over_long_asset_path_is_refused()
    {
        var path = "assets/" + string.Join('/', Enumerable.Repeat(new string('d', 60), 4)) + "/logo.png";

        var diagnostic = Assert.Single(Build(path).Diagnostics);

        Assert.Equal((DiagnosticCodes.InvalidSlug, path), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("characters long (limit 240)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assets_differing_only_in_letter_case_collide_and_both_are_named()
    {
        var result = Build("assets/Logo.png", "assets/logo.png");

        Assert.Collection(
            result.Diagnostics,
            first => Assert.Equal(("RS0501", "assets/Logo.png"), (first.Code, first.Path)),
            second => Assert.Equal(("RS0501", "assets/logo.png"), (second.Code, second.Path)));
        Assert.Contains("collides with assets/logo.png (paths that differ only in letter case", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Asset_colliding_with_a_page_in_another_letter_case_is_reported_on_both()
    {
        var result = InMemorySite.BuildWithFixture(Fixture, ("content/index.md", Page), ("content/assets/logo.md", Page), ("assets/Logo/index.html", "x"));

        Assert.Equal(
            [("RS0501", "assets/Logo/index.html"), ("RS0501", "content/assets/logo.md")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Composed_and_decomposed_twins_are_never_both_published()
    {
        var composed = "assets/caf\u00e9.txt";
        var decomposed = "assets/cafe\u0301.txt";

        var result = Build(composed, decomposed);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path == decomposed);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path == composed);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Composed_accented_asset_names_are_published()
    {
        var result = Build("assets/caf\u00e9.txt", "assets/\u00c5ngstr\u00f6m.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Files, f => f.Path == "assets/caf\u00e9.txt");
    }

    [Fact]
    public void Symbolic_links_in_assets_and_templates_are_never_followed_or_published()
    {
        using var site = TempSite.FromFixture(Fixture);
        var outside = site.PathOf("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "password");
        Directory.CreateDirectory(site.PathOf("assets"));
        Directory.CreateSymbolicLink(site.PathOf("assets/etc"), "/etc");
        File.CreateSymbolicLink(site.PathOf("assets/passwd"), "/etc/passwd");
        File.CreateSymbolicLink(site.PathOf("assets/secret.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(site.PathOf("assets/loop"), site.PathOf("assets"));
        Directory.CreateSymbolicLink(site.PathOf("templates/partials"), "/etc");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Equal([".relevare-output", "index.html"], FolderSnapshot.Take(site.Output).Keys);
    }

    [Fact]
    public void Symbolic_links_in_content_are_never_followed_and_fail_the_build_naming_each_link()
    {
        using var site = TempSite.FromFixture(Fixture);
        var outside = site.PathOf("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Secret\n---\n\nNot part of the site.\n");
        Directory.CreateSymbolicLink(site.PathOf("content/etc"), "/etc");
        Directory.CreateSymbolicLink(site.PathOf("content/outside"), outside);
        File.CreateSymbolicLink(site.PathOf("content/secret.md"), Path.Combine(outside, "secret.md"));

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(
            ["content/etc:1:1: error RS0006", "content/outside:1:1: error RS0006", "content/secret.md:1:1: error RS0006"],
            run.Error.Split('\n').Where(l => l.StartsWith("content/", StringComparison.Ordinal)).Select(l => string.Join(':', l.Split(':')[..4])));
        Assert.DoesNotContain("Secret", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_symbolic_link_loop_inside_a_content_folder_does_not_hang_the_build()
    {
        using var site = TempSite.FromFixture(Fixture);
        Directory.CreateDirectory(site.PathOf("content/guides"));
        File.WriteAllText(site.PathOf("content/guides/first.md"), Page);
        Directory.CreateSymbolicLink(site.PathOf("content/guides/again"), site.PathOf("content/guides"));
        Directory.CreateSymbolicLink(site.PathOf("content/guides/up"), site.PathOf("content"));

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("content/guides/again:1:1: error RS0006: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("content/guides/up:1:1: error RS0006: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Build failed: 2 errors", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_as_site_yml_is_not_read()
    {
        using var site = TempSite.FromFixture(Fixture);
        File.Move(site.PathOf("site.yml"), site.PathOf("real-site.yml"));
        File.CreateSymbolicLink(site.PathOf("site.yml"), site.PathOf("real-site.yml"));

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("site.yml:1:1: error RS0101: ", run.Error, StringComparison.Ordinal);
    }

    private static BuildResult Build(params string[] assets) =>
        InMemorySite.BuildWithFixture(Fixture, [("content/index.md", Page), .. assets.Select(a => (a, "asset"))]);
}
