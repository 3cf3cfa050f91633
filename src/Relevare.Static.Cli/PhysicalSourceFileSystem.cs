using Relevare.Static.Content;

namespace Relevare.Static.Cli;

/// <summary>
/// The site's folder on disk. Never follows symbolic links (a link to /etc must not be published, a loop must
/// not run away) and skips dotfiles in every segment.
/// </summary>
internal sealed class PhysicalSourceFileSystem : ISourceFileSystem
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    private readonly string _root;

    public PhysicalSourceFileSystem(string root) => _root = Path.GetFullPath(root);

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var full = Resolve(directory);
        if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null)
        {
            return [];
        }

        return Directory.EnumerateFiles(full, "*", Options)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public bool FileExists(string path)
    {
        var info = new FileInfo(Resolve(path));
        return info.Exists && info.LinkTarget is null;
    }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Resolve(path));

    public long? FileLength(string path)
    {
        var info = new FileInfo(Resolve(path));
        return info.Exists && info.LinkTarget is null ? info.Length : null;
    }

    public bool IsSymbolicLink(string path)
    {
        var info = new FileInfo(Resolve(path));
        return info.LinkTarget is not null;
    }

    private string Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        var rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        return full == _root || full.StartsWith(rootWithSeparator, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"'{relative}' is outside the source folder");
    }
}
