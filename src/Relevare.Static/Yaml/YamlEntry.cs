namespace Relevare.Static.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
