namespace Relevare.Static;

/// <summary>
/// How far a running build has got: its stage and, in the stages that go page by page, how many of the pages are
/// done. The build's threads write it; whoever shows progress (the CLI, on an interactive terminal) reads it from
/// another thread at any time. It is for display only and never changes what a build does or produces.
/// </summary>
public sealed class BuildProgress
{
    private string _stage = "starting";
    private int _done;
    private int _total;

    /// <summary>The current stage, the pages done in it and its page count (0 for a stage not counted in pages).</summary>
    public (string Stage, int Done, int Total) Current => (Volatile.Read(ref _stage), Volatile.Read(ref _done), Volatile.Read(ref _total));

    /// <summary>Starts <paramref name="stage"/>, which has <paramref name="total"/> items (0: not counted).</summary>
    public void Start(string stage, int total = 0)
    {
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _total, total);
        Volatile.Write(ref _stage, stage);
    }

    /// <summary>One more item of the current stage is done (thread-safe).</summary>
    public void Advance() => Interlocked.Increment(ref _done);
}
