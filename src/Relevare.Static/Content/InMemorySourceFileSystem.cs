using System.Collections.Immutable;
using System.Text;

namespace Relevare.Static.Content;

/// <summary>A source folder held in memory: tests describe whole sites inline with it.</summary>
public sealed class InMemorySourceFileSystem : ISourceFileSystem
{
    private readonly ImmutableSortedDictionary<string, byte[]> _files;

    /// <summary>Creates the file system from relative paths and their bytes.</summary>
    public InMemorySourceFileSystem(IEnumerable<KeyValuePair<string, byte[]>> files) =>
        _files = files.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>Creates the file system from relative paths and their UTF-8 text.</summary>
    public static InMemorySourceFileSystem FromText(IEnumerable<KeyValuePair<string, string>> files) =>
        new(files.Select(f => KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(f.Value))));

    /// <summary>
    /// Symbolic links of the site, as a disk could hold them. Files given at or under a link's path are what the link
    /// leads to: as on disk, they are neither listed nor read.
    /// </summary>
    public ImmutableArray<SourceLink> Links { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var prefix = directory.TrimEnd('/') + "/";
        return _files.Keys
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
            .Where(p => !IsSymbolicLink(p))
            .ToList();
    }

    /// <inheritdoc />
    public bool FileExists(string path) => _files.ContainsKey(path) && !IsSymbolicLink(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var bytes) && !IsSymbolicLink(path) ? bytes : throw new FileNotFoundException(path);

    /// <inheritdoc />
    public bool IsSymbolicLink(string path) =>
        Links.Any(link => path == link.Path || path.StartsWith(link.Path + "/", StringComparison.Ordinal));

    /// <inheritdoc />
    public IReadOnlyList<SourceLink> SymbolicLinks(string directory)
    {
        var prefix = directory.TrimEnd('/') + "/";
        return [.. Links
            .Where(l => l.Path.StartsWith(prefix, StringComparison.Ordinal) && !l.Path.Split('/').Any(s => s.StartsWith('.')))
            .Where(l => !Links.Any(outer => l.Path.StartsWith(outer.Path + "/", StringComparison.Ordinal)))
            .OrderBy(l => l.Path, StringComparer.Ordinal)];
    }
}
