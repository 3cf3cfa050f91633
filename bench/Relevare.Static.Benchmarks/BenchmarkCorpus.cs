using System.Diagnostics;
using Relevare.Static.Content;

namespace Relevare.Static.Benchmarks;

/// <summary>The benchmark site (bench/site) with the shared generated corpus as its content, held in memory.</summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<InMemorySourceFileSystem> Files = new(Load);

    /// <summary>The whole site, in memory, so the stage benchmarks measure CPU, not the disk.</summary>
    public static InMemorySourceFileSystem Site => Files.Value;

    private static InMemorySourceFileSystem Load()
    {
        var repository = FindRepository();
        var corpus = Environment.GetEnvironmentVariable("RELEVARE_BENCH_CORPUS") ?? Generate(repository);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var site = Path.Combine(repository, "bench", "site");
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(site, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "content"), "*.md"))
        {
            files["content/" + Path.GetFileName(file)] = File.ReadAllBytes(file);
        }

        return new InMemorySourceFileSystem(files);
    }

    private static string Generate(string repository)
    {
        var pages = Environment.GetEnvironmentVariable("RELEVARE_BENCH_PAGES") ?? "500";
        var target = Path.Combine(Path.GetTempPath(), "relevare-bench-corpus-" + pages);
        var script = Path.GetFullPath(Path.Combine(repository, "..", "shared", "bench", "make-corpus.sh"));
        using var process = Process.Start(new ProcessStartInfo("bash", [script, pages, target]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("could not start make-corpus.sh");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? target : throw new InvalidOperationException($"make-corpus.sh failed ({process.ExitCode})");
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Relevare.Static.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Environment.GetEnvironmentVariable("RELEVARE_REPOSITORY")
            ?? throw new InvalidOperationException("run from the repository (or set RELEVARE_REPOSITORY)");
    }
}
