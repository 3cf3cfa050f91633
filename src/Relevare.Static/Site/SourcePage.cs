using System.Text;
using Relevare.Static.FrontMatter;

namespace Relevare.Static.Site;

/// <summary>A content file whose front matter is valid: its metadata and its (not yet rendered) body.</summary>
public sealed record SourcePage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A page read from <paramref name="path"/>.</summary>
    /// <param name="path">E.g. <c>content/conditions/migraine.md</c>.</param>
    /// <param name="section">The first folder under content/ (<c>""</c> at the root).</param>
    /// <param name="metadata">The validated front matter.</param>
    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="bodyFirstLine">The file line the body starts on.</param>
    public SourcePage(string path, string section, PageMetadata metadata, string body, int bodyFirstLine)
        : this(path, section, metadata, body.AsSpan(), bodyFirstLine)
    {
    }

    // The body encoded straight from the file's text, without a string of its own first.
    internal SourcePage(string path, string section, PageMetadata metadata, ReadOnlySpan<char> body, int bodyFirstLine)
        : this(path, section, metadata, Encode(body), bodyFirstLine)
    {
    }

    // The body of a file cut on its bytes: the file's own bytes, not copied.
    internal SourcePage(string path, string section, PageMetadata metadata, FrontMatterSplit split)
        : this(path, section, metadata, split.BodyUtf8 ?? Encode(split.BodyText.Span), split.BodyFirstLine)
    {
    }

    private SourcePage(string path, string section, PageMetadata metadata, ReadOnlyMemory<byte> utf8Body, int bodyFirstLine)
    {
        Path = path;
        Section = section;
        Metadata = metadata;
        Utf8Body = utf8Body;
        BodyFirstLine = bodyFirstLine;
    }

    private static byte[] Encode(ReadOnlySpan<char> body)
    {
        var utf8 = new byte[Utf8.GetByteCount(body)];
        Utf8.GetBytes(body, utf8);
        return utf8;
    }

    /// <summary>E.g. <c>content/conditions/migraine.md</c>.</summary>
    public string Path { get; init; }

    /// <summary>The first folder under content/ (<c>""</c> at the root).</summary>
    public string Section { get; init; }

    /// <summary>The validated front matter.</summary>
    public PageMetadata Metadata { get; init; }

    /// <summary>
    /// The Markdown after the front matter, as UTF-8: every page's body stays in memory until the site is built,
    /// and UTF-8 takes half the memory of a string (this is what lets a 100,000-page site build in 1.5 GB).
    /// </summary>
    public ReadOnlyMemory<byte> Utf8Body { get; init; }

    /// <summary>The Markdown after the front matter (decoded on each read: read it once per build).</summary>
    public string Body => Utf8.GetString(Utf8Body.Span);

    /// <summary>The file line the body starts on.</summary>
    public int BodyFirstLine { get; init; }

    /// <summary>
    /// The tag of the page's language (site.yml <c>languages:</c>), from the folder it is in; empty for a page made
    /// without a site (it is then in the site's default language: <see cref="SiteConfigLanguages.LanguageOf"/>).
    /// </summary>
    public string Language { get; init; } = "";

    /// <summary>
    /// The key shared by the page's translations: its <c>translation_key:</c>, or else the file's path under its
    /// language's folder (<c>conditions/migraine.md</c> for both content/conditions/migraine.md and
    /// content/es/conditions/migraine.md). Empty for a page made without a site.
    /// </summary>
    public string TranslationKey { get; init; } = "";

    /// <summary>Value equality, the body compared by content (not by buffer, as <see cref="ReadOnlyMemory{T}"/> would).</summary>
    public bool Equals(SourcePage? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Path == other.Path && Section == other.Section && Metadata.Equals(other.Metadata) && BodyFirstLine == other.BodyFirstLine
                && Language == other.Language && TranslationKey == other.TranslationKey
                && Utf8Body.Span.SequenceEqual(other.Utf8Body.Span)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Section, Metadata, BodyFirstLine, Utf8Body.Length);
}
