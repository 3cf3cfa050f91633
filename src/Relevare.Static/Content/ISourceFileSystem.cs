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

    /// <summary>
    /// The file's length in bytes, known without reading it (so a huge file can be refused before it is read);
    /// null when the file system cannot tell, in which case the file is read and then measured.
    /// </summary>
    long? FileLength(string path) => null;

    /// <summary>
    /// True when <paramref name="path"/> is a symbolic link or lies inside a linked folder (never read, never
    /// published).
    /// </summary>
    bool IsSymbolicLink(string path) => false;

    /// <summary>
    /// The symbolic links under <paramref name="directory"/>, to files and folders, sorted ordinally by path. Links
    /// are not followed, so nothing inside a linked folder is listed; dotfiles are skipped as everywhere.
    /// </summary>
    IReadOnlyList<SourceLink> SymbolicLinks(string directory) => [];
}
