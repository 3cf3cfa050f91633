namespace Relevare.Static;

/// <summary>How long one pipeline stage took, and how much memory it allocated (all threads).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long AllocatedBytes = 0)
{
    /// <summary>The garbage collections that happened during the stage, of generation 0, 1 and 2 (a gen 1 collection counts in gen 0's too).</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }

    /// <summary>How long the garbage collector paused the program during the stage.</summary>
    public TimeSpan GcPause { get; init; }

    /// <summary>The processor time of the whole process (all threads, user and kernel) during the stage.</summary>
    public TimeSpan Cpu { get; init; }
}
