namespace Relevare.Static.FrontMatter;

/// <summary>
/// A Markdown file cut into its YAML front matter and its body, with the line each starts on. The body is the file's
/// text after the front matter, not a copy of it (<see cref="Body"/> copies it).
/// </summary>
internal sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, ReadOnlyMemory<char> BodyText, int BodyFirstLine)
{
    public FrontMatterSplit(string yaml, int yamlFirstLine, string body, int bodyFirstLine)
        : this(yaml, yamlFirstLine, body.AsMemory(), bodyFirstLine)
    {
    }

    /// <summary>The body as a string of its own.</summary>
    public string Body => BodyText.ToString();
}
