using System.Globalization;

namespace Relevare.Static.Cli;

/// <summary>What the garbage collector kept at its last collections, for <c>relevare build --timings</c>.</summary>
internal static class GcTimings
{
    private const double MiB = 1024 * 1024;

    /// <summary>
    /// One line: the heap after the last collection, and what the last gen 1 and gen 2 collections promoted (what
    /// survived them: the bytes the collector copied or marked), with the generations' sizes after them.
    /// </summary>
    public static string Survivors()
    {
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        var line = string.Create(CultureInfo.InvariantCulture, $"  heap: {last.HeapSizeBytes / MiB:0.0} MiB after the last collection ({last.Index}), {last.FragmentedBytes / MiB:0.0} MiB of it free");
        foreach (var (kind, name) in new[] { (GCKind.Ephemeral, "gen 0/1"), (GCKind.Background, "background gen 2"), (GCKind.FullBlocking, "blocking gen 2") })
        {
            var info = GC.GetGCMemoryInfo(kind);
            if (info.Index == 0)
            {
                continue;
            }

            var sizes = info.GenerationInfo;
            line += string.Create(
                CultureInfo.InvariantCulture,
                $"; last {name} (#{info.Index}, gen {info.Generation}): promoted {info.PromotedBytes / MiB:0.0} MiB, gen 1/2 after {sizes[1].SizeAfterBytes / MiB:0.0}/{sizes[2].SizeAfterBytes / MiB:0.0} MiB, paused {info.PauseDurations[0].TotalMilliseconds:0.0} ms");
        }

        return line;
    }
}
