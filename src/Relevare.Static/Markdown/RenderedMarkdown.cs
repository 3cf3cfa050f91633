using System.Collections.Immutable;
using Relevare.Static.Images;

namespace Relevare.Static.Markdown;

/// <summary>A page body rendered to HTML, with its table of contents.</summary>
public sealed record RenderedMarkdown(string Html, ImmutableArray<TocEntry> Toc)
{
    /// <summary>Every link and image in <see cref="Html"/>, in document order, with its Markdown location.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];

    /// <summary>Every heading in <see cref="Html"/>, in document order, with its Markdown location.</summary>
    public ImmutableArray<MarkdownHeading> Headings { get; init; } = [];

    /// <summary>The local images the page shows, with their Markdown positions (problems with them are reported there).</summary>
    internal ImmutableArray<ImageReference> Images { get; init; } = [];
}
