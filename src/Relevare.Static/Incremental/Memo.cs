using System.Collections.Concurrent;

namespace Relevare.Static.Incremental;

/// <summary>
/// A stage function remembered from one build to the next, per item (a page's path): when the item's input equals
/// the input of the previous build's call, the previous result is the answer and the function is not called. The
/// memo decides hit or miss; <see cref="BuildCache"/> only stores what it made. Without a cache it just calls the
/// function. Thread-safe: per-page stages call it from parallel workers.
/// </summary>
internal sealed class Memo<TInput, TResult>
{
    private readonly bool _remember;
    private readonly IReadOnlyDictionary<string, Memoised<TInput, TResult>> _previous;
    private readonly Func<TInput, TInput, bool> _same;
    private readonly Func<TInput, TInput> _keep;

    // Recorded from parallel workers: a lock-free queue (a dictionary's locks were contended at thousands of pages).
    private readonly ConcurrentQueue<KeyValuePair<string, Memoised<TInput, TResult>>> _made = new();
    private int _computed;
    private int _reused;

    /// <param name="remember">False: no cache, so nothing is reused, recorded or counted.</param>
    /// <param name="previous">What the previous build's calls gave (empty when none of it may be reused).</param>
    /// <param name="same">Whether two inputs are equal, so that the earlier result holds for the new input.</param>
    /// <param name="keep">The copy of an input that is kept with its result (identity unless the caller may change it).</param>
    public Memo(bool remember, IReadOnlyDictionary<string, Memoised<TInput, TResult>> previous, Func<TInput, TInput, bool> same, Func<TInput, TInput>? keep = null)
    {
        _remember = remember;
        _previous = previous;
        _same = same;
        _keep = keep ?? (input => input);
    }

    /// <summary>How many calls ran the stage function.</summary>
    public int Computed => _computed;

    /// <summary>How many calls were answered from the previous build.</summary>
    public int Reused => _reused;

    /// <summary>What this build's calls gave, for the next build; items not asked for in this build are dropped.</summary>
    public IReadOnlyDictionary<string, Memoised<TInput, TResult>> Made => new Dictionary<string, Memoised<TInput, TResult>>(_made, StringComparer.Ordinal);

    /// <summary>The result of <paramref name="function"/> for <paramref name="input"/>, the previous build's when its input was the same.</summary>
    public TResult Get(string key, TInput input, Func<TInput, TResult> function)
    {
        if (!_remember)
        {
            return function(input);
        }

        if (_previous.TryGetValue(key, out var earlier) && _same(earlier.Input, input))
        {
            Interlocked.Increment(ref _reused);
            _made.Enqueue(KeyValuePair.Create(key, earlier));
            return earlier.Result;
        }

        var result = function(input);
        Interlocked.Increment(ref _computed);
        _made.Enqueue(KeyValuePair.Create(key, new Memoised<TInput, TResult>(_keep(input), result)));
        return result;
    }
}
