using System.Diagnostics.CodeAnalysis;
using Relevare.Static.Diagnostics;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// Where each front matter field of one page is written, as compact as a page's handful of fields allows: names and
/// locations in two small arrays, searched in order (an immutable hash dictionary took a node per field, kept for the
/// whole build for every page).
/// </summary>
internal sealed class FieldLocations : IReadOnlyDictionary<string, SourceLocation>
{
    private readonly string[] _names;
    private readonly SourceLocation[] _locations;

    /// <param name="names">The fields' names, each once.</param>
    /// <param name="locations">Where each is written, in the order of <paramref name="names"/>.</param>
    public FieldLocations(string[] names, SourceLocation[] locations)
    {
        _names = names;
        _locations = locations;
    }

    public SourceLocation this[string key] => TryGetValue(key, out var location) ? location : throw new KeyNotFoundException($"no field '{key}'");

    public IEnumerable<string> Keys => _names;

    public IEnumerable<SourceLocation> Values => _locations;

    public int Count => _names.Length;

    public bool ContainsKey(string key) => Array.IndexOf(_names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        var index = Array.IndexOf(_names, key);
        value = index < 0 ? default : _locations[index];
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator() =>
        _names.Select((name, i) => KeyValuePair.Create(name, _locations[i])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
