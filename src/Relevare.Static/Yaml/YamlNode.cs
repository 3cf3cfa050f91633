namespace Relevare.Static.Yaml;

/// <summary>A YAML value with its position in the file (1-based line and column).</summary>
internal abstract record YamlNode(int Line, int Column);
