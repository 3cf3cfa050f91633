using Relevare.Static.Tests.Fixtures;

namespace Relevare.Static.Tests.Infrastructure;

/// <summary>
/// Data kept outside the repository, in <c>../shared</c> beside the clone (e.g. htmltest's own test suite). A clean
/// clone has none of it: tests that read it use <see cref="SharedDataFactAttribute"/> or
/// <see cref="SharedDataTheoryAttribute"/>, which report them as skipped with the reason instead of failing. CI
/// (<c>.ci/run</c>) has the data and sets <see cref="RequiredVariable"/>, so there a missing folder fails the test
/// rather than skipping it silently.
/// </summary>
internal static class SharedData
{
    /// <summary>Set to <c>1</c> to make absent shared data a failure instead of a skip (CI sets it).</summary>
    public const string RequiredVariable = "RELEVARE_REQUIRE_SHARED_DATA";

    /// <summary>The <c>shared</c> folder beside the repository (it may not exist).</summary>
    public static string Root => Path.GetFullPath(Path.Combine(RepositoryPaths.RepositoryRoot, "..", "shared"));

    /// <summary>A path inside <see cref="Root"/>, from a relative path with forward slashes.</summary>
    public static string PathOf(string relativePath) => Path.Combine([Root, .. relativePath.Split('/')]);

    /// <summary>Whether the file or folder exists beside the clone.</summary>
    public static bool Exists(string relativePath)
    {
        var path = PathOf(relativePath);
        return File.Exists(path) || Directory.Exists(path);
    }

    /// <summary>
    /// Runs <c>../shared/bench/make-corpus.sh</c> for <paramref name="pages"/> pages into a new temporary folder and
    /// returns it (its <c>content/</c> holds the pages); the caller deletes it with <see cref="BenchCorpus.Dispose"/>.
    /// </summary>
    public static BenchCorpus MakeBenchCorpus(int pages, string name)
    {
        var corpus = new BenchCorpus(Path.Combine(Path.GetTempPath(), $"relevare-{name}-corpus-" + Guid.NewGuid().ToString("N")));
        var start = new System.Diagnostics.ProcessStartInfo("bash", [PathOf("bench/make-corpus.sh"), pages.ToString(System.Globalization.CultureInfo.InvariantCulture), corpus.Folder])
        {
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            corpus.Dispose();
            Assert.Fail($"make-corpus.sh failed: {error}");
        }

        return corpus;
    }

    /// <summary>Whether absent data must fail the test (<see cref="RequiredVariable"/> is <c>1</c>).</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>
    /// The skip reason when <paramref name="relativePath"/> is absent and not required, otherwise null. The reason
    /// says what is missing, where it was looked for, and how to run the test.
    /// </summary>
    public static string? SkipReason(string relativePath) => SkipReason(relativePath, Exists(relativePath), IsRequired);

    /// <summary>The decision of <see cref="SkipReason(string)"/>, given whether the data exists and is required.</summary>
    public static string? SkipReason(string relativePath, bool exists, bool required) =>
        exists || required
            ? null
            : $"needs ../shared/{relativePath} beside the clone, which is absent ({PathOf(relativePath)}); " +
              $"put the shared data there to run it (CI's .ci/run has it and sets {RequiredVariable}=1, which turns its absence into a failure)";
}

/// <summary>A generated benchmark corpus in a temporary folder, deleted on dispose.</summary>
internal sealed class BenchCorpus(string folder) : IDisposable
{
    /// <summary>The corpus folder; its pages are in <c>content/</c>.</summary>
    public string Folder { get; } = folder;

    /// <summary>The folder of the pages.</summary>
    public string Content => Path.Combine(Folder, "content");

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>
/// A fact that reads <c>../shared/RELATIVE-PATH</c>: skipped with the reason when that data is absent (decided when
/// the test is discovered, so the runner reports it as skipped, never as passed or silently absent).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        Skip = SharedData.SkipReason(relativePath);
    }

    /// <summary>The data the test needs, relative to <c>../shared</c>.</summary>
    public string RelativePath { get; }
}

/// <summary>The theory counterpart of <see cref="SharedDataFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        RelativePath = relativePath;
        Skip = SharedData.SkipReason(relativePath);
    }

    /// <summary>The data the test needs, relative to <c>../shared</c>.</summary>
    public string RelativePath { get; }
}
