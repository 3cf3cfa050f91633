using System.Collections.Concurrent;

namespace Relevare.Static.Diagnostics;

/// <summary>
/// Runs <paramref name="body"/> once for every index from 0 to <paramref name="count"/> − 1, in any order and on any
/// threads. Callers write each index's result into a slot of its own and read the slots in index order afterwards, so
/// what they produce (results, findings and their order) is the same whatever order the indexes ran in. Tests pass
/// runners that use other orders to show it.
/// </summary>
internal delegate void IndexRunner(int count, Action<int> body);

/// <summary>The runners the pipeline uses.</summary>
internal static class IndexRunners
{
    /// <summary>Every index in order, on the calling thread.</summary>
    public static readonly IndexRunner InOrder = (count, body) =>
    {
        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    };

    /// <summary>
    /// Ranges of <paramref name="rangeSize"/> indexes on all cores (small ranges keep both cores busy to the end); in
    /// order on the calling thread when there are fewer than two ranges.
    /// </summary>
    public static IndexRunner Parallel(int rangeSize) => (count, body) =>
    {
        if (count < rangeSize * 2)
        {
            InOrder(count, body);
            return;
        }

        System.Threading.Tasks.Parallel.ForEach(Partitioner.Create(0, count, rangeSize), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                body(i);
            }
        });
    };
}
