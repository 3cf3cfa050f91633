using System.Collections.Immutable;
using System.Diagnostics;

namespace Relevare.Static;

/// <summary>Measures consecutive pipeline stages with a monotonic timer (not a clock: output never depends on it).</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _allocated = GC.GetTotalAllocatedBytes();
    private readonly ImmutableArray<StageTiming>.Builder _results = ImmutableArray.CreateBuilder<StageTiming>();

    public ImmutableArray<StageTiming> Results => _results.ToImmutable();

    /// <summary>Ends the current stage under <paramref name="stage"/> and starts the next.</summary>
    public void Stop(string stage)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        _results.Add(new StageTiming(stage, _watch.Elapsed, allocated - _allocated));
        _allocated = allocated;
        _watch.Restart();
    }
}
