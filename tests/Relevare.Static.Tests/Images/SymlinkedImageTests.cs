using Relevare.Static.Tests.Cli;

namespace Relevare.Static.Tests.Images;

/// <summary>
/// A Markdown image that is a symbolic link, on a real disk (made in a temporary folder): links are never followed,
/// so the build reports RS0907 at the Markdown line and writes nothing, wherever the link points.
/// </summary>
public sealed class SymlinkedImageTests
{
    private const string Fixture = "basic-site-renders-pretty-urls";

    [Theory]
    [InlineData("outside")] // a photo outside the site's folder: following the link would publish it
    [InlineData("inside")]  // a photo of the site itself: still a link, still refused
    public void A_markdown_image_that_is_a_symbolic_link_is_RS0907_at_its_line_and_nothing_is_written(string where)
    {
        using var site = TempSite.FromFixture(Fixture);
        var photo = TestImages.Jpeg(640, 480);
        var target = where == "outside" ? site.PathOf("outside/team.jpg") : site.PathOf("content/real-team.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, photo);
        File.CreateSymbolicLink(site.PathOf("content/team.jpg"), target);
        File.WriteAllText(site.PathOf("content/team.md"), "---\ntitle: Our team\n---\n\nThe people you will meet.\n\n![The clinic's team in the waiting room](team.jpg)\n");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Error.Split('\n').Where(l => l.Contains(": error RS", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.StartsWith("content/team.md:7:1: error RS0907: 'content/team.jpg' is a symbolic link", line, StringComparison.Ordinal);
        Assert.Contains("hint: copy the picture itself into the folder", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "nothing may be written when an image is refused");
        Assert.False(Directory.Exists(site.PathOf(".relevare-cache/images")) && Directory.EnumerateFiles(site.PathOf(".relevare-cache/images"), "team*", SearchOption.AllDirectories).Any(), "the linked photo must not be processed into the cache");
    }
}
