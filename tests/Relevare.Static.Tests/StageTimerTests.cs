namespace Relevare.Static.Tests;

/// <summary>What <c>relevare build --timings</c> reports per stage besides the time: collections, their pause, CPU time.</summary>
public sealed class StageTimerTests
{
    [Fact]
    public void A_stage_counts_the_collections_made_during_it()
    {
        var timer = new StageTimer();
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        timer.Stop("collecting");

        // Other tests run in parallel and may collect too: at least these two are counted, never fewer.
        var collecting = Assert.Single(timer.Results);
        Assert.Equal("collecting", collecting.Stage);
        Assert.True(collecting.Collections.Gen0 >= 2, $"gen 0 collections: {collecting.Collections.Gen0}");
        Assert.True(collecting.Collections.Gen1 >= 1, $"gen 1 collections: {collecting.Collections.Gen1}");
        Assert.True(collecting.GcPause > TimeSpan.Zero, $"pause: {collecting.GcPause}");
        Assert.True(collecting.Cpu >= TimeSpan.Zero, $"CPU: {collecting.Cpu}");
    }

    [Fact]
    public void A_build_reports_every_stage_with_non_negative_figures()
    {
        var result = TestSite.Build(
            """
            -- site.yml --
            title: T
            base_url: https://clinic.test/
            clinic:
              name: T
            sections:
              "": post
            content_types:
              post:
                template: post
                fields:
                  title: { required: true }
            -- templates/base.html --
            <!doctype html><html lang="en"><head><title>{{ page.title }}</title></head><body><main>{{ include layout }}</main></body></html>
            -- templates/layouts/post.html --
            <h1>{{ page.title }}</h1>{{ page.content }}
            -- content/a.md --
            ---
            title: A
            ---
            Text.
            """);

        Assert.Contains(result.Timings, t => t.Stage == "render");
        Assert.All(result.Timings, t => Assert.True(
            t.Cpu >= TimeSpan.Zero && t.GcPause >= TimeSpan.Zero && t.Collections.Gen0 >= t.Collections.Gen1 && t.Collections.Gen1 >= t.Collections.Gen2 && t.Collections.Gen2 >= 0,
            $"{t.Stage}: CPU {t.Cpu}, pause {t.GcPause}, collections {t.Collections}"));
    }
}
