namespace Relevare.Static;

/// <summary>How long one pipeline stage took, and how much memory it allocated (all threads).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long AllocatedBytes = 0);
