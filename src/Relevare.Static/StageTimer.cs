using System.Collections.Immutable;
using System.Diagnostics;

namespace Relevare.Static;

/// <summary>Measures consecutive pipeline stages with a monotonic timer (not a clock: output never depends on it).</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _allocated = GC.GetTotalAllocatedBytes();
    private (int Gen0, int Gen1, int Gen2) _collections = Collections();
    private TimeSpan _paused = GC.GetTotalPauseDuration();
    private TimeSpan _cpu = Environment.CpuUsage.TotalTime;
    private readonly ImmutableArray<StageTiming>.Builder _results = ImmutableArray.CreateBuilder<StageTiming>();

    public ImmutableArray<StageTiming> Results => _results.ToImmutable();

    /// <summary>Ends the current stage under <paramref name="stage"/> and starts the next.</summary>
    public void Stop(string stage)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = Collections();
        var paused = GC.GetTotalPauseDuration();
        var cpu = Environment.CpuUsage.TotalTime;
        _results.Add(new StageTiming(stage, _watch.Elapsed, allocated - _allocated)
        {
            Collections = (collections.Gen0 - _collections.Gen0, collections.Gen1 - _collections.Gen1, collections.Gen2 - _collections.Gen2),
            GcPause = paused - _paused,
            Cpu = cpu - _cpu,
        });
        _allocated = allocated;
        _collections = collections;
        _paused = paused;
        _cpu = cpu;
        _watch.Restart();
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
}
