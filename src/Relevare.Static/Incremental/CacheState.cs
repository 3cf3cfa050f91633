namespace Relevare.Static.Incremental;

/// <summary>One build's reusable results, handed to the next build through <see cref="BuildCache"/>.</summary>
/// <typeparam name="TOptions">The type of the build options (the orchestrator's, which this stage cannot name).</typeparam>
/// <param name="Options">The build options the results were made with (null: nothing made).</param>
/// <param name="Contents">What was made with them.</param>
internal sealed record CacheState<TOptions>(TOptions? Options, CacheContents Contents)
    where TOptions : class
{
    /// <summary>Nothing made.</summary>
    public static readonly CacheState<TOptions> Empty = new(null, CacheContents.Empty);
}
