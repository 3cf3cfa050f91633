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

    // One folder at a time (links are found, not followed); dotfiles and hidden entries are skipped as in listings.
    private static readonly EnumerationOptions LinkSearch = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
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
        return info.Exists && info.LinkTarget is null && !InsideLink(info.FullName);
    }

    public byte[] ReadAllBytes(string path)
    {
        var full = Resolve(path);
        return !InsideLink(full)
            ? File.ReadAllBytes(full)
            : throw new IOException($"'{path}' is inside a folder that is a symbolic link; links are never followed");
    }

    public long? FileLength(string path)
    {
        var info = new FileInfo(Resolve(path));
        return info.Exists && info.LinkTarget is null && !InsideLink(info.FullName) ? info.Length : null;
    }

    public bool IsSymbolicLink(string path)
    {
        var info = new FileInfo(Resolve(path));
        return info.LinkTarget is not null || InsideLink(info.FullName);
    }

    public IReadOnlyList<SourceLink> SymbolicLinks(string directory)
    {
        var full = Resolve(directory);
        var links = new List<SourceLink>();
        if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null || InsideLink(full))
        {
            return links;
        }

        // Folder by folder, never into a link: a loop cannot run away and nothing outside the site is listed.
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(full)]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in folder.EnumerateFileSystemInfos("*", LinkSearch))
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is { } target)
                {
                    var isFolder = entry is DirectoryInfo || Directory.Exists(entry.FullName);
                    links.Add(new SourceLink(Path.GetRelativePath(_root, entry.FullName).Replace('\\', '/'), target, isFolder));
                }
                else if (entry is DirectoryInfo child)
                {
                    pending.Push(child);
                }
            }
        }

        return [.. links.OrderBy(l => l.Path, StringComparer.Ordinal)];
    }

    // True when a folder between the site's root and the file is a symbolic link: the file is then outside the site
    // (content/_data linked elsewhere must not let people.yml be read from there). The root itself may be a link.
    private bool InsideLink(string full)
    {
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            FileAttributes attributes;
            try
            {
                attributes = File.GetAttributes(folder);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                continue; // a missing folder is no link; one above it may be
            }

            if ((attributes & FileAttributes.ReparsePoint) != 0)
            {
                return true;
            }
        }

        return false;
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
