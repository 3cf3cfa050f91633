using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

namespace Relevare.Static.Cli;

/// <summary>
/// Every garbage collection of a build, one line each, for <c>relevare build --timings</c> with
/// <c>RELEVARE_GC_LOG=1</c>: when it was seen (the monotonic clock in seconds, as <c>perf record -k CLOCK_MONOTONIC</c>
/// stamps its samples), its generation, whether it was a background one, its pauses, what it promoted, the pinned
/// objects it met and the generations' sizes before and after; and when each stage ended on the same clock. Heard
/// through an object whose finalizer runs after each collection and makes the next such object (no runtime events
/// are needed, so it works in the Native AOT build); a collection that ends before the finalizer thread read the one
/// before it is still listed, from the last collection of its kind.
/// </summary>
internal sealed class GcLog
{
    private const double MiB = 1024 * 1024;

    private readonly ConcurrentDictionary<long, (GCMemoryInfo Info, long SeenAt)> _seen = new();

    // The collections before this one are not the build's.
    private readonly long _before = GC.GetGCMemoryInfo(GCKind.Any).Index;
    private volatile bool _stopped;

    private GcLog()
    {
    }

    /// <summary>When the build started (<see cref="Stopwatch.GetTimestamp"/>), to place the stages among the collections.</summary>
    public long BuildStarted { get; set; }

    /// <summary>Starts listening (the collections from now on); <see cref="Lines"/> lists what was heard.</summary>
    public static GcLog Start()
    {
        var log = new GcLog();
        _ = new Listener(log);
        return log;
    }

    /// <summary>Stops listening; the stages' ends, then the collections heard, oldest first.</summary>
    public IEnumerable<string> Lines(ImmutableArray<StageTiming> stages)
    {
        _stopped = true;
        Record();
        var end = Seconds(BuildStarted);
        foreach (var stage in stages)
        {
            end += stage.Elapsed.TotalSeconds;
            yield return string.Create(CultureInfo.InvariantCulture, $"  stage {stage.Stage} ends {end:0.0000}");
        }

        foreach (var (info, seenAt) in _seen.Values.OrderBy(i => i.Info.Index))
        {
            yield return Line(info, seenAt);
        }
    }

    private static double Seconds(long timestamp) => timestamp / (double)Stopwatch.Frequency;

    private static string Line(GCMemoryInfo info, long seenAt)
    {
        var g = info.GenerationInfo;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  gc #{info.Index,3} seen {Seconds(seenAt):0.0000} gen {info.Generation}{(info.Concurrent ? " bgc" : "   ")}{(info.Compacted ? " compact" : " sweep  ")} pause {info.PauseDurations[0].TotalMilliseconds,6:0.00}+{info.PauseDurations[1].TotalMilliseconds,5:0.00} ms promoted {info.PromotedBytes / MiB,6:0.00} MiB pinned {info.PinnedObjectsCount,4} gen0 {g[0].SizeBeforeBytes / MiB,5:0.0}->{g[0].SizeAfterBytes / MiB,5:0.0} gen1 {g[1].SizeBeforeBytes / MiB,5:0.0}->{g[1].SizeAfterBytes / MiB,5:0.0} gen2 {g[2].SizeBeforeBytes / MiB,5:0.0}->{g[2].SizeAfterBytes / MiB,5:0.0} loh {g[3].SizeAfterBytes / MiB,5:0.0} poh {g[4].SizeAfterBytes / MiB,5:0.0} heap {info.HeapSizeBytes / MiB,5:0.0} MiB");
    }

    private void Record()
    {
        foreach (var kind in new[] { GCKind.Any, GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background })
        {
            var info = GC.GetGCMemoryInfo(kind);
            if (info.Index > _before)
            {
                _seen.TryAdd(info.Index, (info, Stopwatch.GetTimestamp()));
            }
        }
    }

    // Finalized after the collection that found it unreachable: records it, and lives on as a new object.
    private sealed class Listener(GcLog log)
    {
        ~Listener()
        {
            log.Record();
            if (!log._stopped)
            {
                _ = new Listener(log);
            }
        }
    }
}
