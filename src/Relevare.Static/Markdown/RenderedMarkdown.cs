using System.Collections.Immutable;

namespace Relevare.Static.Markdown;

/// <summary>A page body rendered to HTML, with its table of contents.</summary>
public sealed record RenderedMarkdown(string Html, ImmutableArray<TocEntry> Toc);
