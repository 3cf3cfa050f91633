namespace Relevare.Static.Content;

/// <summary>
/// Read-only access to a site's source folder. Paths are relative to the source root and use <c>/</c>.
/// Implementations never follow symbolic links and skip every path with a segment starting with <c>.</c>,
/// so nothing outside the source root (or hidden inside it) can be published.
/// </summary>
public interface ISourceFileSystem
{
    /// <summary>All files under <paramref name="directory"/> (recursively), sorted ordinally.</summary>
    IReadOnlyList<string> EnumerateFiles(string directory);

    /// <summary>True when the file exists.</summary>
    bool FileExists(string path);

    /// <summary>The file's bytes.</summary>
    byte[] ReadAllBytes(string path);
}
