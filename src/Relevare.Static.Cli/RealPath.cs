namespace Relevare.Static.Cli;

/// <summary>
/// Where a path really leads: every symbolic link along it resolved (as the operating system does when writing),
/// the part that does not exist yet kept as written. Containment checks compare these, so that an --output given
/// through a link cannot land inside content/.
/// </summary>
internal static class RealPath
{
    // As Linux's own limit (ELOOP): a chain of links longer than this is a loop.
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (absolute, no trailing separator except for the root).</summary>
    /// <exception cref="IOException">The path goes through a loop of symbolic links.</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, segment);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"'{full}' goes through a loop of symbolic links");
                }

                // A relative target is relative to the folder holding the link; the target may hold links itself.
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
