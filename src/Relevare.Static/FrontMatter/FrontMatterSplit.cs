namespace Relevare.Static.FrontMatter;

/// <summary>A Markdown file cut into its YAML front matter and its body, with the line each starts on.</summary>
internal sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
