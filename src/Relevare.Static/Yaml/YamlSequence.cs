using System.Collections.Immutable;

namespace Relevare.Static.Yaml;

/// <summary>A YAML list.</summary>
internal sealed record YamlSequence(ImmutableArray<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);
