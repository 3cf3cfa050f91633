using System.Diagnostics;
using System.Globalization;
using Relevare.Static.Cli;

namespace Relevare.Static.Benchmarks;

/// <summary>
/// The system calls around each page's files, on one thread, .NET's path against the Linux fast path
/// (<see cref="LinuxOutputFolder"/>, <see cref="LinuxFiles"/>): writing <see cref="Files"/> pages of 4 KB, each in a
/// folder of its own as a build writes them, and reading as many sources. Not BenchmarkDotNet: its benchmarks run one
/// after the other, and the first one's clean-up (deleting its files) slows the file system down for the next one for
/// minutes (../shared/bench/README.md). Here the two paths alternate round by round, every write goes to a new folder,
/// nothing is deleted before the last round, and the measure is the process's user and system CPU time of each round.
/// Linux x64 only. Usage:
/// <c>dotnet run -c Release --project bench/Relevare.Static.Benchmarks -- --file-calls [ROUNDS]</c>.
/// </summary>
internal static class FileCallBenchmarks
{
    /// <summary>How many files one round writes or reads.</summary>
    public const int Files = 2000;

    public static void Run(int rounds)
    {
        var root = Path.Combine(Path.GetTempPath(), "relevare-file-calls", Guid.NewGuid().ToString("N"));
        var sources = Path.Combine(root, "sources");
        Directory.CreateDirectory(sources);
        var page = new byte[4096];
        new Random(16).NextBytes(page);
        string[] names = [.. Enumerable.Range(0, Files).Select(i => $"{i:000000}-a-page-name-of-usual-length")];
        foreach (var name in names)
        {
            File.WriteAllBytes(Path.Combine(sources, name + ".md"), page[..3700]);
        }

        var cases = new (string Name, Action<string> Run)[]
        {
            ("write .NET", target => WriteDotnet(target, names, page)),
            ("write fast", target => WriteFast(target, names, page)),
            ("read .NET", _ => ReadDotnet(sources, names)),
            ("read fast", _ => ReadFast(sources, names)),
        };
        var times = cases.ToDictionary(c => c.Name, _ => new List<(double User, double System)>());
        for (var round = -1; round < rounds; round++)
        {
            // Each pair in both orders, alternately; round -1 warms up and is not counted.
            var order = round % 2 == 0 ? new[] { 0, 1, 2, 3 } : [1, 0, 3, 2];
            foreach (var index in order)
            {
                var target = Path.Combine(root, $"out-{round + 1}-{index}");
                Directory.CreateDirectory(target);
                var process = Process.GetCurrentProcess();
                var (user, system) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
                cases[index].Run(target);
                process.Refresh();
                if (round >= 0)
                {
                    times[cases[index].Name].Add(((process.UserProcessorTime - user).TotalMilliseconds, (process.PrivilegedProcessorTime - system).TotalMilliseconds));
                }
            }
        }

        Console.WriteLine($"{Files} files per round, {rounds} rounds; medians of the process's CPU time per round (ms), and per file (µs):");
        foreach (var (name, list) in times)
        {
            var user = Median(list.Select(t => t.User));
            var system = Median(list.Select(t => t.System));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-11} user {user,6:0.0}  system {system,6:0.0}  total {Median(list.Select(t => t.User + t.System)),6:0.0}   per file: {1000 * (user + system) / Files,5:0.0} µs   (system by round: {string.Join(' ', list.Select(t => t.System.ToString("0", CultureInfo.InvariantCulture)))})"));
        }

        Directory.Delete(root, recursive: true);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void WriteDotnet(string target, string[] names, byte[] page)
    {
        foreach (var name in names)
        {
            var folder = Path.Combine(target, name);
            Directory.CreateDirectory(folder);
            using var handle = File.OpenHandle(Path.Combine(folder, "index.html"), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, page, 0);
        }
    }

    private static void WriteFast(string target, string[] names, byte[] page)
    {
        using var folder = LinuxOutputFolder.TryOpen(target) ?? throw new InvalidOperationException("no Linux fast path here");
        foreach (var name in names)
        {
            if (!folder.TryWrite(name + "/index.html", page))
            {
                throw new InvalidOperationException($"the fast path declined {name}");
            }
        }
    }

    private static void ReadDotnet(string sources, string[] names)
    {
        foreach (var name in names)
        {
            using var handle = File.OpenHandle(Path.Combine(sources, name + ".md"), FileMode.Open, FileAccess.Read, FileShare.Read);
            var bytes = GC.AllocateUninitializedArray<byte>((int)RandomAccess.GetLength(handle), pinned: true);
            _ = RandomAccess.Read(handle, bytes, 0);
        }
    }

    private static void ReadFast(string sources, string[] names)
    {
        foreach (var name in names)
        {
            if (!LinuxFiles.TryReadAll(Path.Combine(sources, name + ".md"), out _))
            {
                throw new InvalidOperationException($"the fast path declined {name}");
            }
        }
    }
}
