using Relevare.Static.Cli;
using Relevare.Static.Diagnostics;
using Relevare.Static.Output;
using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Cli;

/// <summary>
/// <c>relevare build</c> writes each page into its staging folder as soon as the page is rendered and checked. A
/// build that fails after that (a broken link found by the checks across pages, a warning under --strict) must
/// still leave the previous site byte for byte and no staging folder; a build that succeeds writes exactly what the
/// in-memory build returns.
/// </summary>
public sealed class StreamingBuildTests
{
    private const string Publishing = "publishing-generates-files-for-static-hosts";

    [Fact]
    public void A_broken_link_found_by_the_checks_across_pages_leaves_the_previous_site_and_no_staging_folder()
    {
        using var site = TempSite.FromFixture(Publishing);
        var first = CliRunner.Run("build", "--source", site.Root);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = FolderSnapshot.Take(site.Output);

        // Every article links to a page that does not exist: only the checks across pages, after the pages were
        // rendered (and written), can tell.
        var article = site.PathOf(Path.Combine("templates", "layouts", "article.html"));
        File.WriteAllText(article, File.ReadAllText(article).Replace("</main>", "<a href=\"/nowhere/\">Nowhere</a>\n</main>", StringComparison.Ordinal));
        // The first page rendered with it stops the writing (FailureForecastTests); the pages before it were written.
        var built = SiteBuilder.Build(new PhysicalSourceFileSystem(site.Root), new BuildOptions(), output: new RecordingSink());
        Assert.Contains(built.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.CheckBrokenLink);
        Assert.True(built.StoppedWriting);
        Assert.True(built.Written > 0, "the pages were written before the broken link was found");

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error " + DiagnosticCodes.CheckBrokenLink, run.Error, StringComparison.Ordinal);
        Assert.Contains("the previous site in", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void A_warning_under_strict_leaves_the_previous_site_and_no_staging_folder()
    {
        using var site = TempSite.FromFixture("base-url-on-an-example-domain-fails-strict");
        var first = CliRunner.Run("build", "--source", site.Root, "--today", "2026-01-01");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = FolderSnapshot.Take(site.Output);
        File.AppendAllText(site.PathOf(Path.Combine("content", "about.md")), "\nA new paragraph that must not be published.\n");

        var run = CliRunner.Run("build", "--source", site.Root, "--today", "2026-01-01", "--strict");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("(--strict)", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void A_broken_link_lowered_to_a_warning_is_published_and_fails_only_under_strict()
    {
        using var site = TempSite.FromFixture(Publishing);
        var first = CliRunner.Run("build", "--source", site.Root);
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = FolderSnapshot.Take(site.Output);
        File.AppendAllText(site.PathOf("site.yml"), "checks: { RS0701: warning }\n");
        File.AppendAllText(site.PathOf(Path.Combine("content", "index.md")), "\nRead [the old page](/nowhere/) too.\n");

        var strict = CliRunner.Run("build", "--source", site.Root, "--strict");

        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains("warning " + DiagnosticCodes.CheckBrokenLink, strict.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));

        var lenient = CliRunner.Run("build", "--source", site.Root);

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains("warning " + DiagnosticCodes.CheckBrokenLink, lenient.Error, StringComparison.Ordinal);
        Assert.Contains("/nowhere/", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
        Assert.Equal(before.Keys, FolderSnapshot.Take(site.Output).Keys);
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void The_written_site_is_the_in_memory_build_byte_for_byte()
    {
        using var site = TempSite.FromFixture(Publishing);
        var inMemory = SiteBuilder.Build(new PhysicalSourceFileSystem(site.Root), new BuildOptions());
        Assert.True(inMemory.Succeeded, TestSite.Describe(inMemory.Diagnostics));

        var run = CliRunner.Run("build", "--source", site.Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        var written = FixtureTests.ReadTree(site.Output);
        Assert.True(written.Remove(OutputMarker.FileName));
        Assert.Equal(inMemory.Files.Select(f => f.Path), written.Keys);
        Assert.All(inMemory.Files, f => Assert.True(f.Content.Span.SequenceEqual(written[f.Path]), f.Path));
        Assert.Contains(written.Keys, p => p.StartsWith("conditions/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.Contains("sitemap.xml", written.Keys);
    }
}
