using System.Text.RegularExpressions;
using Relevare.Static.Output;

namespace Relevare.Static.Cli;

/// <summary>
/// Removes what an interrupted build left beside the output folder: its staging folder (<c>.NAME.staging-TOKEN</c>)
/// and the previous site it was swapping out (<c>.NAME.old-TOKEN</c>), when the process was killed mid-write or
/// mid-swap. Only folders with exactly such a name that carry relevare's marker are removed: never something
/// relevare did not write. Call it only while holding the <see cref="OutputLock"/>, so that no live build's staging
/// folder is taken for a leftover.
/// </summary>
internal static partial class OutputLeftovers
{
    /// <summary>
    /// Removes the leftovers of <paramref name="output"/> and returns the folders removed (full paths, sorted), and
    /// those that could not be removed with why.
    /// </summary>
    public static (IReadOnlyList<string> Removed, IReadOnlyList<string> Failed) Remove(string output)
    {
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        var removed = new List<string>();
        var failed = new List<string>();
        if (parent is null || name.Length == 0 || !Directory.Exists(parent))
        {
            return (removed, failed);
        }

        IReadOnlyList<string> found;
        try
        {
            found = Find(parent, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failed.Add($"{parent}: {e.Message}");
            return (removed, failed);
        }

        foreach (var folder in found)
        {
            try
            {
                DeleteMarkerLast(folder);
                removed.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed.Add($"{folder}: {e.Message}");
            }
        }

        return (removed, failed);
    }

    /// <summary>
    /// The leftover folders of the output named <paramref name="name"/> in <paramref name="parent"/>, sorted: those
    /// with the marker, and empty ones (a build killed between creating its staging folder and marking it).
    /// </summary>
    public static IReadOnlyList<string> Find(string parent, string name)
    {
        var pattern = "." + name + ".";
        return [.. new DirectoryInfo(parent).EnumerateDirectories(pattern + "*", new EnumerationOptions { AttributesToSkip = 0, MatchType = MatchType.Simple })
            .Where(d => d.LinkTarget is null
                && Suffix().IsMatch(d.Name[pattern.Length..])
                && (File.Exists(Path.Combine(d.FullName, OutputMarker.FileName)) || !d.EnumerateFileSystemInfos().Any()))
            .Select(d => d.FullName)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Deletes a folder of relevare's, its marker last: a deletion cut short (the process killed) leaves a folder
    /// that still carries the marker, so the next build still recognises it and finishes the job. Links inside are
    /// deleted, never followed.
    /// </summary>
    public static void DeleteMarkerLast(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null)
        {
            Directory.Delete(folder, recursive: true); // an output that was a link: the link goes, never what it leads to
            return;
        }

        // Everything but the marker, on several threads (a site's old output is a folder per page).
        ParallelTreeDeletion.DeleteContents(folder, keep: OutputMarker.FileName);
        File.Delete(Path.Combine(folder, OutputMarker.FileName));
        Directory.Delete(folder);
    }

    // SiteWriter's names: 'staging' or 'old', and an 8-digit hexadecimal token.
    [GeneratedRegex("^(staging|old)-[0-9a-f]{8}$")]
    private static partial Regex Suffix();
}
