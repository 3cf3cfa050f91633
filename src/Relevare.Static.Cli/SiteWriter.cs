using Relevare.Static.Output;

namespace Relevare.Static.Cli;

/// <summary>
/// Publishes a built site atomically enough for a static host: everything is written into a hidden staging
/// folder beside the output, then swapped in with two renames (<see cref="StagingOutput"/>). A build that fails
/// never swaps its staging folder in, and a write that fails leaves the previous output untouched.
/// </summary>
internal static class SiteWriter
{
    /// <summary>
    /// Marks a folder as written by relevare. An existing output folder without it is never replaced, so a
    /// mistyped --output cannot wipe an unrelated folder.
    /// </summary>
    public const string MarkerFile = OutputMarker.FileName;

    private const string MarkerText = "This folder is written by 'relevare build' and replaced as a whole on every build.\n";

    /// <summary>True when <paramref name="output"/> is missing, empty, or was written by relevare.</summary>
    public static bool MayReplace(string output) =>
        !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(Path.Combine(output, MarkerFile));

    /// <summary>
    /// Creates the staging folder with the marker in it before anything else: a staging folder left by a build killed
    /// mid-write is then recognisably relevare's, and the next build removes it (<see cref="OutputLeftovers"/>).
    /// </summary>
    internal static void CreateStaging(string staging)
    {
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText);
    }

    /// <summary>
    /// Writes a whole site held in memory: staging folder, every file, then the swap (<see cref="StagingOutput"/>,
    /// which <c>relevare build</c> fills while it renders instead). Every path is checked before any file is
    /// written. Throws what writing threw; the previous output is then untouched and no staging folder is left.
    /// </summary>
    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        using var staging = StagingOutput.Open(output);
        foreach (var file in files)
        {
            StagingOutput.Target(staging.Staging, file.Path);
        }

        // Folders and files in parallel: creating them is mostly kernel time, which overlaps well across cores.
        Parallel.ForEach(files, staging.Write);
        staging.Commit();
    }
}
