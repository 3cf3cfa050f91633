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

    /// <inheritdoc />
    public IReadOnlyList<string> EnumerateFiles(string directory)
    {
        var prefix = directory.TrimEnd('/') + "/";
        return _files.Keys
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
            .ToList();
    }

    /// <inheritdoc />
    public bool FileExists(string path) => _files.ContainsKey(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException(path);
}
