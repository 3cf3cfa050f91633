using System.Text.Json;
using System.Text.Json.Serialization;

namespace Relevare.Static.Cli;

/// <summary>
/// The external URLs that worked recently (URL → when), kept in a small JSON file so repeated checks do not hit
/// every server again. Failures are not cached: a broken link is asked again next time. A missing or unreadable
/// file is an empty cache.
/// </summary>
internal sealed class LinkCache
{
    private readonly Dictionary<string, DateTimeOffset> _checked;
    private readonly object _gate = new();

    private LinkCache(Dictionary<string, DateTimeOffset> entries) => _checked = entries;

    public static LinkCache Load(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return new LinkCache(new(StringComparer.Ordinal));
        }

        try
        {
            var entries = JsonSerializer.Deserialize(File.ReadAllText(path), LinkCacheJson.Default.DictionaryStringDateTimeOffset);
            return new LinkCache(new(entries ?? [], StringComparer.Ordinal));
        }
        catch (JsonException)
        {
            return new LinkCache(new(StringComparer.Ordinal));
        }
    }

    /// <summary>True when <paramref name="url"/> worked less than <paramref name="maxAge"/> before <paramref name="now"/>.</summary>
    public bool IsFresh(Uri url, DateTimeOffset now, TimeSpan maxAge)
    {
        lock (_gate)
        {
            return _checked.TryGetValue(url.AbsoluteUri, out var at) && now - at < maxAge && at <= now;
        }
    }

    public void RecordSuccess(Uri url, DateTimeOffset now)
    {
        lock (_gate)
        {
            _checked[url.AbsoluteUri] = now;
        }
    }

    /// <summary>Writes the cache, dropping expired entries, sorted for stable diffs.</summary>
    public void Save(string path, DateTimeOffset now, TimeSpan maxAge)
    {
        SortedDictionary<string, DateTimeOffset> fresh;
        lock (_gate)
        {
            fresh = new(_checked.Where(e => now - e.Value < maxAge).ToDictionary(e => e.Key, e => e.Value), StringComparer.Ordinal);
        }

        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(fresh, LinkCacheJson.Default.SortedDictionaryStringDateTimeOffset) + "\n");
    }
}

/// <summary>The cache file's JSON, generated at compile time (no reflection, so the tool can be compiled ahead of time).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, DateTimeOffset>))]
[JsonSerializable(typeof(SortedDictionary<string, DateTimeOffset>))]
internal sealed partial class LinkCacheJson : JsonSerializerContext;
