using System.Collections.Immutable;

namespace Relevare.Static.Yaml;

/// <summary>A YAML mapping, keys in document order (duplicates are rejected by the reader).</summary>
internal sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>The value for <paramref name="key"/>, or null.</summary>
    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}
