using System.Collections.Immutable;

namespace Relevare.Static.Markdown;

/// <summary>A page body rendered to HTML, with its table of contents.</summary>
public sealed record RenderedMarkdown(string Html, ImmutableArray<TocEntry> Toc)
{
    /// <summary>Every link and image in <see cref="Html"/>, in document order, with its Markdown location.</summary>
    public ImmutableArray<MarkdownLink> Links { get; init; } = [];

    /// <summary>Every heading in <see cref="Html"/>, in document order, with its Markdown location.</summary>
    public ImmutableArray<MarkdownHeading> Headings { get; init; } = [];
}
