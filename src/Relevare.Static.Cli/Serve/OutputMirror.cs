namespace Relevare.Static.Cli.Serve;

/// <summary>
/// Keeps a folder on disk equal to the served site (<c>relevare serve --output DIR</c>), writing only what changed:
/// a file whose bytes did not change is not touched (it keeps its timestamp), a new or changed file is written to a
/// temporary name and renamed over the old one (no reader sees half a file), and a file no longer in the site is
/// deleted. Only successful builds reach it, so the folder always holds a good site.
/// </summary>
internal sealed class OutputMirror
{
    private const string MarkerText = "This folder is kept up to date by 'relevare serve --output' (and replaced as a whole by 'relevare build').\n";

    private readonly string _root;
    private readonly string _rootWithSeparator;
    private IReadOnlyDictionary<string, ReadOnlyMemory<byte>>? _written;

    public OutputMirror(string root)
    {
        _root = Path.GetFullPath(root);
        _rootWithSeparator = _root + Path.DirectorySeparatorChar;
    }

    /// <summary>Number of files written (created or replaced) and deleted by the last <see cref="Sync"/>.</summary>
    public (int Written, int Deleted) LastSync { get; private set; }

    public void Sync(IReadOnlyDictionary<string, ReadOnlyMemory<byte>> files)
    {
        Directory.CreateDirectory(_root);
        var written = 0;
        foreach (var (path, bytes) in files)
        {
            var target = Target(path);
            if (_written is not null
                ? _written.TryGetValue(path, out var before) && (before.Equals(bytes) || before.Span.SequenceEqual(bytes.Span))
                : SameOnDisk(target, bytes.Span))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            using (var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                RandomAccess.Write(handle, bytes.Span, 0);
            }

            File.Move(temporary, target, overwrite: true);
            written++;
        }

        // The first time, whatever else the folder holds goes (it was checked to be relevare's output); after
        // that, what the previous sync wrote and this one did not.
        var stale = _written is null
            ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(p => p != SiteWriter.MarkerFile && !files.ContainsKey(p))
                .ToList()
            : _written.Keys.Where(p => !files.ContainsKey(p)).ToList();
        foreach (var path in stale)
        {
            var target = Target(path);
            File.Delete(target);
            RemoveEmptyFolders(Path.GetDirectoryName(target)!);
        }

        File.WriteAllText(Path.Combine(_root, SiteWriter.MarkerFile), MarkerText);
        _written = files;
        LastSync = (written, stale.Count);
    }

    private string Target(string path)
    {
        var target = Path.GetFullPath(Path.Combine(_root, path));
        return target.StartsWith(_rootWithSeparator, StringComparison.Ordinal)
            ? target
            : throw new InvalidOperationException($"refusing to write '{path}' outside the output folder");
    }

    private static bool SameOnDisk(string target, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(target);
        return info.Exists && info.LinkTarget is null && info.Length == bytes.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes);
    }

    private void RemoveEmptyFolders(string folder)
    {
        while (folder.StartsWith(_rootWithSeparator, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
