using System.Text;

namespace Relevare.Static.FrontMatter;

/// <summary>
/// A Markdown file cut into its YAML front matter and its body, with the line each starts on. The body is the file's
/// text after the front matter, not a copy of it (<see cref="Body"/> copies it); or, when the file was cut on its
/// bytes (<see cref="FrontMatterBytes"/>), the file's own UTF-8 bytes after the front matter (<see cref="BodyUtf8"/>).
/// </summary>
internal sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, ReadOnlyMemory<char> BodyText, int BodyFirstLine)
{
    public FrontMatterSplit(string yaml, int yamlFirstLine, string body, int bodyFirstLine)
        : this(yaml, yamlFirstLine, body.AsMemory(), bodyFirstLine)
    {
    }

    /// <summary>The body as UTF-8 when the file was cut on its bytes (then <see cref="BodyText"/> is empty).</summary>
    public ReadOnlyMemory<byte>? BodyUtf8 { get; init; }

    /// <summary>The body as a string of its own.</summary>
    public string Body => BodyUtf8 is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : BodyText.ToString();
}
