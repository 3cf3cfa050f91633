namespace Relevare.Static.Cli.Serve;

/// <summary>
/// Watches what a build reads — site.yml, content/, templates/ and assets/ — and nothing else (not .git/, not the
/// output), reporting each change as a path relative to the site's folder. Dotfiles (editors' swap and backup
/// files) are ignored, as the build ignores them. A folder created or replaced later is picked up by the watcher
/// of the site's folder itself.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    public static readonly string[] Folders = ["content", "templates", "assets"];

    private readonly string _root;
    private readonly Action<string, bool> _changed;
    private readonly Action<Exception> _lost;
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> _folderWatchers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <param name="root">The site's folder.</param>
    /// <param name="changed">Called with the relative path that changed, and whether files may have appeared or disappeared.</param>
    /// <param name="lost">Called when the watcher may have missed changes (its buffer overflowed): read everything again.</param>
    public SiteWatcher(string root, Action<string, bool> changed, Action<Exception> lost)
    {
        _root = Path.GetFullPath(root);
        _changed = changed;
        _lost = lost;
        _rootWatcher = new FileSystemWatcher(_root) { IncludeSubdirectories = false };
        Subscribe(_rootWatcher, "");
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in Folders)
        {
            WatchFolder(folder);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _folderWatchers.Values)
            {
                watcher.Dispose();
            }

            _folderWatchers.Clear();
        }
    }

    private void WatchFolder(string folder)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_folderWatchers.Remove(folder, out var old))
            {
                old.Dispose();
            }

            var full = Path.Combine(_root, folder);
            if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null)
            {
                return;
            }

            var watcher = new FileSystemWatcher(full) { IncludeSubdirectories = true };
            Subscribe(watcher, folder + "/");
            watcher.EnableRaisingEvents = true;
            _folderWatchers[folder] = watcher;
        }
    }

    private void Subscribe(FileSystemWatcher watcher, string prefix)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, e) => Report(prefix, e.Name, listingChanged: false);
        watcher.Created += (_, e) => Report(prefix, e.Name, listingChanged: true);
        watcher.Deleted += (_, e) => Report(prefix, e.Name, listingChanged: true);
        watcher.Renamed += (_, e) =>
        {
            Report(prefix, e.OldName, listingChanged: true);
            Report(prefix, e.Name, listingChanged: true);
        };
        watcher.Error += (_, e) => _lost(e.GetException());
    }

    private void Report(string prefix, string? name, bool listingChanged)
    {
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var path = prefix + name.Replace('\\', '/');
        if (path.Split('/').Any(segment => segment.StartsWith('.')))
        {
            return;
        }

        if (prefix.Length == 0)
        {
            // At the top only site.yml and the three folders matter; a folder created, deleted or renamed gets a
            // new watcher (or none), and everything in it counts as changed.
            if (Array.IndexOf(Folders, path) >= 0)
            {
                if (listingChanged)
                {
                    WatchFolder(path);
                    _changed(path, true);
                }

                return;
            }

            if (path != "site.yml")
            {
                return;
            }
        }

        _changed(path, listingChanged);
    }
}
