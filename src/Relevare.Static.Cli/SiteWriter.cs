using System.Runtime.ExceptionServices;
using Relevare.Static.Output;

namespace Relevare.Static.Cli;

/// <summary>
/// Publishes a built site atomically enough for a static host: everything is written into a hidden staging
/// folder beside the output, then swapped in with two renames. A build that fails never reaches this class, and a
/// write that fails leaves the previous output untouched.
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

    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var token = Guid.NewGuid().ToString("N")[..8];
        var staging = Path.Combine(parent, $".{name}.staging-{token}");
        var old = Path.Combine(parent, $".{name}.old-{token}");
        var stagingRoot = staging + Path.DirectorySeparatorChar;
        try
        {
            var targets = files.Select(file =>
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.Path));
                return target.StartsWith(stagingRoot, StringComparison.Ordinal)
                    ? (Path: target, file.Content)
                    : throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            }).ToList();

            // Folders and files in parallel: creating them is mostly kernel time, which overlaps well across cores.
            // Pretty URLs give most pages a folder of their own, so the folders are as many as the pages: each is
            // created by the first file that needs it (creating an existing folder is a no-op, also in a race).
            CreateStaging(staging);
            try
            {
                Parallel.ForEach(targets, target =>
                {
                    var folder = Path.GetDirectoryName(target.Path)!;
                    if (folder.Length > staging.Length)
                    {
                        Directory.CreateDirectory(folder);
                    }

                    using var handle = File.OpenHandle(target.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    RandomAccess.Write(handle, target.Content.Span, 0);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException))
            {
                // Parallel.ForEach wraps a full disk or a refused name; callers handle the IOException itself.
                ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }

            if (Directory.Exists(output))
            {
                Directory.Move(output, old);
            }

            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                OutputLeftovers.DeleteMarkerLast(staging);
            }

            if (!Directory.Exists(output) && Directory.Exists(old))
            {
                Directory.Move(old, output);
            }

            throw;
        }

        // Marker last: if this process is killed meanwhile, the next build removes the rest (OutputLeftovers).
        if (Directory.Exists(old))
        {
            OutputLeftovers.DeleteMarkerLast(old);
        }
    }
}
