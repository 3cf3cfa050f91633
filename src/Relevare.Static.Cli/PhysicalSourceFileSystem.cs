using System.Collections.Concurrent;
using System.IO.Enumeration;
using Relevare.Static.Content;

namespace Relevare.Static.Cli;

/// <summary>
/// The site's folder on disk. Never follows symbolic links (a link to /etc must not be published, a loop must
/// not run away) and skips dotfiles in every segment.
/// </summary>
internal sealed class PhysicalSourceFileSystem : ISourceFileSystem
{
    // Unix has no System attribute (.NET never reports it there), and asking to skip it costs an lstat and a
    // geteuid per file listed (the attributes are then read in full); hidden (a dot name) and links come from the
    // listing itself. 4000 pages: 8000 system calls fewer in the serial discover stage.
    private static readonly FileAttributes Skipped = OperatingSystem.IsWindows()
        ? FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint
        : FileAttributes.Hidden | FileAttributes.ReparsePoint;

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = Skipped,
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

    // The same without the links: the listing tells them apart (no system call per entry, unlike a FileSystemInfo's
    // Attributes, which cost an lstat and a geteuid for every file of content/ in the serial discover stage).
    private static readonly EnumerationOptions PlainSearch = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    private readonly string _root;

    // Folders already found not to be links, when this object serves one build only (see the constructor).
    private readonly ConcurrentDictionary<string, bool>? _notLinks;

    /// <summary>The site in <paramref name="root"/>.</summary>
    /// <param name="root">The site's folder.</param>
    /// <param name="oneBuild">
    /// True when this object serves one build and is then dropped: each folder between the root and a file is then
    /// checked for being a link once (the first time a file in it is read), not for every file in it. A build
    /// reads a snapshot of the site as it lists it; a folder replaced by a link during the build is found by the next.
    /// `relevare serve` keeps one object for many builds and leaves this false.
    /// </param>
    public PhysicalSourceFileSystem(string root, bool oneBuild = false)
    {
        _root = Path.GetFullPath(root);
        _notLinks = oneBuild ? new(StringComparer.Ordinal) : null;
    }

    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var full = Resolve(directory);
        if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null)
        {
            return [];
        }

        // Each file's path relative to the root made straight from the listing's entry: one string per file (not a
        // full path, then a relative one, then one with '/'), in the serial discover stage.
        var skip = _root.EndsWith(Path.DirectorySeparatorChar) ? _root.Length : _root.Length + 1;
        var files = new FileSystemEnumerable<string>(full, (ref entry) => RelativePath(entry.Directory, entry.FileName, skip), Options)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory,
        };
        var list = files
            .Where(p => !p.StartsWith('.') && !p.Contains("/.", StringComparison.Ordinal)) // no segment is a dotfile (no array and strings per file)
            .ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    // Directory.EnumerateFiles' full path, relative to the root ('/' between segments on every system): Path.GetRelativePath's answer for a path under the root.
    private static string RelativePath(ReadOnlySpan<char> directory, ReadOnlySpan<char> name, int skip)
    {
        var folder = directory.Length > skip ? directory[skip..] : [];
        var path = folder.IsEmpty ? name.ToString() : string.Concat(folder, "/", name);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
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
            ? ReadOnce(full)
            : throw new IOException($"'{path}' is inside a folder that is a symbolic link; links are never followed");
    }

    // File.ReadAllBytes, into an array on the pinned object heap: a build keeps every page's bytes (the body is a
    // slice of them) until its end, and on the ordinary heap each array was copied by the young collections twice
    // (into gen 1, then gen 2) before it settled; the pinned heap is never compacted, and is collected with gen 2.
    // A file that shrinks while it is read gives the bytes read; one that grows, its length when opened (as
    // File.ReadAllBytes). Files whose length the system does not know (0, e.g. /proc) are read to their end.
    // On Linux x64 with open/fstat/pread/close (LinuxFiles.TryReadAll: no flock, one fstat fewer); anything that
    // path declines, a failure included, is read here with .NET, which reports the failure as it always did.
    private static byte[] ReadOnce(string full)
    {
        if (LinuxFiles.TryReadAll(full, out var read))
        {
            return read;
        }

        using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length == 0)
        {
            return File.ReadAllBytes(full);
        }

        if (length > Array.MaxLength)
        {
            throw new IOException("The file is too long. This operation is currently limited to supporting files less than 2 gigabytes in size."); // File.ReadAllBytes' words
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length, pinned: true);
        var done = 0;
        while (done < bytes.Length)
        {
            var count = RandomAccess.Read(handle, bytes.AsSpan(done), done);
            if (count == 0)
            {
                return bytes[..done];
            }

            done += count;
        }

        return bytes;
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

        // Folder by folder, never into a link: a loop cannot run away and nothing outside the site is listed. An entry
        // listed with the links but not without them is a link.
        var pending = new Stack<string>([full]);
        while (pending.TryPop(out var folder))
        {
            var plain = new FileSystemEnumerable<string>(folder, (ref entry) => entry.FileName.ToString(), PlainSearch).ToHashSet(StringComparer.Ordinal);
            foreach (var (name, isDirectory) in new FileSystemEnumerable<(string, bool)>(folder, (ref entry) => (entry.FileName.ToString(), entry.IsDirectory), LinkSearch))
            {
                var path = Path.Combine(folder, name);
                if (!plain.Contains(name))
                {
                    FileSystemInfo entry = isDirectory ? new DirectoryInfo(path) : new FileInfo(path);
                    if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is { } target)
                    {
                        var isFolder = isDirectory || Directory.Exists(path);
                        links.Add(new SourceLink(Path.GetRelativePath(_root, path).Replace('\\', '/'), target, isFolder));
                    }
                    else if (isDirectory)
                    {
                        pending.Push(path);
                    }
                }
                else if (isDirectory)
                {
                    pending.Push(path);
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
            if (_notLinks is not null && _notLinks.ContainsKey(folder))
            {
                continue;
            }

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

            _notLinks?.TryAdd(folder, true);
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
