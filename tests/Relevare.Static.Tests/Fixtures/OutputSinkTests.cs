using Relevare.Static.Cli;
using Relevare.Static.Content;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.Tests.Fixtures;

/// <summary>
/// A build with an output sink (what <c>relevare build</c> does) gives every fixture site the same diagnostics and
/// the same files, byte for byte, as the in-memory build the other tests use.
/// </summary>
public sealed class OutputSinkTests
{
    public static TheoryData<string> Fixtures() => new(RepositoryPaths.FixtureNames());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_build_into_a_sink_writes_what_the_in_memory_build_returns(string fixture) => BuildsTheSame(fixture, new RecordingSink());

    // The pages' bytes are lent to the sink, which gives them back at once: every page after the first is encoded into
    // an array that held another page, so any read of the bytes after the sink gave them back shows as a difference.
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_sink_that_gives_the_pages_bytes_back_at_once_gets_what_the_in_memory_build_returns(string fixture) =>
        BuildsTheSame(fixture, new RecordingSink(giveBack: true));

    [Fact]
    public void A_build_into_a_sink_lends_every_page_it_writes_while_rendering()
    {
        var folder = RepositoryPaths.Fixture("basic-site-renders-pretty-urls");
        var sink = new RecordingSink(giveBack: true);

        var result = SiteBuilder.Build(new PhysicalSourceFileSystem(folder), new BuildOptions { Today = FixtureTests.TodayOf(folder) }, output: sink);

        Assert.True(result.Succeeded);
        Assert.True(sink.Lent > 1, $"only {sink.Lent} pages were lent");
        Assert.True(sink.Lent <= result.Written);
    }

    [Fact]
    public void A_build_that_keeps_a_cache_lends_no_page_bytes()
    {
        var folder = RepositoryPaths.Fixture("basic-site-renders-pretty-urls");
        var sink = new RecordingSink(giveBack: true);

        SiteBuilder.Build(new PhysicalSourceFileSystem(folder), new BuildOptions { Today = FixtureTests.TodayOf(folder) }, new Relevare.Static.Incremental.BuildCache(), output: sink);

        Assert.Equal(0, sink.Lent);
    }

    private static void BuildsTheSame(string fixture, RecordingSink sink)
    {
        var folder = RepositoryPaths.Fixture(fixture);
        var options = new BuildOptions { Today = FixtureTests.TodayOf(folder) };
        var inMemory = SiteBuilder.Build(new PhysicalSourceFileSystem(folder), options);

        var streamed = SiteBuilder.Build(new PhysicalSourceFileSystem(folder), options, output: sink);

        Assert.Equal(FixtureTests.PrintDiagnostics(inMemory), FixtureTests.PrintDiagnostics(streamed));
        Assert.Empty(streamed.Files);
        Assert.Equal(sink.Files.Count, streamed.Written);
        if (inMemory.Succeeded)
        {
            // A build that succeeds never stops writing early (FailureForecastTests, PlannedOutputTests).
            Assert.False(streamed.StoppedWriting, $"{fixture}: the build stopped writing pages early, but it succeeded");
            Assert.Equal(inMemory.Files.Select(f => f.Path), sink.Files.Keys.Order(StringComparer.Ordinal));
            Assert.All(inMemory.Files, f => Assert.True(f.Content.Span.SequenceEqual(sink.Files[f.Path]), $"{fixture}: {f.Path} differs"));
        }
        else
        {
            // What a failed build handed over is discarded by the caller; it is never more than the pages.
            Assert.All(sink.Files.Keys, path => Assert.EndsWith(".html", path, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_build_with_errors_before_rendering_writes_nothing()
    {
        var files = TestSite.Files("""
            -- content/a.md --
            ---
            title: A
            ---
            -- content/a/index.md --
            ---
            title: Also A
            ---
            -- content/b.md --
            ---
            title: B
            ---
            """);
        var sink = new RecordingSink();

        var result = SiteBuilder.Build(new InMemorySourceFileSystem(files), new BuildOptions(), output: sink);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision);
        Assert.Empty(sink.Files);
        Assert.Equal(0, result.Written);
    }
}
