namespace Relevare.Static;

/// <summary>How long one pipeline stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
