using System.Collections.Immutable;

namespace Relevare.Static.Yaml;

/// <summary>A YAML mapping, keys in document order (duplicates are rejected by the reader).</summary>
internal sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>The value for <paramref name="key"/>, or null.</summary>
    public YamlEntry? Find(string key)
    {
        // A loop, not FirstOrDefault with a lambda: front matter validation asks this several times per page.
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }
}
