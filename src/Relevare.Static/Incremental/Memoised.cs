namespace Relevare.Static.Incremental;

/// <summary>What a stage function gave, with the input it was called with (a private copy where the input may change).</summary>
internal sealed record Memoised<TInput, TResult>(TInput Input, TResult Result);
