using System.Collections.Concurrent;
using Relevare.Static.Content;

namespace Relevare.Static.Cli.Serve;

/// <summary>
/// The site's folder on disk, remembered between builds: file contents and folder listings are read once and then
/// served from memory until the watcher reports a change, so a rebuild after one edit reads one file instead of
/// thousands. Correctness rests on the watcher reporting every change; when it reports that it lost events (its
/// buffer overflowed), everything is forgotten and read again.
/// </summary>
internal sealed class WatchedSourceFileSystem : ISourceFileSystem
{
    private readonly PhysicalSourceFileSystem _disk;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _listings = new(StringComparer.Ordinal);

    // Bumped by every invalidation. A read that started before a bump may have seen the old bytes, so it is not
    // remembered. The lock makes "still the same version? then remember" atomic with respect to invalidations.
    private readonly Lock _gate = new();
    private long _version;

    public WatchedSourceFileSystem(string root) => _disk = new PhysicalSourceFileSystem(root);

    public IReadOnlyList<string> EnumerateFiles(string directory) => GetOrLoad(_listings, directory, _disk.EnumerateFiles);

    public bool FileExists(string path) => _files.ContainsKey(path) || _disk.FileExists(path);

    public byte[] ReadAllBytes(string path) => GetOrLoad(_files, path, _disk.ReadAllBytes);

    public long? FileLength(string path) => _files.TryGetValue(path, out var bytes) ? bytes.Length : _disk.FileLength(path);

    public bool IsSymbolicLink(string path) => _disk.IsSymbolicLink(path);

    // Not remembered: links are few, and one made or removed while serving is reported on the next build.
    public IReadOnlyList<SourceLink> SymbolicLinks(string directory) => _disk.SymbolicLinks(directory);

    /// <summary>
    /// Forgets <paramref name="path"/> (relative, with <c>/</c>), everything under it (it may be a folder), and, when
    /// files may have appeared or disappeared, the listing of the top folder it is in.
    /// </summary>
    public void Invalidate(string path, bool listingChanged)
    {
        lock (_gate)
        {
            _version++;
            _files.TryRemove(path, out _);
            var prefix = path + "/";
            foreach (var key in _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                _files.TryRemove(key, out _);
            }

            if (listingChanged)
            {
                _listings.TryRemove(path.Split('/')[0], out _);
            }
        }
    }

    /// <summary>Forgets everything.</summary>
    public void InvalidateAll()
    {
        lock (_gate)
        {
            _version++;
            _files.Clear();
            _listings.Clear();
        }
    }

    // Read through the cache. What was read is kept only if no change was reported meanwhile: a change that
    // arrived during the read may have made it stale already.
    private T GetOrLoad<T>(ConcurrentDictionary<string, T> cache, string key, Func<string, T> load)
    {
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var version = Interlocked.Read(ref _version);
        var loaded = load(key);
        lock (_gate)
        {
            if (_version == version)
            {
                cache.TryAdd(key, loaded);
            }
        }

        return loaded;
    }
}
